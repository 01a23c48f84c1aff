/**
 * The output file as a plan: kept top-level boxes in their original order (so a fast-start
 * file stays fast-start), the rebuilt moov in place of the old one, and mdat copied as source
 * slices with the samples of removed tracks replaced by zeros.
 *
 *   in:   ftyp | free | mdat[ v a m v a m ] | moov            (m = a removed track's samples)
 *   out:  ftyp |        mdat[ v a 0 v a 0 ] | moov'           chunk offsets shifted by -|free|
 *
 * Zeroing (not cutting) the removed samples keeps every kept chunk where its neighbours are,
 * so only whole-box shifts need rewriting in stco/co64 (ISO/IEC 14496-12 §8.7.5).
 */
import { writeU32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import { pushSource, pushZeros, type OutputPlan } from '../../../source.ts';
import type { Replacement } from './fragments.ts';
import { fillSlot, serialize, type OutNode } from './moov-tree.ts';
import type { TopBox } from './top-level.ts';
import type { TrackInfo } from './tracks.ts';

/** See unreferencedRanges. */
const MAX_BLANKED_GAP_BYTES = 16 * 1024 * 1024;

export interface Layout {
  readonly plan: OutputPlan;
  readonly moov: Uint8Array;
  /** Where each kept top-level box starts in the output. */
  readonly placed: ReadonlyArray<{ box: TopBox; newStart: number }>;
  readonly zeroed: number;
  /** Bytes inside mdat that no kept or removed track referenced, now zeros. */
  readonly unreferenced: number;
}

export function layOut(
  top: readonly TopBox[],
  keep: ReadonlySet<TopBox>,
  moovBox: TopBox,
  root: OutNode,
  tracks: readonly TrackInfo[],
  replacements: ReadonlyMap<TopBox, Replacement> = new Map(),
): Layout {
  const { bytes: moov, slots } = serialize(root);
  const placed: Array<{ box: TopBox; newStart: number }> = [];
  let at = 0;
  for (const box of top) {
    if (!keep.has(box)) continue;
    placed.push({ box, newStart: at });
    at += box === moovBox ? moov.length : box.end - box.start;
  }
  const mdats = placed.filter((p) => p.box.type === 'mdat');
  const map = (old: number): number => {
    const hit = mdats.find((p) => old >= p.box.contentStart && old <= p.box.end);
    if (!hit) fail('malformed', 'a chunk offset points outside the media data');
    return hit.newStart + (old - hit.box.start);
  };
  for (const slot of slots) fillSlot(moov, slot, map);
  const removedZeros = removedRanges(
    tracks,
    mdats.map((p) => p.box),
  );
  // Fragmented files reference their samples from moof boxes, which this layout does not read;
  // there only the removed tracks' samples are blanked.
  const unused =
    replacements.size === 0
      ? unreferencedRanges(
          tracks,
          mdats.map((p) => p.box),
        )
      : null;
  const zeros = unused ? mergeRanges([...removedZeros, ...unused]) : removedZeros;
  let unreferenced = 0;
  if (unused) for (const [start, end] of unused) unreferenced += end - start;
  const plan: OutputPlan = [];
  let zeroed = 0;
  for (const { box } of placed) {
    if (box === moovBox) {
      plan.push({ from: 'bytes', data: moov });
      continue;
    }
    const replacement = replacements.get(box);
    if (replacement?.kind === 'bytes') {
      plan.push({ from: 'bytes', data: replacement.data });
      continue;
    }
    if (replacement?.kind === 'free') {
      const header = freeHeader(box.end - box.start);
      plan.push({ from: 'bytes', data: header });
      pushZeros(plan, box.end - box.start - header.length);
      continue;
    }
    let cursor = box.start;
    for (const [start, end] of zeros) {
      if (end <= box.start || start >= box.end) continue;
      pushSource(plan, cursor, start - cursor);
      pushZeros(plan, end - start);
      zeroed += end - start;
      cursor = end;
    }
    pushSource(plan, cursor, box.end - cursor);
  }
  return { plan, moov, placed, zeroed, unreferenced };
}

/** A 'free' box header for a blanked box of `size` bytes (largesize form above 4 GB). */
function freeHeader(size: number): Uint8Array {
  if (size <= 0xffffffff) {
    const header = new Uint8Array(8);
    writeU32be(header, 0, size);
    header.set([0x66, 0x72, 0x65, 0x65], 4);
    return header;
  }
  const header = new Uint8Array(16);
  header.set([0, 0, 0, 1, 0x66, 0x72, 0x65, 0x65]); // size 1 -> largesize follows; 'free'
  writeU32be(header, 8, Math.floor(size / 0x100000000));
  writeU32be(header, 12, size % 0x100000000);
  return header;
}

/**
 * Byte ranges of removed tracks' samples, sorted and merged. Each must lie inside an mdat and
 * must not overlap a kept track's chunk: zeroing must never touch the kept streams.
 */
function removedRanges(
  tracks: readonly TrackInfo[],
  mdats: readonly TopBox[],
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const track of tracks) {
    if (track.keep || !track.chunks || !track.lengths) continue;
    track.chunks.offsets.forEach((offset, i) => {
      const end = offset + track.lengths![i]!;
      if (end === offset) return;
      if (!mdats.some((m) => offset >= m.contentStart && end <= m.end)) {
        fail('malformed', 'a metadata track points outside the media data');
      }
      ranges.push([offset, end]);
    });
  }
  const merged = mergeRanges(ranges);
  checkNoOverlap(merged, tracks);
  return merged;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length === 0) return [];
  const sorted = ranges.map((r): [number, number] => [r[0], r[1]]).sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [sorted[0]!];
  for (const range of sorted.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * Bytes inside mdat that no track's chunk covers: left-overs of edits, or data that a removed
 * moov/meta or udta entry pointed at (Sony cameras keep an XML block with the serial number in
 * mdat, referenced from moov/meta). Nothing plays them, so they are blanked. Returns null when
 * a kept track's chunk sizes are only a lower bound (QuickTime uncompressed sound): then the
 * gaps cannot be told apart from sound, and only removed tracks' samples are blanked. Gaps
 * adding up to more than MAX_BLANKED_GAP_BYTES are left as they are: a browser would have to
 * hold the zeros in the cleaned Blob, and real recordings leave at most a few kilobytes unused.
 */
function unreferencedRanges(
  tracks: readonly TrackInfo[],
  mdats: readonly TopBox[],
): Array<[number, number]> | null {
  const used: Array<[number, number]> = [];
  for (const track of tracks) {
    if (!track.chunks || !track.lengths) {
      if (track.keep) return null;
      continue;
    }
    if (track.keep && track.minimal) return null;
    track.chunks.offsets.forEach((offset, i) => used.push([offset, offset + track.lengths![i]!]));
  }
  const covered = mergeRanges(used);
  const gaps: Array<[number, number]> = [];
  let total = 0;
  for (const mdat of mdats) {
    let cursor = mdat.contentStart;
    for (const [start, end] of covered) {
      if (end <= cursor || start >= mdat.end) continue;
      if (start > cursor) gaps.push([cursor, start]);
      cursor = Math.max(cursor, end);
    }
    if (cursor < mdat.end) gaps.push([cursor, mdat.end]);
  }
  for (const [start, end] of gaps) total += end - start;
  return total <= MAX_BLANKED_GAP_BYTES ? gaps : null;
}

function checkNoOverlap(
  zeros: ReadonlyArray<[number, number]>,
  tracks: readonly TrackInfo[],
): void {
  const starts = zeros.map((z) => z[0]);
  const overlaps = (start: number, end: number): boolean => {
    // The last zero range starting before `end` is the only one that can reach into it.
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && zeros[found]![1] > start;
  };
  for (const track of tracks) {
    if (!track.keep || !track.chunks || !track.lengths) continue;
    const { offsets } = track.chunks;
    for (let i = 0; i < offsets.length; i++) {
      const start = offsets[i]!;
      const length = track.lengths[i]!;
      // Where sizes are a lower bound, at least the chunk's first byte must survive.
      const end = start + (track.minimal ? Math.max(length, 1) : length);
      if (end > start && overlaps(start, end)) {
        fail('malformed', 'a metadata track shares bytes with the video or audio');
      }
    }
  }
}
