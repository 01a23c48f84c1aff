/**
 * JPEG fixtures made at test time (ImageMagick, exiftool, ffmpeg into a temporary folder) and
 * byte-level builders for hostile inputs. Nothing here is copied from the corpus.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { stripImage } from '../../src/metadata/clean.ts';
import type { StripSuccess } from '../../src/metadata/types.ts';
import {
  exiftool,
  exiftoolOrientation,
  identifyingTags,
  pixelHashes,
  writeTemp,
  type ExifToolTags,
} from './tools.ts';

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** A small real JPEG made by ImageMagick from its built-in `rose:` image. */
export function makeJpeg(dir: string, name: string, convertArgs: string[] = []): string {
  const path = join(dir, name);
  execFileSync('convert', ['rose:', ...convertArgs, path], { stdio: 'ignore' });
  return path;
}

/** Writes tags in place with exiftool (`-overwrite_original`). */
export function exiftoolWrite(path: string, args: string[]): void {
  execFileSync('exiftool', ['-q', '-q', '-overwrite_original', ...args, path], {
    stdio: 'ignore',
  });
}

/** A half-second MP4 (ffmpeg test pattern), like the video of a motion photo. */
export function makeMp4(dir: string): Uint8Array {
  const path = join(dir, 'motion.mp4');
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '0.5'].concat([
      '-pix_fmt',
      'yuv420p',
      path,
    ]),
    { stdio: 'ignore' },
  );
  return readBytes(path);
}

/** A baseline JPEG with DRI and RST markers: ffmpeg's encoder restarts at every slice. */
export function makeRestartJpeg(dir: string): string {
  const path = join(dir, 'restart.jpg');
  execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=160x120:rate=1',
      '-frames:v',
      '1',
    ].concat(['-threads', '4', '-slices', '4', '-pix_fmt', 'yuvj420p', path]),
    { stdio: 'ignore' },
  );
  return path;
}

/** `exiftool -j -a -u -G1 -ee` over many files in one process (one Perl start-up, not many). */
export function exiftoolMany(paths: readonly string[]): Map<string, ExifToolTags> {
  const out = new Map<string, ExifToolTags>();
  if (paths.length === 0) return out;
  const json = execFileSync(
    'exiftool',
    ['-j', '-a', '-u', '-G1', '-ee', '-api', 'LargeFileSupport=1', ...paths],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  for (const tags of JSON.parse(json) as ExifToolTags[]) out.set(String(tags.SourceFile), tags);
  return out;
}

/** Orientation (numeric) and the ICC profile (base64 of the reassembled bytes) per file. */
export function orientationAndIcc(
  paths: readonly string[],
): Map<string, { orientation: number; icc: string | null }> {
  const out = new Map<string, { orientation: number; icc: string | null }>();
  if (paths.length === 0) return out;
  const json = execFileSync(
    'exiftool',
    ['-j', '-n', '-b', '-Orientation', '-ICC_Profile', ...paths],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  for (const tags of JSON.parse(json) as Record<string, unknown>[]) {
    const icc = tags.ICC_Profile;
    out.set(String(tags.SourceFile), {
      orientation: typeof tags.Orientation === 'number' ? tags.Orientation : 1,
      icc: typeof icc === 'string' ? icc : null,
    });
  }
  return out;
}

/** The reassembled ICC profile as exiftool extracts it, or an empty buffer. */
export function exiftoolIcc(path: string): Buffer {
  return execFileSync('exiftool', ['-b', '-ICC_Profile', path], {
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(text, 0, 'latin1');
}

export function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** One marker segment: FF marker | length | body. */
export function segment(marker: number, body: Uint8Array | string): Uint8Array {
  const data = typeof body === 'string' ? bytesOf(body) : body;
  const out = new Uint8Array(4 + data.length);
  out.set([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff]);
  out.set(data, 4);
  return out;
}

export function join8(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

/** `jpeg` with `inserted` placed right after its SOI. */
export function insertAfterSoi(jpeg: Uint8Array, inserted: readonly Uint8Array[]): Uint8Array {
  return join8([jpeg.subarray(0, 2), ...inserted, jpeg.subarray(2)]);
}

/** Top-level segments (marker, start, end) up to the first SOS, as a quick independent walk. */
export function headerSegments(jpeg: Uint8Array): { marker: number; start: number; end: number }[] {
  const out: { marker: number; start: number; end: number }[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    const end = at + 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
    out.push({ marker, start: at, end });
    if (marker === 0xda) break;
    at = end;
  }
  return out;
}

/** An ICC-shaped profile of `size` bytes with a 'desc' tag, for chunking tests. */
export function makeIccProfile(size: number, description: string): Uint8Array {
  const profile = new Uint8Array(size);
  const view = new DataView(profile.buffer);
  view.setUint32(0, size);
  profile.set(bytesOf('acsp'), 36);
  view.setUint32(128, 1); // one tag
  profile.set(bytesOf('desc'), 132);
  view.setUint32(136, 144); // offset
  view.setUint32(140, 12 + description.length + 1); // size
  profile.set(bytesOf('desc'), 144);
  view.setUint32(152, description.length + 1);
  profile.set(bytesOf(description), 156);
  for (let i = 256; i < size; i++) profile[i] = (i * 7) & 0xff;
  return profile;
}

/** APP2 ICC segments for `profile`, split into `chunkSize` pieces and numbered 1..n. */
export function iccChunks(profile: Uint8Array, chunkSize: number): Uint8Array[] {
  const count = Math.ceil(profile.length / chunkSize);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const data = profile.subarray(i * chunkSize, (i + 1) * chunkSize);
    out.push(segment(0xe2, join8([bytesOf('ICC_PROFILE\0'), Uint8Array.of(i + 1, count), data])));
  }
  return out;
}

export interface Judged {
  result: StripSuccess;
  inputPath: string;
  outputPath: string;
}

/**
 * Cleans `input` through the real pipeline (sniff, strip, verify) and asks the independent
 * judges: exiftool finds nothing identifying, ImageMagick decodes the same pixels, the
 * orientation and the ICC profile are unchanged.
 */
export function cleanAndJudge(input: Uint8Array, dir: string, name: string): Judged {
  const outcome = stripImage(input);
  if (!outcome.ok) throw new Error(`${name} was refused: ${outcome.code} ${outcome.detail}`);
  expect(outcome.handler.id).toBe('jpeg');
  const { result } = outcome;
  const inputPath = writeTemp(input, `in-${name}`, dir);
  const outputPath = writeTemp(result.output, `out-${name}`, dir);
  expect(identifyingTags(exiftool(outputPath)), name).toEqual([]);
  expect(pixelHashes(outputPath), name).toEqual(pixelHashes(inputPath));
  expect(exiftoolOrientation(outputPath), name).toBe(exiftoolOrientation(inputPath));
  expect(exiftoolIcc(outputPath).equals(exiftoolIcc(inputPath)), name).toBe(true);
  return { result, inputPath, outputPath };
}

export function kinds(result: StripSuccess): string[] {
  return result.removed.map((part) => part.kind);
}
