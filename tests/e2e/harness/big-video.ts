/**
 * A 2 GB video for the browsers, made cheaply: a real phone-like clip whose mdat is grown with
 * a sparse hole, so the disk holds a few kilobytes. The test page sends back only the first
 * and last megabyte of what it got; with the hole (zeros) in between they rebuild the cleaned
 * file exactly, as a sparse file the independent judges (exiftool, ffmpeg) can read.
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tools.ts';
import { CLIP_CODECS, CLIP_INPUTS, ffmpeg, growSparse } from '../../unit/video/video-tools.ts';

export const HOLE = 2 * 1024 * 1024 * 1024;
/** How much of each end the page sends back (the clip's samples and its moov fit in it). */
export const END_BYTES = 1024 * 1024;

export async function makeBigVideo(): Promise<{ path: string; size: number }> {
  const dir = tempDir('veil-e2e-big-');
  const small = join(dir, 'small.mp4');
  ffmpeg([
    ...CLIP_INPUTS,
    ...CLIP_CODECS,
    '-metadata', 'location=+51.5072-000.1276/',
    '-metadata', 'creation_time=2024-03-01T14:02:33Z',
    '-movflags', '+use_metadata_tags',
    small,
  ]); // prettier-ignore
  const path = join(dir, 'VID_20240301_140233.mp4');
  return { path, size: await growSparse(small, path, HOLE) };
}

/** The cleaned file rebuilt from its two ends, zeros between (the hole was never written). */
export async function rebuild(head: Uint8Array, tail: Uint8Array, size: number): Promise<string> {
  const path = join(tempDir('veil-e2e-big-out-'), 'received.mp4');
  const file = await open(path, 'w');
  await file.truncate(size);
  await file.write(head, 0, head.length, 0);
  await file.write(tail, 0, tail.length, size - tail.length);
  await file.close();
  return path;
}

/** A page that reports what its `change` handler got, sending back only the file's two ends. */
export const BIG_VIDEO_PAGE = `<input type="file" id="input">
  <script>document.getElementById('input').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    await log('got:' + file.size + ':' + file.type + ':' + file.name);
    const fd = new FormData();
    fd.append('head', file.slice(0, ${END_BYTES}), 'head.bin');
    fd.append('tail', file.slice(file.size - ${END_BYTES}), 'tail.bin');
    await fetch('/upload?case=' + CASE, { method: 'POST', body: fd });
  });</script>`;
