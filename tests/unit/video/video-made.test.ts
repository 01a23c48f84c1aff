/**
 * Videos made here with ffmpeg and exiftool, in the shapes phones and apps write: Android
 * (©xyz / loci, make/model, com.android.version), iPhone (Keys location, make, model, software,
 * creation date, Live Photo content identifier), fast-start and not, MOV, MP4, 3GP, and extra
 * tracks (timecode, subtitles, chapters). Every output is judged by exiftool -ee and ffmpeg.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tools.ts';
import {
  CLIP_CODECS,
  CLIP_INPUTS,
  cleanPath,
  decodeErrors,
  duration,
  exiftoolWrite,
  ffmpeg,
  streamHash,
  videoLeaks,
} from './video-tools.ts';

const dir = tempDir('veil-video-');
const out = tempDir('veil-video-out-');
const clip = (name: string) => join(dir, name);
const META = [
  '-metadata', 'location=+51.6320-001.1230/',
  '-metadata', 'make=samsung',
  '-metadata', 'model=SM-G991B',
  '-metadata', 'com.android.version=13',
  '-metadata', 'creation_time=2024-03-01T14:02:00Z',
]; // prettier-ignore

/** Fragmented layouts ffmpeg writes: absolute and moof-relative base offsets, sidx, moov samples. */
const FRAGMENTED: Array<[string, string]> = [
  ['fragmented.mp4', 'frag_keyframe+empty_moov'],
  ['fragmented-moof-base.mp4', 'frag_keyframe+empty_moov+default_base_moof'],
  ['fragmented-dash.mp4', 'dash'],
  ['fragmented-first-in-moov.mp4', 'frag_keyframe'],
];

beforeAll(() => {
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, ...META, '-movflags', 'use_metadata_tags', clip('android.mp4')]); // prettier-ignore
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, ...META, '-f', 'mov', clip('android-xyz.mov')]);
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, ...META, '-movflags', '+faststart', clip('faststart.mp4')]); // prettier-ignore
  ffmpeg([...CLIP_INPUTS, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
    '-c:a', 'aac', '-b:a', '32k', '-ar', '16000', '-ac', '1', ...META, '-f', '3gp', clip('phone.3gp')]); // prettier-ignore
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-metadata', 'creation_time=2024-03-01T14:02:00Z',
    '-metadata', 'com.apple.quicktime.content.identifier=8F2C4A1E-1234-4D3B-9A77-ABCDEF012345',
    '-movflags', '+faststart+use_metadata_tags', clip('iphone.mov')]); // prettier-ignore
  exiftoolWrite(clip('iphone.mov'), [
    '-Keys:GPSCoordinates=51.632, -1.123, 10',
    '-Keys:Make=Apple',
    '-Keys:Model=iPhone 12',
    '-Keys:Software=17.1',
    '-Keys:CreationDate=2024:03:01 14:02:11+01:00',
  ]);
  writeFileSync(
    clip('subs.vtt'),
    'WEBVTT\n\n00:00.000 --> 00:01.500\nMeet me at 12 Acacia Avenue\n',
  );
  writeFileSync(
    clip('chapters.txt'),
    ';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle=Home bedroom\n',
  );
  ffmpeg([...CLIP_INPUTS, '-i', clip('subs.vtt'), '-i', clip('chapters.txt'), '-map', '0', '-map', '1',
    '-map', '2', '-map_chapters', '3', ...CLIP_CODECS, '-c:s', 'mov_text', '-timecode', '14:02:11:00',
    ...META, clip('tracks.mp4')]); // prettier-ignore
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-timecode', '14:02:11:00', ...META, clip('timecode.mov')]); // prettier-ignore
  for (const [name, flags] of FRAGMENTED) {
    ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-g', '10', ...META, '-movflags', flags, clip(name)]);
  }
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-timecode', '14:02:11:00', ...META, '-movflags',
    'frag_keyframe+empty_moov', clip('fragmented-timecode.mp4')]); // prettier-ignore
}, 120_000);

