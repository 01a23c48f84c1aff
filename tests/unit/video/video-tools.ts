/**
 * Helpers for the video tests: clips made with ffmpeg and exiftool into temporary folders, the
 * cleaner run through a file-handle ByteSource, and the independent judges (exiftool -ee for
 * metadata, ffmpeg stream hashes and decoding for the streams).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeU32be } from '../../../src/metadata/bytes.ts';
import { cleanFile, type FileCleanResult } from '../../../src/metadata/clean-file.ts';
import { fileHandleSource, writePlan } from '../../../src/cli/file-source.ts';
import { exiftool, type ExifToolTags } from '../../helpers/tools.ts';

export function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-nostdin', ...args], { stdio: 'pipe' });
}

export function exiftoolWrite(path: string, args: string[]): void {
  execFileSync('exiftool', ['-q', '-q', '-overwrite_original', ...args, path], { stdio: 'pipe' });
}

/** Two seconds of 160x120 test picture and (optionally) a tone: small and quick to make. */
export const CLIP_INPUTS = [
  '-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=15:duration=2',
  '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2',
]; // prettier-ignore
export const CLIP_CODECS = [
  '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p',
  '-c:a', 'aac', '-b:a', '32k',
]; // prettier-ignore

/**
 * A huge video made cheaply: `small` (ftyp, mdat, then moov, as ffmpeg writes it without
 * fast-start) copied to `path` with its mdat grown by a sparse `hole` that is never written, so
 * samples keep their offsets and the disk holds a few kilobytes. Returns the new size.
 */
export async function growSparse(small: string, path: string, hole: number): Promise<number> {
  const bytes = new Uint8Array(await readFile(small));
  const text = Buffer.from(bytes).toString('latin1');
  const mdat = text.indexOf('mdat') - 4;
  const moov = text.indexOf('moov') - 4;
  if (mdat <= 0 || moov <= mdat) throw new Error('expected ftyp, mdat, then moov');
  const head = bytes.slice(0, moov);
  writeU32be(head, mdat, moov - mdat + hole);
  const file = await open(path, 'w');
  await file.write(head, 0, head.length, 0);
  await file.truncate(moov + hole);
  await file.write(bytes.subarray(moov), 0, bytes.length - moov, moov + hole);
  await file.close();
  return bytes.length + hole;
}

export interface Cleaned {
  result: FileCleanResult;
  output: string | null;
  bytesRead: number;
}

/** Cleans `path` through a file handle, as the CLI does, and writes the plan beside `outDir`. */
export async function cleanPath(path: string, outDir: string): Promise<Cleaned> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const inner = fileHandleSource(handle, size);
    let bytesRead = 0;
    const source = {
      size,
      read: (offset: number, length: number) => {
        bytesRead += length;
        return inner.read(offset, length);
      },
    };
    const result = await cleanFile(source);
    if (!result.ok) return { result, output: null, bytesRead };
    const output = join(outDir, basename(path));
    await writePlan(output, result.plan, inner);
    return { result, output, bytesRead };
  } finally {
    await handle.close();
  }
}

/** A hash per audio/video packet stream (attached cover pictures excluded: they are metadata). */
export function streamHash(path: string): string {
  return execFileSync(
    'ffmpeg',
    ['-v', 'error', '-nostdin', '-i', path, '-map', '0:V?', '-map', '0:a?', '-c', 'copy', '-f', 'streamhash', '-'],
    { encoding: 'utf8' },
  ); // prettier-ignore
}

export function duration(path: string): number {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

/** ffmpeg's complaints when decoding every frame of the file (empty means it played cleanly). */
export function decodeErrors(path: string): string {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-nostdin', '-i', path, '-f', 'null', '-'], {
    encoding: 'utf8',
  });
  return run.status === 0 ? run.stderr.trim() : `exit ${run.status}: ${run.stderr}`;
}

const ZERO_DATE = /^0000:00:00 00:00:00/;
const STRUCTURE_GROUPS = /^(QuickTime|Track\d+|Composite|System|File|ExifTool)$/;
const IDENTIFYING =
  /GPS|Make$|Model|Software|Identifier|Serial|Location|Author|Artist|Comment|Title|Encoder|Firmware|Lens|Face|Coordinates|Android|Copyright|Creator|XMP|Keys|(^|Handler)Description$|(^|Compressor|Handler)Name$|Timecode|Text/;

/** Tags exiftool -ee still finds that locate, date, name or identify (empty means clean). */
export function videoLeaks(path: string): string[] {
  return videoLeakTags(exiftool(path));
}

/** The same judgement over tags already read (the fuzzer runs exiftool once per batch). */
export function videoLeakTags(tags: ExifToolTags): string[] {
  const leaks: string[] = [];
  for (const [key, value] of Object.entries(tags)) {
    if (key === 'SourceFile') continue;
    const [group = '', name = ''] = key.split(':', 2);
    if (group === 'System' || group === 'ExifTool' || group === 'File') continue;
    if (!STRUCTURE_GROUPS.test(group)) leaks.push(key);
    else if (/Date|Time$/.test(name) && /^\d{4}:/.test(String(value))) {
      if (!ZERO_DATE.test(String(value))) leaks.push(`${key}=${String(value)}`);
    } else if (IDENTIFYING.test(name)) leaks.push(key);
  }
  return leaks;
}
