import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripImage } from '../../src/metadata/clean.ts';
import { crc32 } from '../../src/metadata/crc32.ts';
import { StripError } from '../../src/metadata/errors.ts';
import { buildOrientationTiff } from '../../src/metadata/exif-orientation.ts';
import { pngFormat } from '../../src/metadata/formats/png.ts';
import { describeTextChunk } from '../../src/metadata/formats/png-text.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { cleanAndJudge } from '../helpers/lossless-judge.ts';
import {
  containsText,
  dirtyApng,
  dirtyPng,
  NAME,
  orientedPng,
  pngChunk,
} from '../helpers/raster-fixtures.ts';
import { exiftoolOrientation, pixelHashes } from '../helpers/tools.ts';

const CORPUS = [
  'exiftool/PNG.png',
  'mat2/dirty.png',
  'metadata-extractor-images/png__photoshop-8x12-rgb24-all-metadata.png',
  'metadata-extractor-images/png__sampleWithExifData.png',
];

function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let pos = 8; pos + 12 <= png.length; pos += 12 + view.getUint32(pos)) {
    types.push(String.fromCharCode(...png.subarray(pos + 4, pos + 8)));
  }
  return types;
}

function chunkOffset(png: Uint8Array, type: string): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let pos = 8; pos + 12 <= png.length; pos += 12 + view.getUint32(pos)) {
    if (String.fromCharCode(...png.subarray(pos + 4, pos + 8)) === type) return pos;
  }
  throw new Error(`no ${type}`);
}

function expectClean(output: Uint8Array): void {
  for (const text of [NAME, 'http://ns.adobe.com', 'GPS', 'trailer']) {
    expect(containsText(output, text), text).toBe(false);
  }
}

describe('crc32', () => {
  it('matches the standard check value and runs in pieces', () => {
    const data = new TextEncoder().encode('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32(data.subarray(5), crc32(data.subarray(0, 5)))).toBe(0xcbf43926);
    const long = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);
    let slow = ~0;
    for (const b of long) {
      slow ^= b;
      for (let k = 0; k < 8; k++) slow = slow & 1 ? 0xedb88320 ^ (slow >>> 1) : slow >>> 1;
    }
    expect(crc32(long)).toBe(~slow >>> 0);
  });
});

describe('PNG corpus', () => {
  it.each(CORPUS)('%s is cleaned losslessly', async (name) => {
    const input = new Uint8Array(readFileSync(corpusFile(name)));
    const j = await cleanAndJudge(input, 'in.png');
    expect(j.result.ok).toBe(true);
    expect(j.identifying).toEqual([]);
    expect(j.framesCompared).toBeGreaterThan(0);
    expect(j.pixelsEqual).toBe(true);
    expect(j.iccEqual).toBe(true);
  });
});

describe('PNG fixtures', () => {
  it('removes eXIf, iTXt XMP, tEXt, tIME and the trailer, and reports them', async () => {
    const input = dirtyPng();
    expect(containsText(input, NAME)).toBe(true);
    const j = await cleanAndJudge(input, 'dirty.png');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(j.identifying).toEqual([]);
    expect(j.pixelsEqual && j.framesCompared === 1).toBe(true);
    expectClean(j.result.output);
    const removed = pngFormat.strip(input).removed;
    const kinds = removed.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['exif', 'xmp', 'text', 'timestamp', 'trailer']));
    expect(removed.find((r) => r.kind === 'text' && r.detail === 'Author')).toBeDefined();
    const exif = removed.find((r) => r.kind === 'exif')!;
    expect(String.fromCharCode(...exif.payload!.subarray(0, 2))).toMatch(/II|MM/);
    const xmp = removed.find((r) => r.kind === 'xmp')!;
    expect(new TextDecoder().decode(xmp.payload)).toContain(NAME);
    expect(chunkTypes(j.result.output)).not.toContain('eXIf');
  });

  it('keeps a 16-bit image bit-exact', async () => {
    const j = await cleanAndJudge(dirtyPng('PNG48'), 'deep.png');
    expect(j.result.ok && j.identifying.length === 0 && j.pixelsEqual).toBe(true);
    expect(j.framesCompared).toBe(1);
  });

  it('keeps Orientation 6 as a minimal eXIf before IDAT', async () => {
    const input = orientedPng();
    const j = await cleanAndJudge(input, 'oriented.png');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(exiftoolOrientation(j.outPath!)).toBe(6);
    expect(j.identifying).toEqual([]);
    expectClean(j.result.output);
    const types = chunkTypes(j.result.output);
    expect(types.indexOf('eXIf')).toBeLessThan(types.indexOf('IDAT'));
    expect(pngFormat.strip(input).kept).toContainEqual({ kind: 'orientation', value: 6 });
  });

  it('keeps an APNG animated, frame for frame', async () => {
    const input = dirtyApng();
    const j = await cleanAndJudge(input, 'anim.png');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(chunkTypes(j.result.output)).toEqual([
      'IHDR',
      'acTL',
      'fcTL',
      'IDAT',
      'fcTL',
      'fdAT',
      'IEND',
    ]);
    expect(j.identifying).toEqual([]);
    expectClean(j.result.output);
    expect(pngFormat.strip(input).kept).toContainEqual({ kind: 'animation', value: 2 });
    // ImageMagick 6 reads only the default image of an APNG; it must still match.
    expect(j.pixelsEqual && j.framesCompared >= 1).toBe(true);
    expect(pixelHashes(j.outPath!)).toEqual(pixelHashes(j.inPath));
  });

  it('reports unknown keywords as "other", never echoing them', () => {
    const base = dirtyPng();
    const secret = pngChunk('tEXt', new TextEncoder().encode(`${NAME}\0x`));
    const input = new Uint8Array(Buffer.concat([base.subarray(0, 33), secret, base.subarray(33)]));
    const removed = pngFormat.strip(input).removed;
    expect(removed.some((r) => r.detail?.includes('Jane'))).toBe(false);
    expect(removed).toContainEqual({ kind: 'text', detail: 'other', size: secret.length });
  });
});