const CASES: Array<[string, string, string[]]> = [
  ['android.mp4', 'mp4', ['Location (51.632, \u22121.123)', 'Phone: samsung SM-G991B', 'Software: Android 13']],
  ['android-xyz.mov', 'mov', ['Location (51.632, \u22121.123)', 'Phone: samsung SM-G991B', 'Recorded 1 March 2024, 14:02']],
  ['faststart.mp4', 'mp4', ['Location (51.632, \u22121.123)', 'Recorded 1 March 2024, 14:02']],
  ['phone.3gp', 'mp4', ['Location (51.632, \u22121.123)']],
  ['iphone.mov', 'mov', ['Location (51.632, \u22121.123)', 'Phone: Apple iPhone 12', 'Software: 17.1',
    'Recorded 1 March 2024, 14:02', 'Live Photo identifier']],
  ['tracks.mp4', 'mp4', ['Timecode track (time of recording)', 'Text or subtitle track', 'Chapter titles']],
  ['timecode.mov', 'mov', ['Timecode track (time of recording)']],
  ...FRAGMENTED.map(([name]): [string, string, string[]] =>
    [name, 'mp4', ['Location (51.632, \u22121.123)', 'Recorded 1 March 2024, 14:02']]),
]; // prettier-ignore

describe('videos made with ffmpeg and exiftool', () => {
  it.each(CASES)('%s: cleaned, streams unchanged, nothing left', async (name, format, lines) => {
    const input = clip(name);
    expect(videoLeaks(input).length).toBeGreaterThan(0); // the fixture really is dirty
    const { result, output } = await cleanPath(input, out);
    expect(result).toMatchObject({ ok: true, format });
    if (!result.ok || !output) return;
    expect(result.removed.map((l) => l.text)).toEqual(expect.arrayContaining(lines));
    expect(readFileSync(output).length).toBe(result.outputSize);
    expect(videoLeaks(output)).toEqual([]);
    expect(streamHash(output)).toBe(streamHash(input));
    expect(duration(output)).toBeCloseTo(duration(input), 2);
    expect(decodeErrors(output)).toBe('');
  });

  it('keeps a fast-start file fast-start, with chunk offsets moved by what was removed', async () => {
    const { result, output } = await cleanPath(clip('faststart.mp4'), out);
    expect(result.ok).toBe(true);
    const bytes = readFileSync(output!);
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'));
    expect(bytes.length).toBeLessThan(readFileSync(clip('faststart.mp4')).length);
  });

  it('removes timed text, chapter and timecode tracks with their samples and references', async () => {
    const input = readFileSync(clip('tracks.mp4'));
    expect(input.includes('Acacia Avenue')).toBe(true);
    expect(input.includes('Home bedroom')).toBe(true);
    const { output } = await cleanPath(clip('tracks.mp4'), out);
    const bytes = readFileSync(output!);
    // Sample bytes are zeroed, not just unreferenced: the words are gone from the file.
    expect(bytes.includes('Acacia Avenue')).toBe(false);
    expect(bytes.includes('Home bedroom')).toBe(false);
    // No 'chap'/'tmcd' track reference survives pointing at a removed track.
    expect(bytes.includes('chap')).toBe(false);
    expect(bytes.includes('tmcd')).toBe(false);
  });

  it('blanks a vendor box between fragments in place, keeping every fragment where it was', async () => {
    const input = readFileSync(clip('fragmented-moof-base.mp4'));
    const second = input.indexOf('moof', input.indexOf('moof') + 4) - 4;
    const payload = Buffer.from('\u0000'.repeat(16) + 'lat=51.632 lon=-1.123 serial=XYZ123');
    const vendor = Buffer.alloc(8 + payload.length);
    vendor.writeUInt32BE(vendor.length, 0);
    vendor.write('uuid', 4, 'latin1');
    payload.copy(vendor, 8);
    const path = clip('fragmented-vendor.mp4');
    writeFileSync(path, Buffer.concat([input.subarray(0, second), vendor, input.subarray(second)]));
    const { result, output } = await cleanPath(path, out);
    expect(result.ok).toBe(true);
    const bytes = readFileSync(output!);
    expect(bytes.includes('serial=XYZ123')).toBe(false);
    expect(streamHash(output!)).toBe(streamHash(clip('fragmented-moof-base.mp4')));
    expect(decodeErrors(output!)).toBe('');
  });

  it('refuses a fragmented MP4 with a timed-metadata track, with a reason, writing nothing', async () => {
    const { result, output } = await cleanPath(clip('fragmented-timecode.mp4'), out);
    expect(result).toMatchObject({ ok: false, format: 'mp4', code: 'unsupported_variant' });
    if (!result.ok) expect(result.detail).toMatch(/fragmented/);
    expect(output).toBeNull();
  });
});
