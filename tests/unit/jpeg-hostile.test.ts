/**
 * Hostile and damaged JPEGs built in code: each must give a typed refusal or a verified
 * output, quickly, and never a throw. Also the fuzzer-made corpus files and a speed check.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanImage, stripImage } from '../../src/metadata/clean.ts';
import { STRIP_ERROR_CODES, type StripErrorCode } from '../../src/metadata/errors.ts';
import { jpegFormat } from '../../src/metadata/formats/jpeg.ts';
import { CORPUS_DIR, corpusFile } from '../helpers/corpus.ts';
import { bytesOf, join8, readBytes, segment } from '../helpers/jpeg-fixtures.ts';

const PORTRAIT = readBytes(corpusFile('exif-samples/jpg__orientation__portrait_6.jpg'));
const PROGRESSIVE = readBytes(corpusFile('mat2/dirty.jpg'));
const LX7 = readBytes(corpusFile('metadata-extractor-images/jpg__Panasonic_Lumix_DMC-LX7.jpg'));
/** What `clean.ts` says when a parser threw something other than StripError (a bug). */
const BUG_DETAIL = 'JPEG file could not be read safely';

/** Strips `input`; returns the refusal code, or null for a verified output. */
function outcomeOf(input: Uint8Array): StripErrorCode | null {
  const outcome = stripImage(input);
  if (outcome.ok) return null;
  expect(outcome.detail).not.toBe(BUG_DETAIL);
  expect(STRIP_ERROR_CODES).toContain(outcome.code);
  return outcome.code;
}

/** A minimal valid JPEG structure around a few bytes of "entropy data". */
function tinyJpeg(scanData: Uint8Array, extra: Uint8Array[] = []): Uint8Array {
  return join8([
    Uint8Array.of(0xff, 0xd8),
    ...extra,
    segment(0xdb, new Uint8Array(65)),
    segment(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0)),
    segment(0xc4, new Uint8Array(17 + 1)),
    segment(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0)),
    scanData,
    Uint8Array.of(0xff, 0xd9),
  ]);
}

