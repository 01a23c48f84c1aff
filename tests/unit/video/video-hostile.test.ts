/**
 * Hostile and broken videos, made in code from one small real clip: truncations, box sizes of
 * 0, 1 and huge, chunk offsets outside the file, absurd sample counts, deep nesting, random
 * damage, and every fuzzing crash file in the corpus that looks like ISO-BMFF. Each must end in
 * a typed result, quickly, never an exception.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeU32be } from '../../../src/metadata/bytes.ts';
import { cleanFile } from '../../../src/metadata/clean-file.ts';
import { STRIP_ERROR_CODES } from '../../../src/metadata/errors.ts';
import { cleanVideo } from '../../../src/metadata/formats/isobmff/video/clean-video.ts';
import { bytesSource } from '../../../src/metadata/source.ts';
import { corpusFile, listCorpus } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';
import { CLIP_CODECS, CLIP_INPUTS, ffmpeg } from './video-tools.ts';

let clip: Uint8Array;
let fragmented: Uint8Array;

beforeAll(() => {
  const path = join(tempDir('veil-video-hostile-'), 'clip.mp4');
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-t', '1', '-metadata', 'location=+51.6320-001.1230/', path]); // prettier-ignore
  clip = new Uint8Array(readFileSync(path));
  const frag = join(tempDir('veil-video-hostile-'), 'frag.mp4');
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-t', '1', '-g', '5', '-movflags', 'frag_keyframe+empty_moov', frag]); // prettier-ignore
  fragmented = new Uint8Array(readFileSync(frag));
}, 60_000);

/** Offset of the first box of `type` at or after `from` (a byte search: good enough here). */
function find(bytes: Uint8Array, type: string, from = 0): number {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(type, from);
  if (at < 4) throw new Error(`no ${type} in the test clip`);
  return at - 4;
}

async function expectTypedRefusal(bytes: Uint8Array, codes?: string[]): Promise<void> {
  const started = performance.now();
  const result = await cleanVideo(bytesSource(bytes));
  expect(performance.now() - started).toBeLessThan(2000);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(STRIP_ERROR_CODES).toContain(result.code);
  if (codes) expect(codes).toContain(result.code);
  expect(result.detail).not.toMatch(/undefined|NaN|Error:/);
}

const copy = () => clip.slice();

