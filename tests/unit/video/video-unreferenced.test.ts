/**
 * Bytes inside mdat that no track references (edit left-overs, or data a removed moov/meta
 * pointed at, as Sony's XML with the camera serial) are blanked; the streams are untouched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tools.ts';
import {
  CLIP_CODECS,
  CLIP_INPUTS,
  cleanPath,
  decodeErrors,
  ffmpeg,
  streamHash,
} from './video-tools.ts';

const SECRET = 'SERIALNO-VEIL-0042 <camera serial and GPS 51.632,-1.123>';

/** Top-level boxes of an MP4 as [type, start, size]. */
function topBoxes(b: Buffer): Array<[string, number, number]> {
  const boxes: Array<[string, number, number]> = [];
  for (let at = 0; at + 8 <= b.length;) {
    const size = b.readUInt32BE(at);
    boxes.push([b.toString('latin1', at + 4, at + 8), at, size]);
    if (size < 8) break;
    at += size;
  }
  return boxes;
}

/** The clip with `junk` appended inside its mdat (mdat before moov, so no offset moves). */
function withJunkInMdat(clip: Buffer, junk: Buffer): Buffer {
  const boxes = topBoxes(clip);
  const mdat = boxes.find((b) => b[0] === 'mdat');
  const moov = boxes.find((b) => b[0] === 'moov');
  if (!mdat || !moov || moov[1] < mdat[1]) throw new Error('expected mdat before moov');
  const end = mdat[1] + mdat[2];
  const out = Buffer.concat([clip.subarray(0, end), junk, clip.subarray(end)]);
  out.writeUInt32BE(mdat[2] + junk.length, mdat[1]);
  return out;
}

describe('unreferenced media data', () => {
  it('is blanked, and the audio and video stay byte for byte', async () => {
    const dir = tempDir('veil-unref-');
    const clip = join(dir, 'clip.mp4');
    ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, clip]);
    const dirty = join(dir, 'dirty.mp4');
    writeFileSync(dirty, withJunkInMdat(readFileSync(clip), Buffer.from(SECRET.repeat(20))));
    expect(readFileSync(dirty).includes(SECRET)).toBe(true);
    expect(decodeErrors(dirty)).toBe('');

    const out = join(dir, 'out');
    mkdirSync(out);
    const cleaned = await cleanPath(dirty, out);
    expect(cleaned.result.ok).toBe(true);
    if (!cleaned.result.ok || !cleaned.output) return;
    const bytes = readFileSync(cleaned.output);
    expect(bytes.includes(SECRET)).toBe(false);
    expect(bytes.includes('SERIALNO')).toBe(false);
    expect(streamHash(cleaned.output)).toBe(streamHash(dirty));
    expect(decodeErrors(cleaned.output)).toBe('');
    expect(cleaned.result.removed.map((l) => l.text)).toContain('Manufacturer or app data');
  });
});
