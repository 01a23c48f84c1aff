/**
 * The top level of a video file, read through a ByteSource one box header at a time: the media
 * data ('mdat', often gigabytes) is never read, only located.
 *
 *   file := box*            box := size:u32 type:4cc [largesize:u64] [usertype:16] payload
 *   size 1 -> 64-bit largesize follows; size 0 -> the box runs to the end of the file
 *   (ISO/IEC 14496-12 §4.2; QuickTime File Format, "Atoms")
 */
import { ascii, u32be, u64be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import type { ByteSource } from '../../../source.ts';
import { printable } from '../boxes.ts';

export interface TopBox {
  readonly type: string;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
  /** For 'uuid' boxes, the extended type as lowercase hex. */
  readonly usertype: string;
}

/** moov is read whole into memory; larger ones are refused to keep a browser tab alive. */
export const MAX_MOOV_BYTES = 64 * 1024 * 1024;
/** Real files have a handful of top-level boxes; fragmented ones two per fragment. */
export const MAX_TOP_LEVEL_BOXES = 200_000;

export async function readTopLevel(source: ByteSource): Promise<TopBox[]> {
  const boxes: TopBox[] = [];
  let offset = 0;
  while (offset < source.size) {
    if (boxes.length >= MAX_TOP_LEVEL_BOXES) fail('too_large', 'the video has too many parts');
    const box = await readHeaderAt(source, offset, source.size);
    boxes.push(box);
    offset = box.end; // a box is at least 8 bytes, so the walk always moves forward
  }
  if (boxes.length === 0) fail('truncated', 'the file is empty');
  return boxes;
}

/** One box header at `offset`, checked against `limit` (the end of its container). */
export async function readHeaderAt(
  source: ByteSource,
  offset: number,
  limit: number,
): Promise<TopBox> {
  if (offset + 8 > limit) fail('truncated', 'the video ends in the middle of a box header');
  const head = await source.read(offset, Math.min(32, limit - offset));
  const size32 = u32be(head, 0, 'box size');
  const type = ascii(head, 4, 4, 'box type');
  let headerSize = 8;
  let size = size32;
  if (size32 === 1) {
    if (head.length < 16) fail('truncated', `${printable(type)} box: largesize is cut off`);
    size = u64be(head, 8, 'box largesize');
    headerSize = 16;
  } else if (size32 === 0) {
    size = limit - offset;
  }
  let usertype = '';
  if (type === 'uuid') {
    if (head.length < headerSize + 16) fail('truncated', 'a uuid box is cut off');
    for (let i = headerSize; i < headerSize + 16; i++) {
      usertype += head[i]!.toString(16).padStart(2, '0');
    }
    headerSize += 16;
  }
  if (size < headerSize) fail('malformed', `${printable(type)} box is smaller than its header`);
  if (offset + size > limit) {
    fail('truncated', `${printable(type)} box runs past the end of the file (cut off?)`);
  }
  return { type, start: offset, contentStart: offset + headerSize, end: offset + size, usertype };
}

/** The whole box, for the few small ones read into memory (moov, moof, uuid XMP). */
export async function readWholeBox(
  source: ByteSource,
  box: TopBox,
  limit: number,
): Promise<Uint8Array> {
  const length = box.end - box.start;
  if (length > limit) fail('too_large', `${printable(box.type)} box is larger than Veil can read`);
  return source.read(box.start, length);
}
