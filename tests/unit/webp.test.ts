import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanImage, stripImage } from '../../src/metadata/clean.ts';
import { webpFormat } from '../../src/metadata/formats/webp.ts';
import { corpusFile, listCorpus } from '../helpers/corpus.ts';
import { cleanAndJudge } from '../helpers/lossless-judge.ts';
import {
  containsText,
  dirtyAnimatedWebp,
  dirtyStillWebp,
  NAME,
} from '../helpers/raster-fixtures.ts';
import { exiftoolOrientation, writeTemp } from '../helpers/tools.ts';

const CORPUS = [
  'exiftool/RIFF.webp',
  'mat2/dirty.webp',
  'metadata-extractor-images/webp__Animation_Lossy.webp',
  'metadata-extractor-images/webp__HTC_Desire.webp',
  'test-assets/webp__denali.webp',
];

function read(name: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusFile(name)));
}

/** Top-level chunk FourCCs (and, for ANMF, the FourCCs inside it). */
function chunkList(webp: Uint8Array, from = 12, to = webp.length): string[] {
  const view = new DataView(webp.buffer, webp.byteOffset, webp.byteLength);
  const out: string[] = [];
  for (let pos = from; pos + 8 <= to;) {
    const fourcc = String.fromCharCode(...webp.subarray(pos, pos + 4));
    const size = view.getUint32(pos + 4, true);
    out.push(fourcc === 'ANMF' ? `ANMF(${chunkList(webp, pos + 24, pos + 8 + size)})` : fourcc);
    pos += 8 + size + (size & 1);
  }
  return out;
}

function webpmuxInfo(path: string): string {
  return execFileSync('webpmux', ['-info', path], { encoding: 'utf8' });
}

function expectClean(output: Uint8Array): void {
  for (const text of [NAME, 'http://ns.adobe.com', 'GPS', 'SN-123456']) {
    expect(containsText(output, text), text).toBe(false);
  }
  expect(new DataView(output.buffer, output.byteOffset).getUint32(4, true)).toBe(output.length - 8);
}

