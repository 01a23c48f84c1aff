/**
 * Motion photos: the video inside a still is removed by the still-image cleaners, and the
 * receipt says so. A Samsung One UI 6 HEIC (top-level 'mpvd' box holding an MP4) from the
 * corpus, and a Google-style JPEG made here (XMP GCamera:MicroVideo + an MP4 after the EOI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../../src/metadata/clean-file.ts';
import { bytesSource, type OutputPlan } from '../../../src/metadata/source.ts';
import { corpusFile } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';
import { CLIP_CODECS, CLIP_INPUTS, exiftoolWrite, ffmpeg } from './video-tools.ts';

const dir = tempDir('veil-motion-');
const motionJpeg = join(dir, 'motion.jpg');

beforeAll(() => {
  const still = join(dir, 'still.jpg');
  const video = join(dir, 'video.mp4');
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=160x120', '-frames:v', '1', still]);
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-metadata', 'location=+51.6320-001.1230/', video]);
  const mp4 = readFileSync(video);
  exiftoolWrite(still, [
    '-XMP-GCamera:MicroVideo=1',
    '-XMP-GCamera:MicroVideoVersion=1',
    `-XMP-GCamera:MicroVideoOffset=${mp4.length}`,
    '-XMP-GCamera:MicroVideoPresentationTimestampUs=0',
  ]);
  writeFileSync(motionJpeg, Buffer.concat([readFileSync(still), mp4]));
}, 60_000);

function planBytes(plan: OutputPlan): Buffer {
  return Buffer.concat(plan.map((e) => (e.from === 'bytes' ? e.data : Buffer.alloc(0))));
}

/** Signs of an MP4 anywhere in the output: its file-type box or movie header ('mdat' is not
 * one: a HEIC keeps its own image data in an mdat). */
function holdsVideo(bytes: Buffer): boolean {
  return ['ftypmp4', 'ftypisom', 'moov', 'mvhd'].some((s) => bytes.includes(s));
}

describe('motion photos', () => {
  it('a Samsung motion-photo HEIC comes out without its video', async () => {
    const input = readFileSync(corpusFile('test-assets/motionphoto__samsung-one-ui-6.heic'));
    expect(input.includes('mpvd')).toBe(true);
    const result = await cleanFile(bytesSource(new Uint8Array(input)));
    expect(result).toMatchObject({ ok: true, format: 'heif' });
    if (!result.ok) return;
    expect(result.plan.every((e) => e.from === 'bytes')).toBe(true);
    const output = planBytes(result.plan);
    expect(output.length).toBe(result.outputSize);
    expect(output.includes('mpvd')).toBe(false);
    expect(holdsVideo(input)).toBe(true);
    expect(holdsVideo(output)).toBe(false);
    expect(output.length).toBeLessThan(input.length - 3_000_000); // the 3.2 MB clip is gone
    expect(result.removed.map((l) => l.text)).toContain('Embedded video (motion photo)');
  });

  it('a Google-style motion-photo JPEG comes out without its video', async () => {
    const input = readFileSync(motionJpeg);
    expect(holdsVideo(input)).toBe(true);
    const result = await cleanFile(bytesSource(new Uint8Array(input)));
    expect(result).toMatchObject({ ok: true, format: 'jpeg' });
    if (!result.ok) return;
    const output = planBytes(result.plan);
    expect(holdsVideo(output)).toBe(false);
    expect(output.includes('MicroVideo')).toBe(false);
    expect(output.length).toBeLessThan(input.length / 2);
    expect(result.removed.map((l) => l.text)).toContain('Embedded video (motion photo)');
  });
});
