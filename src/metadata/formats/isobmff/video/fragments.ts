/**
 * Fragmented MP4 (ISO/IEC 14496-12 §8.8): moov holds empty sample tables plus 'mvex', and the
 * samples are described fragment by fragment in top-level 'moof' boxes, each followed by its
 * 'mdat'. Cleaning keeps every box after moov exactly where it is relative to the others:
 *
 *   ftyp | moov' | [sidx] moof mdat moof mdat ... [mfra]
 *   - boxes after moov keep their sizes: anything not allow-listed becomes a zero-filled
 *     'free' box of the same size (prft wall-clock times, emsg, uuid, meta, udta, mfra...)
 *   - inside moof/traf the same: disallowed children are zeroed in place and renamed 'free'
 *   - trun data offsets are relative to moof (or to tfhd's base), so they stay right; an
 *     absolute tfhd base_data_offset (§8.8.7, flag 0x000001) is moved by moov's size change
 *
 * A fragmented file with a timed-metadata track is refused: its samples would have to be
 * found and zeroed fragment by fragment.
 */
import { u32be, u64be, writeU32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import type { ByteSource } from '../../../source.ts';
import { readChildren, readFullBox, type BoxHeader } from '../boxes.ts';
import { readBoxHeader } from '../boxes.ts';
import type { VideoReceipt } from './describe.ts';
import type { TopBox } from './top-level.ts';
import { readWholeBox } from './top-level.ts';

export type Replacement = { kind: 'bytes'; data: Uint8Array } | { kind: 'free' };

/** One fragment's header is a few kilobytes; this bounds memory per fragment. */
const MAX_MOOF_BYTES = 16 * 1024 * 1024;
const KEPT_TOP = new Set(['moof', 'mdat', 'sidx', 'ssix', 'styp']);
const KEPT_IN_MOOF = new Set(['mfhd', 'traf']);
const KEPT_IN_TRAF = new Set(['tfhd', 'tfdt', 'trun', 'sbgp', 'sgpd', 'subs', 'saiz']);
const ENCRYPTED = new Set(['pssh', 'senc', 'saio']);

/**
 * What replaces each top-level box after moov. `delta` is how far every box after moov moves
 * in the output (moov's size change minus what was dropped before it).
 */
export async function planFragments(
  source: ByteSource,
  top: readonly TopBox[],
  moovBox: TopBox,
  delta: number,
  receipt: VideoReceipt,
): Promise<Map<TopBox, Replacement>> {
  const replacements = new Map<TopBox, Replacement>();
  for (const box of top) {
    if (box.type === 'moof' && box.start < moovBox.start) {
      fail('unsupported_variant', 'a movie fragment comes before the movie header');
    }
    if (box.start < moovBox.end) continue;
    if (box.type === 'moof') {
      const bytes = await readWholeBox(source, box, MAX_MOOF_BYTES);
      replacements.set(box, { kind: 'bytes', data: cleanMoof(bytes, delta, receipt) });
    } else if (!KEPT_TOP.has(box.type)) {
      if (box.type !== 'free' && box.type !== 'skip') receipt.parts.add('vendor', box.end - box.start); // prettier-ignore
      replacements.set(box, { kind: 'free' });
    }
  }
  return replacements;
}

/** A copy of one moof with disallowed boxes blanked and absolute base offsets moved. */
function cleanMoof(bytes: Uint8Array, delta: number, receipt: VideoReceipt): Uint8Array {
  const moof = readBoxHeader(bytes, 0, bytes.length);
  for (const c of readChildren(bytes, moof.contentStart, moof.end, 4096)) {
    if (ENCRYPTED.has(c.type)) fail('unsupported_variant', 'encrypted (DRM-protected) videos cannot be cleaned'); // prettier-ignore
    if (!KEPT_IN_MOOF.has(c.type)) blank(bytes, c, receipt);
    else if (c.type === 'traf') {
      for (const t of readChildren(bytes, c.contentStart, c.end, 4096)) {
        if (ENCRYPTED.has(t.type)) fail('unsupported_variant', 'encrypted (DRM-protected) videos cannot be cleaned'); // prettier-ignore
        if (!KEPT_IN_TRAF.has(t.type)) blank(bytes, t, receipt);
        else if (t.type === 'tfhd') moveBaseOffset(bytes, t, delta);
      }
    }
  }
  return bytes;
}

function moveBaseOffset(b: Uint8Array, tfhd: BoxHeader, delta: number): void {
  const { flags, bodyStart } = readFullBox(b, tfhd);
  if ((flags & 0x000001) === 0) return; // offsets are relative to the moof: nothing moves
  const at = bodyStart + 4; // after track_ID
  const moved = u64be(b, at, 'base data offset') + delta;
  if (moved < 0) fail('malformed', 'a fragment points before the start of the file');
  writeU32be(b, at, Math.floor(moved / 0x100000000));
  writeU32be(b, at + 4, moved % 0x100000000);
}

/** Zeroes a box's payload in place and renames it 'free' (a header of the same length). */
function blank(b: Uint8Array, box: BoxHeader, receipt: VideoReceipt): void {
  if (box.type !== 'free' && box.type !== 'skip') receipt.parts.add('vendor', box.end - box.start);
  b.set([0x66, 0x72, 0x65, 0x65], box.start + 4); // 'free'
  const headerEnd = u32be(b, box.start) === 1 ? box.start + 16 : box.start + 8;
  b.fill(0, headerEnd, box.end);
}
