import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripImage } from '../../src/metadata/clean.ts';
import { gifFormat } from '../../src/metadata/formats/gif.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { cleanAndJudge } from '../helpers/lossless-judge.ts';
import { containsText, dirtyGif, NAME } from '../helpers/raster-fixtures.ts';
import { HANG_BOUND_MS } from '../helpers/hang.ts';

const CORPUS = [
  'exiftool/GIF.gif',
  'mat2/dirty.gif',
  'metadata-extractor-images/gif__pbar-ani-invalid-XMP.gif',
];

function read(name: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusFile(name)));
}

describe('GIF corpus', () => {
  it.each(CORPUS)('%s is cleaned losslessly', async (name) => {
    const j = await cleanAndJudge(read(name), 'in.gif');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(j.identifying).toEqual([]);
    expect(j.framesCompared).toBeGreaterThan(0);
    expect(j.pixelsEqual).toBe(true); // same hash for every frame, so same frame count
    expect(j.iccEqual).toBe(true);
  });

  it('keeps the ICC profile of exiftool/GIF.gif and reports its XMP', () => {
    const result = gifFormat.strip(read('exiftool/GIF.gif'));
    expect(result.kept).toContainEqual({ kind: 'colour_profile' });
    const xmp = result.removed.find((r) => r.kind === 'xmp');
    expect(new TextDecoder().decode(xmp?.payload)).toContain('<x:xmpmeta');
  });
});

describe('GIF fixtures', () => {
  it('removes the comment, the XMP application extension and the trailer; keeps the loop', async () => {
    const input = dirtyGif();
    expect(containsText(input, NAME)).toBe(true);
    const j = await cleanAndJudge(input, 'dirty.gif');
    if (!j.result.ok) throw new Error(j.result.detail);
    expect(j.identifying).toEqual([]);
    expect(j.framesCompared).toBe(2);
    expect(j.pixelsEqual).toBe(true);
    for (const text of [NAME, 'http://ns.adobe.com', 'XMP DataXMP', 'London', 'trailer']) {
      expect(containsText(j.result.output, text), text).toBe(false);
    }
    const { removed, kept } = gifFormat.strip(input);
    expect(removed.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['comment', 'xmp', 'trailer']),
    );
    expect(kept).toContainEqual({ kind: 'animation', value: 0 });
    expect(new TextDecoder().decode(removed.find((r) => r.kind === 'xmp')?.payload)).toContain(
      NAME,
    );
  });
});

/** Header, screen descriptor with no colour table, one 1x1 image, then `tail`. */
function tinyGif(...tail: number[]): Uint8Array {
  const head = [...new TextEncoder().encode('GIF89a'), 1, 0, 1, 0, 0, 0, 0];
  const image = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0];
  return Uint8Array.from([...head, ...image, ...tail]);
}

describe('GIF hostile inputs', () => {
  it('accepts the tiny base case', () => {
    const r = stripImage(tinyGif(0x3b));
    expect(r.ok).toBe(true);
  });

  it('refuses every truncation of a real file', () => {
    const good = read('mat2/dirty.gif');
    for (let n = 6; n < good.length; n += 3) {
      const r = stripImage(good.subarray(0, n));
      expect(r.ok, `cut at ${n}`).toBe(false);
      if (!r.ok) expect(r.code).toMatch(/truncated|malformed/);
    }
  });

  it('refuses endless sub-blocks quickly', () => {
    const endless = new Uint8Array(4 * 1024 * 1024).fill(0xff);
    const input = new Uint8Array([...tinyGif(), 0x21, 0xfe]);
    const big = new Uint8Array(input.length + endless.length);
    big.set(input);
    big.set(endless, input.length);
    const t = performance.now();
    expect(stripImage(big)).toMatchObject({ ok: false, code: 'truncated' });
    expect(performance.now() - t).toBeLessThan(HANG_BOUND_MS);
  });

  it('refuses a missing trailer, unknown blocks and odd graphic controls', () => {
    expect(stripImage(tinyGif())).toMatchObject({ ok: false, code: 'truncated' });
    expect(stripImage(tinyGif(0x99, 0x3b))).toMatchObject({ ok: false, code: 'malformed' });
    const longGce = tinyGif(0x21, 0xf9, 5, 0, 0, 0, 0, 0, 0, 0x3b);
    expect(stripImage(longGce)).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('rebuilds a NETSCAPE2.0 block with extra sub-blocks down to its loop count', () => {
    const id = [...new TextEncoder().encode('NETSCAPE2.0')];
    const hidden = [...new TextEncoder().encode(NAME)];
    const input = tinyGif(0x21, 0xff, 11, ...id, 3, 1, 5, 0, hidden.length, ...hidden, 0, 0x3b);
    const r = stripImage(input);
    if (!r.ok) throw new Error(r.detail);
    expect(containsText(r.result.output, NAME)).toBe(false);
    expect(r.result.kept).toContainEqual({ kind: 'animation', value: 5 });
  });

  it('never throws on random corruption', () => {
    const good = read('mat2/dirty.gif');
    let seed = 11;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 300; i++) {
      const copy = good.slice();
      for (let k = 0; k < 3; k++) copy[6 + (rand() % (copy.length - 6))] = rand() & 0xff;
      const r = stripImage(copy);
      if (r.ok) expect(() => gifFormat.verify(r.result.output)).not.toThrow();
    }
  });
});
