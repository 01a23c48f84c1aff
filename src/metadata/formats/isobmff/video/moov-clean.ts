/**
 * Rebuilds moov from an allow-list of boxes per container; whatever is not listed is dropped
 * and named in the receipt. The sample data in mdat is not touched here.
 *
 *   moov  mvhd* trak iods ctab mvex            (* creation/modification times zeroed)
 *   trak  tkhd* edts tref(filtered) mdia tapt
 *   mdia  mdhd* hdlr(name blanked) minf elng
 *   minf  vmhd smhd hmhd nmhd sthd gmhd hdlr(name blanked) dinf(dref self-contained) stbl
 *   stbl  stsd(compressor name blanked) stts ctts cslg stss stps sdtp stsc stsz stz2 sgpd sbgp
 *         subs stsh padb stdp  +  stco/co64 rebuilt once the output layout is known
 *
 * Dropped everywhere: udta, meta (keys/ilst), uuid (XMP and vendor), free/skip/wide, vendor
 * atoms. (ISO/IEC 14496-12 §8; QuickTime File Format, "Movie Atoms").
 */
import { fail } from '../../../errors.ts';
import { readChildren, type BoxHeader } from '../boxes.ts';
import { describeMeta, describeUdta, describeUuid, type VideoReceipt } from './describe.ts';
import { blankHandlerName, cleanDref, cleanStsd, filterTref, zeroDates } from './box-cleaners.ts';
import type { OutNode } from './moov-tree.ts';
import { readChunkOffsets } from './sample-table.ts';
import { inspectTrack, type TrackInfo } from './tracks.ts';

export interface CleanedMoov {
  readonly root: OutNode;
  readonly tracks: readonly TrackInfo[];
  /** True when moov holds 'mvex': the samples live in movie fragments (§8.8). */
  readonly fragmented: boolean;
}

const MAX_CHILDREN = 4096;
const KEEP_RAW: Record<string, ReadonlySet<string>> = {
  moov: new Set(['iods', 'ctab']),
  trak: new Set(['edts', 'tapt']),
  mdia: new Set(['elng']),
  minf: new Set(['vmhd', 'smhd', 'hmhd', 'nmhd', 'sthd', 'gmhd']),
  stbl: new Set(
    'stts ctts cslg stss stps sdtp stsc stsz stz2 sgpd sbgp subs stsh padb stdp'.split(' '),
  ),
  mvex: new Set(['mehd', 'trex', 'leva', 'trep']),
};
/** Boxes that mean the movie's samples are elsewhere or hidden: refused, not guessed at. */
const REFUSED: Record<string, string> = {
  cmov: 'compressed movie headers cannot be cleaned',
  rmra: 'reference movies (pointing to other files) cannot be cleaned',
};

export function cleanMoov(b: Uint8Array, moov: BoxHeader, receipt: VideoReceipt): CleanedMoov {
  const children = readChildren(b, moov.contentStart, moov.end, MAX_CHILDREN);
  const traks = children.filter((c) => c.type === 'trak');
  const tracks = traks.map((trak) => inspectTrack(b, trak));
  if (!tracks.some((t) => t.keep)) {
    fail('unsupported_variant', 'the file has no video or audio track to keep');
  }
  const removedIds = new Set(tracks.filter((t) => !t.keep).map((t) => t.id));
  const chapterIds = chapterTracks(b, tracks);
  const out: OutNode[] = [];
  let fragmented = false;
  for (const box of children) {
    if (REFUSED[box.type]) fail('unsupported_variant', REFUSED[box.type]!);
    if (box.type === 'mvhd') out.push(zeroDates(b, box, receipt));
    else if (box.type === 'trak') {
      const track = tracks[traks.indexOf(box)]!;
      if (track.keep) out.push(cleanContainer(b, box, receipt, removedIds));
      else {
        const label = chapterIds.has(track.id) ? 'chapters' : track.label;
        receipt.parts.add('timed_metadata', box.end - box.start, label);
      }
    } else if (box.type === 'mvex') {
      fragmented = true;
      out.push(cleanContainer(b, box, receipt, removedIds));
    } else if (KEEP_RAW.moov!.has(box.type)) out.push(raw(b, box));
    else drop(b, box, receipt);
  }
  return { root: { kind: 'box', type: 'moov', children: out }, tracks, fragmented };
}

