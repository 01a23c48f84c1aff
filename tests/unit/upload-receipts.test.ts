/** Upload receipts described in the background, and the guard's small settings reader. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  fromBase64,
  MAX_EXIF_BLOCK_CHARS,
  parseLinesReply,
  toBase64,
} from '../../src/messaging/exif-blocks.ts';
import { ContentMessage } from '../../src/messaging/protocol.ts';
import { guardActive, parseGuardSettings } from '../../src/settings/guard-settings.ts';
import { guardActiveOn, parseSettings } from '../../src/settings/schema.ts';
import { cleanBatch } from '../../src/upload/batch.ts';
import { cleanUpload } from '../../src/upload/clean-upload.ts';
import { describeExifBlocks } from '../../src/upload/describe-exif-blocks.ts';
import { NeutralNames } from '../../src/upload/file-names.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/tools.ts';

function gpsPhoto(): File {
  const path = join(tempDir(), 'IMG_1.jpg');
  copyFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg'), path);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=51.5',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=0.1',
    '-GPSLongitudeRef=W',
    '-Make=Apple',
    '-Model=iPhone 13',
    path,
  ]);
  return new File([readFileSync(path)], 'IMG_1.jpg', { type: 'image/jpeg' });
}

const options = () => ({ names: new NeutralNames(), anonymiseNames: true });

describe('EXIF blocks described in the background', () => {
  it('the content side keeps the block for the background, and exifr there reads it', async () => {
    const outcome = await cleanUpload(gpsPhoto(), options());
    if (outcome.kind !== 'cleaned') throw new Error(outcome.kind);
    expect(outcome.exifBlocks).toHaveLength(1);
    const wire = outcome.exifBlocks.map(toBase64);
    const message = { type: 'describeExif', blocks: wire };
    expect(ContentMessage.safeParse(message).success).toBe(true);
    const lines = await describeExifBlocks(wire);
    expect(lines.map((l) => l.text)).toContain('Phone: Apple iPhone 13');
    expect(lines.some((l) => l.text.startsWith('Location (51.500, \u22120.100)'))).toBe(true);
    expect(parseLinesReply({ ok: true, data: lines })).toEqual(lines);
  });

  it('the receipt waits for the description; the files do not', async () => {
    let answer: (lines: { category: 'location'; text: string }[]) => void = () => undefined;
    const describeExif = vi.fn(() => new Promise<never[]>((r) => (answer = r as never)));
    const showReceipt = vi.fn();
    const ui = { showProgress: () => () => undefined, askAboutHeld: vi.fn(), showReceipt };
    const result = await cleanBatch([gpsPhoto()], {
      ...options(),
      showReceipts: true,
      ui,
      describeExif,
    });
    expect(result.files).toHaveLength(1);
    expect(showReceipt).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(describeExif).toHaveBeenCalledOnce());
    answer([{ category: 'location', text: 'Location (51.500, \u22120.100)' }]);
    expect((await result.report).summary).toMatch(/^Cleaned 1 file\. Removed location/);
    expect(showReceipt).toHaveBeenCalledOnce();
  });

  it('falls back to the generic line when the background cannot answer', async () => {
    const ui = { showProgress: () => () => undefined, askAboutHeld: vi.fn(), showReceipt: vi.fn() };
    const result = await cleanBatch([gpsPhoto()], {
      ...options(),
      showReceipts: true,
      ui,
      describeExif: () => Promise.reject(new Error('gone')),
    });
    expect((await result.report).summary).toMatch(/^Cleaned 1 file\. Removed/);
  });

  it('shows the generic line when the background never answers (a worker stopped mid-request)', async () => {
    const showReceipt = vi.fn();
    const ui = { showProgress: () => () => undefined, askAboutHeld: vi.fn(), showReceipt };
    const result = await cleanBatch([gpsPhoto()], {
      ...options(),
      showReceipts: true,
      ui,
      describeExif: () => new Promise<never>(() => undefined),
      describeTimeoutMs: 50,
    });
    expect((await result.report).summary).toMatch(/^Cleaned 1 file\. Removed/);
    expect(showReceipt).toHaveBeenCalledOnce();
  });

  it('base64 round-trips any bytes; the protocol and the reply check refuse junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
    const big = 'A'.repeat(MAX_EXIF_BLOCK_CHARS + 4);
    for (const blocks of [[], [big], ['<svg>'], Array(101).fill('AAAA')]) {
      expect(ContentMessage.safeParse({ type: 'describeExif', blocks }).success).toBe(false);
    }
    expect(parseLinesReply({ ok: false, error: 'x' })).toBeNull();
    expect(parseLinesReply({ ok: true, data: [{ category: 1, text: 'x' }] })).toBeNull();
  });
});

describe('the guard settings reader agrees with the full schema', () => {
  it('on the fields the guard uses, for any stored value', () => {
    const value = fc.oneof(
      fc.boolean(),
      fc.string(),
      fc.constant(null),
      fc.array(fc.oneof(fc.constantFrom('example.com', 'a.b', 'BAD HOST'), fc.string())),
    );
    const stored = fc.dictionary(
      fc.constantFrom(
        'enabled',
        'anonymiseFileNames',
        'showReceipts',
        'pausedSites',
        'whenUncleanable',
        'other',
      ),
      fc.oneof(value, fc.constantFrom('ask', 'block')),
    );
    fc.assert(
      fc.property(fc.oneof(stored, value), fc.constantFrom('example.com', 'x.a.b'), (raw, host) => {
        const full = parseSettings(raw);
        const small = parseGuardSettings(raw);
        expect(small).toEqual({
          enabled: full.enabled,
          anonymiseFileNames: full.anonymiseFileNames,
          showReceipts: full.showReceipts,
          pausedSites: full.pausedSites,
          whenUncleanable: full.whenUncleanable,
        });
        expect(guardActive(small, host)).toBe(guardActiveOn(full, host));
      }),
      { numRuns: 500 },
    );
  });
});