describe('WebP corpus', () => {
  it.each(CORPUS)('%s is cleaned losslessly', async (name) => {
    const j = await cleanAndJudge(read(name), 'in.webp');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(j.identifying).toEqual([]);
    expect(j.framesCompared).toBeGreaterThan(0);
    expect(j.pixelsEqual).toBe(true);
    expect(j.iccEqual).toBe(true);
    expectClean(j.result.output);
  });

  it('keeps all 101 frames of the lossy animation', () => {
    const { output, kept } = webpFormat.strip(
      read('metadata-extractor-images/webp__Animation_Lossy.webp'),
    );
    expect(chunkList(output).filter((c) => c.startsWith('ANMF'))).toHaveLength(101);
    expect(kept).toContainEqual({ kind: 'animation', value: 101 });
  });

  it('takes the Exif\\0\\0 prefix off the payload of mat2/dirty.webp', () => {
    const exif = webpFormat.strip(read('mat2/dirty.webp')).removed.find((r) => r.kind === 'exif');
    expect(String.fromCharCode(...exif!.payload!.subarray(0, 2))).toMatch(/II|MM/);
  });

  it('never throws on the fuzzing corpus (RIFF, PNG and GIF magic)', async () => {
    const fuzz = listCorpus().filter((p) => p.split('/').pop()!.startsWith('fuzzing__'));
    let checked = 0;
    for (const name of fuzz) {
      const bytes = read(name);
      const magic = String.fromCharCode(...bytes.subarray(0, 4));
      if (!['RIFF', 'GIF8', '\x89PNG'].includes(magic)) continue;
      checked++;
      const r = await cleanImage(bytes);
      // The generic "could not be read safely" refusal is what a crash (not a StripError) becomes.
      if (!r.ok) expect(r.detail, name).not.toMatch(/could not be read safely/);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('WebP fixtures', () => {
  it('animated WebP: EXIF and XMP go, every frame stays', async () => {
    const input = dirtyAnimatedWebp();
    expect(containsText(input, NAME)).toBe(true);
    const j = await cleanAndJudge(input, 'anim.webp');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(j.identifying).toEqual([]);
    expect(j.framesCompared).toBe(3);
    expect(j.pixelsEqual).toBe(true);
    expectClean(j.result.output);
    expect(chunkList(j.result.output)).toEqual([
      'VP8X',
      'ANIM',
      'ANMF(VP8 )',
      'ANMF(VP8 )',
      'ANMF(VP8 )',
    ]);
    expect(webpmuxInfo(j.outPath!)).toMatch(/Features present: animation\s*\n/);
  });

  it.each([false, true])(
    'still WebP (lossless: %s): ICC kept, EXIF and XMP removed',
    async (lossless) => {
      const input = dirtyStillWebp({ lossless });
      const j = await cleanAndJudge(input, 'still.webp');
      if (!j.result.ok) throw new Error(j.result.detail);
      expect(j.identifying).toEqual([]);
      expect(j.pixelsEqual && j.framesCompared === 1).toBe(true);
      expect(j.iccEqual).toBe(true);
      expect(j.result.kept.length).toBeGreaterThan(0);
      expectClean(j.result.output);
      expect(chunkList(j.result.output)).toEqual(['VP8X', 'ICCP', lossless ? 'VP8L' : 'VP8 ']);
      expect(webpmuxInfo(j.outPath!)).toMatch(/Features present: ICC profile\s*\n/);
    },
  );

  it('keeps Orientation 6 as a minimal EXIF chunk with the E flag', async () => {
    const input = dirtyStillWebp({ orientation: 6 });
    const j = await cleanAndJudge(input, 'oriented.webp');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(exiftoolOrientation(j.outPath!)).toBe(6);
    expect(j.identifying).toEqual([]);
    expectClean(j.result.output);
    expect(webpmuxInfo(j.outPath!)).toMatch(/EXIF metadata/);
    expect(webpFormat.strip(input).kept).toContainEqual({ kind: 'orientation', value: 6 });
  });
});

function u32le(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
}

function chunk(fourcc: string, body: number[]): number[] {
  const pad = body.length & 1 ? [0] : [];
  return [...new TextEncoder().encode(fourcc), ...u32le(body.length), ...body, ...pad];
}

function riff(...chunks: number[][]): Uint8Array {
  const body = chunks.flat();
  return Uint8Array.from([
    ...new TextEncoder().encode('RIFF'),
    ...u32le(body.length + 4),
    ...new TextEncoder().encode('WEBP'),
    ...body,
  ]);
}

describe('WebP hostile inputs', () => {
  const good = read('test-assets/webp__denali.webp');

  it('refuses every truncation of a real file', () => {
    for (let n = 12; n < good.length; n += 997) {
      expect(stripImage(good.subarray(0, n)).ok, `cut at ${n}`).toBe(false);
    }
  });

  it('refuses a RIFF size larger than the file and chunk sizes of 0xFFFFFFFF', () => {
    const big = good.slice();
    new DataView(big.buffer).setUint32(4, good.length + 100, true);
    expect(stripImage(big)).toMatchObject({ ok: false, code: 'truncated' });
    const huge = good.slice();
    new DataView(huge.buffer).setUint32(16, 0xffffffff, true);
    expect(stripImage(huge)).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('refuses ANMF frames whose nested sizes are wrong', () => {
    const vp8x = chunk('VP8X', [0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const anim = chunk('ANIM', [0, 0, 0, 0, 0, 0]);
    const frameHeader = new Array<number>(16).fill(0);
    const inner = [...new TextEncoder().encode('VP8L'), ...u32le(1000), 1, 2];
    const bad = riff(vp8x, anim, chunk('ANMF', [...frameHeader, ...inner]));
    expect(stripImage(bad)).toMatchObject({ ok: false, code: 'malformed' });
    const short = riff(vp8x, anim, chunk('ANMF', [1, 2, 3]));
    expect(stripImage(short)).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('removes unknown chunks inside frames and at top level, and data after the RIFF', () => {
    const secret = [...new TextEncoder().encode(NAME)];
    const vp8x = chunk('VP8X', [0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const anim = chunk('ANIM', [0, 0, 0, 0, 0, 0]);
    const frame = chunk('ANMF', [
      ...new Array<number>(16).fill(0),
      ...chunk('VP8L', [0x2f, 0, 0, 0, 0]),
      ...chunk('ZZZZ', secret),
    ]);
    const input = new Uint8Array([...riff(vp8x, anim, frame, chunk('ABCD', secret)), ...secret]);
    const r = webpFormat.strip(input);
    expect(containsText(r.output, NAME)).toBe(false);
    expect(chunkList(r.output)).toEqual(['VP8X', 'ANIM', 'ANMF(VP8L)']);
    expect(r.removed.map((p) => [p.kind, p.detail])).toEqual([
      ['vendor', 'ZZZZ'],
      ['vendor', 'ABCD'],
      ['trailer', undefined],
    ]);
    webpFormat.verify(r.output);
  });

  it('passes a simple-format file through unchanged but for trailing data', () => {
    const simple = riff(chunk('VP8L', [0x2f, 0, 0, 0, 0]));
    const r = webpFormat.strip(new Uint8Array([...simple, 1, 2, 3]));
    expect(r.output).toEqual(simple);
    expect(r.removed).toEqual([{ kind: 'trailer', size: 3 }]);
  });

  it('never throws on random corruption', () => {
    const small = read('exiftool/RIFF.webp');
    let seed = 5;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 300; i++) {
      const copy = small.slice();
      for (let k = 0; k < 3; k++) copy[12 + (rand() % (copy.length - 12))] = rand() & 0xff;
      const r = stripImage(copy);
      if (r.ok) expect(() => webpFormat.verify(r.result.output)).not.toThrow();
    }
  });

  it('writes a temp copy the judges can read', () => {
    const r = webpFormat.strip(good);
    expect(() => webpmuxInfo(writeTemp(r.output, 'denali.webp'))).not.toThrow();
  });
});