describe('PNG text payloads', () => {
  it('decodes an uncompressed ImageMagick "Raw profile type exif" block to its TIFF', () => {
    const tiff = buildOrientationTiff(3);
    const exif = [...new TextEncoder().encode('Exif\0\0'), ...tiff];
    const hex = exif.map((b) => b.toString(16).padStart(2, '0')).join('');
    const text = `Raw profile type exif\0\nexif\n${String(exif.length).padStart(8)}\n${hex.slice(0, 40)}\n${hex.slice(40)}\n`;
    const info = describeTextChunk('tEXt', new TextEncoder().encode(text));
    expect(info.kind).toBe('exif');
    expect(info.detail).toBe('Raw profile type exif');
    expect(info.payload).toEqual(tiff);
  });

  it('gives no payload for compressed text, and "other" for unknown keywords', () => {
    const z = describeTextChunk('zTXt', new TextEncoder().encode('XML:com.adobe.xmp\0\0xyz'));
    expect(z).toEqual({ kind: 'xmp', detail: 'XML:com.adobe.xmp' });
    const other = describeTextChunk('tEXt', new TextEncoder().encode('My Secret\0value'));
    expect(other).toEqual({ kind: 'text', detail: 'other' });
  });
});

describe('PNG hostile inputs', () => {
  const good = new Uint8Array(
    readFileSync(corpusFile('metadata-extractor-images/png__sampleWithExifData.png')),
  );

  function expectRefusalOrVerified(input: Uint8Array): void {
    const r = stripImage(input);
    if (r.ok) expect(() => pngFormat.verify(r.result.output)).not.toThrow();
    else
      expect(r.code).toMatch(
        /truncated|malformed|unsupported_variant|too_large|verification_failed/,
      );
  }

  it('refuses every truncation', () => {
    for (let n = 8; n < good.length; n += 7) {
      const r = stripImage(good.subarray(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
    }
  });

  it('refuses a chunk length of 0xFFFFFFFF, bad CRCs and unknown critical chunks', () => {
    const huge = good.slice();
    new DataView(huge.buffer).setUint32(33, 0xffffffff);
    expect(stripImage(huge)).toMatchObject({ ok: false, code: 'malformed' });
    const badCrc = good.slice();
    badCrc[chunkOffset(good, 'IDAT') + 20]! ^= 0xff;
    expect(stripImage(badCrc)).toMatchObject({ ok: false, code: 'verification_failed' });
    const critical = new Uint8Array([
      ...good.subarray(0, 33),
      ...pngChunk('ABCD', new Uint8Array(2)),
      ...good.subarray(33),
    ]);
    expect(stripImage(critical)).toMatchObject({ ok: false, code: 'unsupported_variant' });
  });

  it('never throws on random corruption', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 300; i++) {
      const copy = good.slice();
      for (let k = 0; k < 4; k++) copy[8 + (rand() % (copy.length - 8))] = rand() & 0xff;
      expect(() => expectRefusalOrVerified(copy)).not.toThrow();
    }
  });

  it('is a StripError, not a crash, when called directly on garbage', () => {
    expect(() => pngFormat.strip(new Uint8Array(4))).toThrow(StripError);
  });

  it('cleans a 10 MB PNG, returning it whole', () => {
    const header = good.subarray(0, 33);
    const idat = pngChunk('IDAT', new Uint8Array(10 * 1024 * 1024));
    const input = new Uint8Array(
      Buffer.concat([header, idat, pngChunk('IEND', new Uint8Array(0))]),
    );
    // Speed is measured by `npm run bench`; here only that a large image comes back whole.
    const r = pngFormat.strip(input);
    pngFormat.verify(r.output);
    expect(r.output.length).toBe(input.length);
    expect(Buffer.compare(Buffer.from(r.output), Buffer.from(input))).toBe(0);
  });
});
