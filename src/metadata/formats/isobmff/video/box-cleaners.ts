/**
 * Cleaners for the single boxes moov keeps but must not keep as they are.
 *
 *   mvhd/tkhd/mdhd  version 0: creation u32, modification u32; version 1: u64, u64 (§8.2.2,
 *                   §8.3.2, §8.4.2) -> zeroed (QTFF reads 0 as "unknown")
 *   hdlr            pre_defined, handler_type, reserved[3], name (§8.4.3) -> reserved zeroed and
 *                   an empty name (one NUL: an empty C string and an empty Pascal string alike)
 *   dref            entries must be self-contained (flag 1, §8.7.2): rebuilt without payloads
 *                   (QuickTime 'alis' records can hold a volume name and a file path)
 *   stsd            visual entries' 32-byte compressorname blanked (§12.1.3: camera apps write
 *                   their name there); everything else in the entry is decoder configuration
 *   tref            references to removed tracks dropped (§8.3.3)
 */
import { u32be, writeU32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import { readBoxHeader, readChildren, readFullBox, type BoxHeader } from '../boxes.ts';
import type { VideoReceipt } from './describe.ts';
import type { OutNode } from './moov-tree.ts';

/** Seconds between 1904-01-01 (the QuickTime/ISO epoch) and 1970-01-01. */
const EPOCH_1904 = 2_082_844_800;

export function zeroDates(b: Uint8Array, box: BoxHeader, receipt: VideoReceipt): OutNode {
  const { version, bodyStart } = readFullBox(b, box);
  // Only versions 0 and 1 are defined (§8.2.2, §8.3.2, §8.4.2); with any other, readers
  // disagree on where the dates are, so they cannot be known to be cleared: refuse.
  if (version > 1) fail('unsupported_variant', 'a movie or track header has an unknown version');
  const width = version === 1 ? 8 : 4;
  if (bodyStart + 2 * width > box.end) fail('truncated', 'a movie or track header is cut off');
  const copy = b.slice(box.start, box.end);
  const at = bodyStart - box.start;
  const created = readTime(copy, at, width);
  const modified = readTime(copy, at + width, width);
  if (box.type === 'mvhd' && created > 0) receipt.headerDate ??= isoDate(created);
  else if ((created > 0 || modified > 0) && !receipt.headerDate) receipt.parts.add('date', 0);
  copy.fill(0, at, at + 2 * width);
  // mvhd and mdhd flags are defined as 0. exiftool reads version+flags as one number and takes
  // any non-zero value for the 64-bit layout, so with stray flags it shows the kept timescale
  // and duration as a date (found by the fuzzer: tests/unit/fuzz-regressions.test.ts).
  if (box.type !== 'tkhd') copy.fill(0, at - 3, at);
  return { kind: 'raw', bytes: copy };
}

function readTime(b: Uint8Array, at: number, width: number): number {
  return width === 8 ? u32be(b, at) * 0x100000000 + u32be(b, at + 4) : u32be(b, at);
}

/** A container date as ISO 8601 in UTC (the spec's clock; many phones write local time). */
function isoDate(secondsSince1904: number): string | undefined {
  const ms = (secondsSince1904 - EPOCH_1904) * 1000;
  if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

export function blankHandlerName(b: Uint8Array, box: BoxHeader): OutNode {
  const { version, flags, bodyStart } = readFullBox(b, box);
  if (bodyStart + 20 > box.end) fail('truncated', 'a handler box is cut off');
  const out = new Uint8Array(33); // header 8, version/flags 4, pre_defined 4, type 4, 12, NUL
  writeU32be(out, 0, out.length);
  out.set([0x68, 0x64, 0x6c, 0x72], 4); // 'hdlr'
  writeU32be(out, 8, ((version << 24) | flags) >>> 0);
  out.set(b.subarray(bodyStart, bodyStart + 8), 12);
  return { kind: 'raw', bytes: out };
}

export function cleanDref(b: Uint8Array, box: BoxHeader): OutNode {
  const { bodyStart } = readFullBox(b, box);
  const count = u32be(b, bodyStart, 'data reference count');
  const entries = readChildren(b, bodyStart + 4, box.end, 64);
  if (count === 0 || count !== entries.length)
    fail('malformed', 'the data reference table is inconsistent');
  const out = new Uint8Array(16 + 12 * count);
  writeU32be(out, 0, out.length);
  out.set([0x64, 0x72, 0x65, 0x66], 4); // 'dref', version 0, flags 0
  writeU32be(out, 12, count);
  entries.forEach((entry, i) => {
    const { flags } = readFullBox(b, entry);
    if ((flags & 1) === 0) {
      fail('unsupported_variant', 'the video keeps its media in another file (reference movie)');
    }
    const at = 16 + 12 * i;
    writeU32be(out, at, 12);
    out.set(b.subarray(entry.start + 4, entry.start + 8), at + 4);
    writeU32be(out, at + 8, 1); // version 0, flags 1: the data is in this file
  });
  return { kind: 'raw', bytes: out };
}

export function cleanStsd(b: Uint8Array, box: BoxHeader): OutNode {
  const { bodyStart } = readFullBox(b, box);
  const count = u32be(b, bodyStart, 'sample description count');
  const copy = b.slice(box.start, box.end);
  let at = bodyStart + 4;
  for (let i = 0; i < count; i++) {
    const entry = readBoxHeader(b, at, box.end);
    // VisualSampleEntry: 8 (SampleEntry) + 42 bytes of fields precede compressorname[32].
    const name = entry.contentStart + 8 + 34 - box.start;
    if (isVisual(b, entry) && name + 32 <= entry.end - box.start) copy.fill(0, name, name + 32);
    at = entry.end;
  }
  return { kind: 'raw', bytes: copy };
}

/**
 * Video codecs' sample entries are VisualSampleEntries whatever their field values say: the
 * fuzzer found an avc1 entry whose resolution fields no longer matched (hres != vres), so its
 * compressorname was kept (tests/unit/fuzz-regressions.test.ts).
 */
const VISUAL_ENTRIES = new Set(
  'avc1 avc2 avc3 avc4 hvc1 hev1 dvh1 dvhe dva1 dvav av01 vp08 vp09 mp4v s263 h263 jpeg mjpa mjpb apch apcn apcs apco ap4h ap4x encv'.split(
    ' ',
  ),
);

/** Visual entries carry width, height and 72 dpi (0x00480000) resolution at fixed places. */
function isVisual(b: Uint8Array, entry: BoxHeader): boolean {
  if (entry.end - entry.contentStart < 78) return false;
  if (VISUAL_ENTRIES.has(entry.type)) return true;
  const hres = u32be(b, entry.contentStart + 28);
  const vres = u32be(b, entry.contentStart + 32);
  return hres === vres && hres !== 0 && u32be(b, entry.contentStart + 24) !== 0;
}

export function filterTref(
  b: Uint8Array,
  tref: BoxHeader,
  removedIds: ReadonlySet<number>,
): OutNode | null {
  const children: OutNode[] = [];
  for (const ref of readChildren(b, tref.contentStart, tref.end, 256)) {
    const ids: number[] = [];
    for (let at = ref.contentStart; at + 4 <= ref.end; at += 4) ids.push(u32be(b, at));
    const kept = ids.filter((id) => !removedIds.has(id));
    if (kept.length === 0) continue;
    const bytes = new Uint8Array(8 + 4 * kept.length);
    writeU32be(bytes, 0, bytes.length);
    bytes.set(b.subarray(ref.start + 4, ref.start + 8), 4);
    kept.forEach((id, i) => writeU32be(bytes, 8 + 4 * i, id));
    children.push({ kind: 'raw', bytes });
  }
  return children.length > 0 ? { kind: 'box', type: 'tref', children } : null;
}
