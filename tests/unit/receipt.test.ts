import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanImage } from '../../src/metadata/clean.ts';
import { describeKept, describeRemoved, summarizeRemoved } from '../../src/metadata/receipt.ts';
import { buildOrientationTiff } from '../../src/metadata/exif-orientation.ts';
import { PROJECT_ROOT, corpusFile } from '../helpers/corpus.ts';

const sample = () => new Uint8Array(readFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg')));

describe('receipt', () => {
  it('names the location, phone, serial, owner, dates and thumbnail of the sample photo', async () => {
    const result = await cleanImage(sample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.removed.map((l) => l.text);
    expect(texts).toContain('Location (51.632, \u22121.123)');
    expect(texts).toContain('Phone: Apple iPhone 13 Pro Max');
    expect(texts).toContain('Serial number');
    expect(texts).toContain('Owner name');
    expect(texts).toContain('Taken 1 March 2024, 14:02');
    expect(texts).toContain('Edited 1 March 2024, 14:05');
    expect(texts).toContain('Embedded thumbnail');
    expect(texts).toContain('Comment text');
    expect(texts).toContain('XMP metadata');
    expect(texts).toContain('Place names');
    expect(result.kept.map((l) => l.text)).toContain('Orientation (rotated 90°)');
    expect(summarizeRemoved(result.removed)).toMatch(
      /^Removed location, phone model, serial numbers, names, 3 dates, thumbnail and \d+ more details$/,
    );
  });

  it('describes a real camera photo with GPS', async () => {
    const result = await cleanImage(new Uint8Array(readFileSync(corpusFile('exiftool/GPS.jpg'))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const texts = result.removed.map((l) => l.text);
    expect(texts).toContain('Location (54.990, \u22121.914)');
    expect(texts).toContain('Camera: FUJIFILM FinePixS1Pro');
    expect(texts).toContain('Taken 13 July 2002, 15:58');
    expect(texts).toContain('Author name');
  });

  it('falls back to a generic line when the EXIF block is unreadable', async () => {
    const lines = await describeRemoved([
      { kind: 'exif', payload: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]), size: 14 },
    ]);
    expect(lines).toEqual([
      { category: 'other', text: 'Camera data (EXIF)', message: { key: 'rl_exif' } },
    ]);
  });

  it('reads the orientation-only block Veil itself writes as harmless', async () => {
    const lines = await describeRemoved([
      { kind: 'exif', payload: buildOrientationTiff(6), size: 32 },
    ]);
    expect(lines.some((l) => l.category === 'location' || l.category === 'device')).toBe(false);
  });

  it('keeps receipt text plain and short, whatever a file claims', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u0000\u0007'.repeat(10);
    const kept = describeKept([{ kind: 'colour_profile', detail: hostile }]);
    expect(kept[0]!.text.length).toBeLessThanOrEqual('Colour profile ()'.length + 60);
    expect(kept[0]!.text).not.toMatch(/\p{Cc}/u);
  });

  it('describes embedded media and trailers', async () => {
    const lines = await describeRemoved([
      { kind: 'embedded_video', size: 1000 },
      { kind: 'embedded_image', detail: 'HDR gain map', size: 1000 },
      { kind: 'trailer', size: 10 },
      { kind: 'text', detail: 'parameters', size: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Embedded video (motion photo)',
      'Hidden extra image (HDR gain map)',
      'Hidden data after the end of the image',
      'AI generation prompt',
    ]);
    expect(summarizeRemoved(lines)).toBe(
      'Removed embedded video, hidden images and 2 more details',
    );
  });
});