describe('truncated files', () => {
  it.each([
    ['portrait', PORTRAIT, 397],
    ['progressive', PROGRESSIVE, 211],
    ['MPF', LX7, 49_999],
  ])('refuses or cleans the %s sample cut at every few hundred bytes', (_name, file, step) => {
    const started = performance.now();
    let cleaned = 0;
    for (let cut = 0; cut < file.length; cut += step) {
      const code = outcomeOf(file.subarray(0, cut));
      if (code === null) cleaned++;
      else expect(['truncated', 'malformed', 'unsupported_format']).toContain(code);
    }
    // Cuts that leave the primary image whole (inside an MPF trailer) clean; the others refuse.
    if (file === LX7) expect(cleaned).toBeGreaterThan(0);
    else expect(cleaned).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('malformed structure', () => {
  const scan = Uint8Array.of(0x12, 0xff, 0x00, 0x34);

  it('accepts the hand-built baseline it derives from', () => {
    expect(outcomeOf(tinyJpeg(scan))).toBeNull();
  });

  it.each([
    ['segment length 0', Uint8Array.of(0xff, 0xe1, 0x00, 0x00), 'malformed'],
    ['segment length 1', Uint8Array.of(0xff, 0xe1, 0x00, 0x01), 'malformed'],
    ['segment length 0xFFFF', Uint8Array.of(0xff, 0xe1, 0xff, 0xff, 1, 2, 3), 'truncated'],
    ['stray bytes between segments', join8([segment(0xfe, 'x'), Uint8Array.of(0, 0)]), 'malformed'],
    ['a second SOI', Uint8Array.of(0xff, 0xd8), 'malformed'],
    ['RST outside a scan', Uint8Array.of(0xff, 0xd0), 'malformed'],
    ['hierarchical DHP', segment(0xde, new Uint8Array(6)), 'unsupported_variant'],
    ['hierarchical SOF5', segment(0xc5, new Uint8Array(9)), 'unsupported_variant'],
    ['JPEG-LS SOF55', segment(0xf7, new Uint8Array(9)), 'unsupported_variant'],
    ['reserved marker', segment(0x4f, new Uint8Array(2)), 'malformed'],
    ['damaged frame header', segment(0xc0, new Uint8Array(3)), 'malformed'],
  ])('refuses %s', (_name, inserted, expected) => {
    const bytes = tinyJpeg(scan, [inserted]);
    expect(outcomeOf(bytes)).toBe(expected);
  });

  it('refuses a file without a frame, without a scan, or with a scan before its frame', () => {
    expect(outcomeOf(bytesOf('\xff\xd8\xff\xd9'))).toBe('malformed');
    const tables = join8([
      bytesOf('\xff\xd8'),
      segment(0xdb, new Uint8Array(65)),
      bytesOf('\xff\xd9'),
    ]);
    expect(outcomeOf(tables)).toBe('malformed');
    const noScan = join8([
      bytesOf('\xff\xd8'),
      segment(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0)),
      bytesOf('\xff\xd9'),
    ]);
    expect(outcomeOf(noScan)).toBe('malformed');
    const scanFirst = join8([
      bytesOf('\xff\xd8'),
      segment(0xda, Uint8Array.of(1, 1, 0, 0, 63, 0)),
      bytesOf('\x00\xff\xd9'),
    ]);
    expect(outcomeOf(scanFirst)).toBe('malformed');
    const frame = segment(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0));
    expect(outcomeOf(join8([PORTRAIT.subarray(0, 2), frame]))).toBe('truncated');
  });

  it('refuses a scan that never ends', () => {
    const noEoi = tinyJpeg(scan).subarray(0, -2);
    expect(outcomeOf(noEoi)).toBe('truncated');
    expect(outcomeOf(join8([noEoi, Uint8Array.of(0xff)]))).toBe('truncated');
    expect(outcomeOf(join8([noEoi, Uint8Array.of(0xff, 0x00, 0xff, 0xd3)]))).toBe('truncated');
  });

  it('handles endless 0xFF fill quickly', () => {
    const started = performance.now();
    const fill = new Uint8Array(8 * 1024 * 1024).fill(0xff);
    expect(outcomeOf(join8([bytesOf('\xff\xd8'), fill]))).toBe('truncated');
    expect(outcomeOf(join8([tinyJpeg(scan).subarray(0, -2), fill]))).toBe('truncated');
    expect(outcomeOf(join8([tinyJpeg(scan).subarray(0, -2), fill, bytesOf('\xd9')]))).toBeNull();
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('keeps RST markers and stuffed bytes, and drops fill bytes before markers', () => {
    const data = Uint8Array.of(1, 0xff, 0x00, 2, 0xff, 0xd0, 3, 0xff, 0xff, 0xd7, 4, 0xff, 0xff);
    const input = tinyJpeg(data);
    const result = jpegFormat.strip(input);
    // Fill bytes before EOI are not image data; everything else survives byte for byte.
    expect(Array.from(result.output)).toEqual(Array.from(tinyJpeg(data.subarray(0, -2))));
    expect(result.removed).toEqual([]);
  });
});

describe('random damage', () => {
  const scan = Uint8Array.of(0x12, 0xff, 0x00, 0x34);

  it('never throws and never lets a bug through, on mutated real files', () => {
    const small = PORTRAIT.subarray(0, 4096);
    const base = join8([small, Uint8Array.of(0xff, 0xd9)]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const bytes = base.slice();
          for (const [at, value] of edits) bytes[at] = value;
          outcomeOf(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survives every fuzzer-made corpus file through cleanImage', async () => {
    const dir = 'metadata-extractor-images';
    const fuzzed = readdirSync(`${CORPUS_DIR}/${dir}`).filter((n) => n.startsWith('fuzzing__'));
    expect(fuzzed.length).toBeGreaterThan(50);
    for (const name of fuzzed) {
      const bytes = readBytes(corpusFile(`${dir}/${name}`));
      const result = await cleanImage(bytes);
      if (!result.ok) expect(result.detail).not.toBe(BUG_DETAIL);
      // None of today's fuzzer files start like a JPEG, so their hostile bytes are also fed to
      // the JPEG walker as scan data and as an APP segment body.
      outcomeOf(tinyJpeg(bytes));
      outcomeOf(tinyJpeg(scan, [segment(0xe1, bytes.subarray(0, 0xfff0))]));
    }
  });
});
