/**
 * The verification pass: the planned output is walked again as a ByteSource, independently of
 * the code that built it, and refused unless it holds only what the allow-list keeps.
 *
 *   top level   ftyp? moov mdat*   (fragmented: also moof sidx ssix styp, and zeroed free)
 *   moof        mfhd traf(tfhd tfdt trun sbgp sgpd subs saiz); anything else zeroed 'free'
 *   moov tree   no udta / meta / uuid / free anywhere; mvhd, tkhd, mdhd times all zero;
 *               only 'vide' and 'soun' tracks; every chunk inside an mdat
 *   samples     the first and last chunk of every track hold the same bytes as in the input
 */
import { u32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import type { ByteSource } from '../../../source.ts';
import { readBoxHeader, readChildren, readFullBox, type BoxHeader } from '../boxes.ts';
import { MAX_MOOV_BYTES, readTopLevel, readWholeBox } from './top-level.ts';
import { inspectTrack, type TrackInfo } from './tracks.ts';

const ALLOWED_TOP = new Set(['ftyp', 'moov', 'mdat']);
const FRAGMENTED_TOP = new Set([...ALLOWED_TOP, 'moof', 'sidx', 'ssix', 'styp', 'free']);
const IN_MOOF = new Set(['mfhd', 'traf', 'free']);
const IN_TRAF = new Set(['tfhd', 'tfdt', 'trun', 'sbgp', 'sgpd', 'subs', 'saiz', 'free']);
const ZERO_CHECK_BYTES = 1024 * 1024;
const FORBIDDEN = new Set(['udta', 'meta', 'uuid', 'free', 'skip', 'wide', 'keys', 'ilst']);
const CONTAINERS = new Set([
  'moov',
  'trak',
  'mdia',
  'minf',
  'stbl',
  'dinf',
  'edts',
  'tref',
  'mvex',
]);
const DATED = new Set(['mvhd', 'tkhd', 'mdhd']);
const SPOT_BYTES = 16;

export async function verifyVideo(
  output: ByteSource,
  input: ByteSource,
  inputTracks: readonly TrackInfo[],
  fragmented: boolean,
): Promise<void> {
  const top = await readTopLevel(output);
  const allowed = fragmented ? FRAGMENTED_TOP : ALLOWED_TOP;
  const bad = top.find((box) => !allowed.has(box.type));
  if (bad) fail('verification_failed', 'the cleaned video still holds an unexpected box');
  for (const box of top) {
    if (box.type === 'free') await checkZeros(output, box.contentStart, box.end);
    if (box.type === 'moof') checkMoof(await readWholeBox(output, box, MAX_MOOV_BYTES));
  }
  const moovs = top.filter((box) => box.type === 'moov');
  if (moovs.length !== 1) fail('verification_failed', 'the cleaned video has no single moov');
  const b = await readWholeBox(output, moovs[0]!, MAX_MOOV_BYTES);
  const moov = readBoxHeader(b, 0, b.length);
  checkTree(b, moov, 0);
  const tracks = readChildren(b, moov.contentStart, moov.end)
    .filter((c) => c.type === 'trak')
    .map((trak) => inspectTrack(b, trak));
  const kept = inputTracks.filter((t) => t.keep);
  if (tracks.length !== kept.length || tracks.some((t) => !t.keep)) {
    fail('verification_failed', 'the cleaned video still holds a metadata track');
  }
  const mdats = top.filter((box) => box.type === 'mdat');
  for (let i = 0; i < tracks.length; i++) {
    await checkSamples(output, input, tracks[i]!, kept[i]!, mdats);
  }
}

/** Blanked boxes must hold nothing but zeros (read a megabyte at a time). */
async function checkZeros(output: ByteSource, start: number, end: number): Promise<void> {
  for (let at = start; at < end; at += ZERO_CHECK_BYTES) {
    const part = await output.read(at, Math.min(ZERO_CHECK_BYTES, end - at));
    if (part.some((x) => x !== 0)) fail('verification_failed', 'a blanked box still holds data');
  }
}

function checkMoof(b: Uint8Array): void {
  const moof = readBoxHeader(b, 0, b.length);
  const check = (box: BoxHeader, allowed: ReadonlySet<string>) => {
    for (const c of readChildren(b, box.contentStart, box.end)) {
      if (!allowed.has(c.type)) fail('verification_failed', 'a movie fragment holds metadata');
      if (c.type === 'free' && b.subarray(c.contentStart, c.end).some((x) => x !== 0)) {
        fail('verification_failed', 'a blanked box still holds data');
      }
      if (c.type === 'traf') check(c, IN_TRAF);
    }
  };
  check(moof, IN_MOOF);
}

function checkTree(b: Uint8Array, box: BoxHeader, depth: number): void {
  if (depth > 8) fail('verification_failed', 'the cleaned movie header nests too deep');
  for (const c of readChildren(b, box.contentStart, box.end)) {
    if (FORBIDDEN.has(c.type)) fail('verification_failed', 'metadata is still in the movie header');
    if (DATED.has(c.type)) {
      const { version, bodyStart } = readFullBox(b, c);
      const width = version === 1 ? 8 : 4;
      for (let at = bodyStart; at < bodyStart + 2 * width; at += 4) {
        if (u32be(b, at) !== 0) fail('verification_failed', 'a date is still in the video');
      }
    }
    if (CONTAINERS.has(c.type)) checkTree(b, c, depth + 1);
  }
}

async function checkSamples(
  output: ByteSource,
  input: ByteSource,
  after: TrackInfo,
  before: TrackInfo,
  mdats: readonly BoxHeader[],
): Promise<void> {
  const newOffsets = after.chunks?.offsets ?? new Float64Array(0);
  const oldOffsets = before.chunks?.offsets ?? new Float64Array(0);
  if (newOffsets.length !== oldOffsets.length) {
    fail('verification_failed', 'a track lost chunks');
  }
  for (let i = 0; i < newOffsets.length; i++) {
    const at = newOffsets[i]!;
    const length = after.lengths?.[i] ?? 0;
    if (!mdats.some((m) => at >= m.contentStart && at + length <= m.end)) {
      fail('verification_failed', 'a chunk points outside the media data');
    }
  }
  for (const i of new Set([0, newOffsets.length - 1])) {
    if (i < 0 || i >= newOffsets.length) continue;
    const length = Math.min(SPOT_BYTES, after.lengths?.[i] ?? 0, input.size - oldOffsets[i]!);
    if (length <= 0) continue;
    const got = await output.read(newOffsets[i]!, length);
    const want = await input.read(oldOffsets[i]!, length);
    if (got.some((x, k) => x !== want[k])) {
      fail('verification_failed', 'the video or audio data moved');
    }
  }
}