describe('hostile videos', () => {
  it('the untouched clip cleans (the baseline the damage is applied to)', async () => {
    expect((await cleanVideo(bytesSource(clip))).ok).toBe(true);
  });

  it('refuses every truncation of the clip', async () => {
    for (let length = 64; length < clip.length; length += Math.max(1, (clip.length / 97) | 0)) {
      await expectTypedRefusal(clip.subarray(0, length), ['truncated', 'malformed']);
    }
  });

  it('handles box sizes 0, 1 and huge', async () => {
    const moov = find(clip, 'moov');
    const mdat = find(clip, 'mdat');
    const zeroMdat = copy(); // mdat "to the end of the file" swallows the moov after it
    writeU32be(zeroMdat, mdat, 0);
    await expectTypedRefusal(zeroMdat, ['truncated']);
    const huge = copy();
    writeU32be(huge, moov, 0xffffffff);
    await expectTypedRefusal(huge, ['truncated']);
    const large = copy(); // size 1 -> a 64-bit size that is absurd
    writeU32be(large, mdat, 1);
    writeU32be(large, mdat + 8, 0x7fffffff);
    await expectTypedRefusal(large, ['truncated', 'too_large']);
    const tiny = copy();
    writeU32be(tiny, moov, 4);
    await expectTypedRefusal(tiny, ['malformed']);
    const zeroMoov = copy(); // a last box of size 0 legitimately runs to the end of the file
    writeU32be(zeroMoov, moov, 0);
    expect((await cleanVideo(bytesSource(zeroMoov))).ok).toBe(true);
  });

  it('refuses chunk offsets outside the media data', async () => {
    const bytes = copy();
    const stco = find(bytes, 'stco', find(bytes, 'moov'));
    writeU32be(bytes, stco + 16, 0x7ffffff0);
    await expectTypedRefusal(bytes, ['malformed']);
  });

  it('refuses absurd sample and entry counts', async () => {
    for (const type of ['stsz', 'stco', 'stsc']) {
      const bytes = copy();
      const at = find(bytes, type, find(bytes, 'moov'));
      writeU32be(bytes, at + (type === 'stsz' ? 16 : 12), 0xfffffff0);
      await expectTypedRefusal(bytes, ['malformed']);
    }
  });

  it('copes with nesting bombs and refuses a moov over the size limit quickly', async () => {
    const depth = 50_000;
    const bomb = new Uint8Array(8 * depth);
    for (let i = 0; i < depth; i++) {
      writeU32be(bomb, i * 8, 8 * (depth - i));
      bomb.set([0x75, 0x64, 0x74, 0x61], i * 8 + 4); // 'udta' inside 'udta' inside ...
    }
    const moov = find(clip, 'moov');
    const grown = new Uint8Array(clip.length + bomb.length);
    grown.set(clip);
    grown.set(bomb, clip.length);
    writeU32be(grown, moov, clip.length - moov + bomb.length); // the bomb is moov's last child
    const result = await cleanVideo(bytesSource(grown));
    expect(result.ok).toBe(true); // udta is dropped whole, whatever it nests
    const nested = copy(); // a trak whose only child claims to be another trak, and so on
    writeU32be(nested, find(nested, 'mdia', moov), 8);
    await expectTypedRefusal(nested);
    // A 100 MB file whose moov claims 80 MB: refused before that much is read.
    const header = new Uint8Array(16);
    writeU32be(header, 0, 80 * 1024 * 1024);
    header.set([0x6d, 0x6f, 0x6f, 0x76], 4); // 'moov'
    writeU32be(header, 8, 20 * 1024 * 1024 - 8);
    header.set([0x6d, 0x64, 0x61, 0x74], 12); // 'mdat' (at 80 MB, read through the fake below)
    let read = 0;
    const fake = {
      size: 100 * 1024 * 1024,
      read: (offset: number, length: number) => {
        read += length;
        const out = new Uint8Array(length);
        if (offset === 0) out.set(header.subarray(0, Math.min(8, length)));
        if (offset === 80 * 1024 * 1024) out.set(header.subarray(8, 8 + Math.min(8, length)));
        return Promise.resolve(out);
      },
    };
    const result2 = await cleanVideo(fake);
    expect(result2).toMatchObject({ ok: false, code: 'too_large' });
    expect(read).toBeLessThan(4096);
  });

  it('survives random damage to the movie header', async () => {
    const moov = find(clip, 'moov');
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const bytes = copy();
      for (let k = 0; k < 4; k++) {
        const at = moov + Math.floor(random() * (clip.length - moov));
        bytes[at] = Math.floor(random() * 256);
      }
      const result = await cleanVideo(bytesSource(bytes));
      if (!result.ok) expect(STRIP_ERROR_CODES).toContain(result.code);
    }
  });

  it('survives random damage to movie fragments', async () => {
    expect((await cleanVideo(bytesSource(fragmented))).ok).toBe(true);
    const first = find(fragmented, 'moof');
    let seed = 777;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const bytes = fragmented.slice();
      for (let k = 0; k < 3; k++) {
        const at = first + Math.floor(random() * (fragmented.length - first));
        bytes[at] = Math.floor(random() * 256);
      }
      const result = await cleanVideo(bytesSource(bytes));
      if (!result.ok) expect(STRIP_ERROR_CODES).toContain(result.code);
    }
  });

  it('sends every ISO-BMFF-looking fuzzing crash file through cleanFile without a throw', async () => {
    const files = listCorpus().filter((name) => {
      if (!name.split('/').pop()!.startsWith('fuzzing__')) return false;
      const head = Buffer.from(readFileSync(corpusFile(name)).subarray(0, 16)).toString('latin1');
      return head.includes('ftyp') || head.includes('moov');
    });
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const result = await cleanFile(bytesSource(new Uint8Array(readFileSync(corpusFile(name)))));
      if (!result.ok) expect(STRIP_ERROR_CODES).toContain(result.code);
    }
  });
});