function cleanContainer(
  b: Uint8Array,
  box: BoxHeader,
  receipt: VideoReceipt,
  removedIds: ReadonlySet<number>,
): OutNode {
  const out: OutNode[] = [];
  for (const c of readChildren(b, box.contentStart, box.end, MAX_CHILDREN)) {
    const node = cleanChild(b, box.type, c, receipt, removedIds);
    if (node) out.push(node);
  }
  return { kind: 'box', type: box.type, children: out };
}

function cleanChild(
  b: Uint8Array,
  parent: string,
  c: BoxHeader,
  receipt: VideoReceipt,
  removedIds: ReadonlySet<number>,
): OutNode | null {
  const t = c.type;
  if (KEEP_RAW[parent]?.has(t)) return raw(b, c);
  if (parent === 'trak') {
    if (t === 'tkhd') return zeroDates(b, c, receipt);
    if (t === 'tref') return filterTref(b, c, removedIds);
    if (t === 'mdia') return cleanContainer(b, c, receipt, removedIds);
  } else if (parent === 'mdia') {
    if (t === 'mdhd') return zeroDates(b, c, receipt);
    if (t === 'hdlr') return blankHandlerName(b, c);
    if (t === 'minf') return cleanContainer(b, c, receipt, removedIds);
  } else if (parent === 'minf') {
    if (t === 'hdlr') return blankHandlerName(b, c);
    if (t === 'dinf') return cleanContainer(b, c, receipt, removedIds);
    if (t === 'stbl') return cleanContainer(b, c, receipt, removedIds);
  } else if (parent === 'dinf') {
    if (t === 'dref') return cleanDref(b, c);
  } else if (parent === 'stbl') {
    if (t === 'stsd') return cleanStsd(b, c);
    // Copied as read; the values are rewritten once the output layout is known (layout.ts).
    if (t === 'stco' || t === 'co64') return { kind: 'offsets', table: readChunkOffsets(b, c) };
  }
  drop(b, c, receipt);
  return null;
}

/** Tracks that kept tracks name as their chapter list ('chap' references, QTFF "Track Reference"). */
function chapterTracks(b: Uint8Array, tracks: readonly TrackInfo[]): Set<number> {
  const ids = new Set<number>();
  for (const track of tracks) {
    const tref = readChildren(b, track.trak.contentStart, track.trak.end, MAX_CHILDREN).find(
      (c) => c.type === 'tref',
    );
    if (!tref) continue;
    for (const ref of readChildren(b, tref.contentStart, tref.end, MAX_CHILDREN)) {
      if (ref.type !== 'chap') continue;
      for (let at = ref.contentStart; at + 4 <= ref.end; at += 4) {
        ids.add(((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0);
      }
    }
  }
  return ids;
}

function raw(b: Uint8Array, box: BoxHeader): OutNode {
  return { kind: 'raw', bytes: b.subarray(box.start, box.end) };
}

/** Names a dropped box in the receipt; empty padding is dropped without a line. */
function drop(b: Uint8Array, box: BoxHeader, receipt: VideoReceipt): void {
  const size = box.end - box.start;
  if (box.type === 'udta') describeUdta(b, box, receipt);
  else if (box.type === 'meta') describeMeta(b, box, receipt);
  else if (box.type === 'uuid') {
    describeUuid(box.usertype, b.subarray(box.contentStart, box.end), size, receipt);
  } else if (['free', 'skip', 'wide'].includes(box.type)) {
    if (b.subarray(box.contentStart, box.end).some((x) => x !== 0)) {
      receipt.parts.add('vendor', size);
    }
  } else receipt.parts.add('vendor', size);
}
