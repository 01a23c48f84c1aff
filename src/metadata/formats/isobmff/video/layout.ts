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

export interface Layout {
  readonly plan: OutputPlan;
  readonly moov: Uint8Array;
  /** Where each kept top-level box starts in the output. */
  readonly placed: ReadonlyArray<{ box: TopBox; newStart: number }>;
  readonly zeroed: number;
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
  const zeros = removedRanges(
    tracks,
    mdats.map((p) => p.box),
  );
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
  return { plan, moov, placed, zeroed };
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
  if (ranges.length === 0) return ranges;
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [ranges[0]!];
  for (const range of ranges.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  checkNoOverlap(merged, tracks);
  return merged;
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
