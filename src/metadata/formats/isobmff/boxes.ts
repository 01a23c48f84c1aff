/**
 * Generic ISO base media file format box reading (ISO/IEC 14496-12 §4.2), shared by the HEIF
 * stripper and, later, the MP4/MOV cleaner.
 *
 *   box := size:u32 type:4cc [largesize:u64 if size==1] [usertype:16 if type=='uuid'] payload
 *   size == 0 -> the box runs to the end of its container (the file, at top level)
 *   FullBox  := box + version:u8 + flags:u24 before the payload
 *
 * Every size is checked against the parent's end before anything inside is read, and every
 * walk over children is bounded by a count limit, so a hostile size can neither make us read
 * past the data nor spin forever.
 */
import { ascii, need, u32be, u64be, u8 } from '../../bytes.ts';
import { fail } from '../../errors.ts';

export interface BoxHeader {
  /** Four-character type, as Latin-1 text. */
  readonly type: string;
  /** Offset of the first byte of the box (its size field). */
  readonly start: number;
  /** Offset of the first payload byte (after size, type, largesize and usertype). */
  readonly contentStart: number;
  /** Offset one past the last byte of the box. */
  readonly end: number;
  /** For 'uuid' boxes, the 16-byte extended type as lowercase hex; otherwise ''. */
  readonly usertype: string;
}

/** No real image or video container has anywhere near this many siblings. */
export const MAX_CHILD_BOXES = 100_000;

/**
 * Reads the box header at `offset`, which must lie inside `[offset, parentEnd)`. The box is
 * refused if it claims to run past `parentEnd` (§4.2: a box is wholly inside its container).
 */
export function readBoxHeader(b: Uint8Array, offset: number, parentEnd: number): BoxHeader {
  if (parentEnd > b.length) fail('truncated', 'a box container runs past the end of the file');
  if (offset + 8 > parentEnd) fail('truncated', 'a box header runs past its container');
  const size32 = u32be(b, offset, 'box size');
  const type = ascii(b, offset + 4, 4, 'box type');
  let headerSize = 8;
  let size: number;
  if (size32 === 1) {
    if (offset + 16 > parentEnd) fail('truncated', `${printable(type)} box: largesize is cut off`);
    size = u64be(b, offset + 8, 'box largesize');
    headerSize = 16;
  } else if (size32 === 0) {
    size = parentEnd - offset;
  } else {
    size = size32;
  }
  if (type === 'uuid') headerSize += 16;
  if (size < headerSize) fail('malformed', `${printable(type)} box is smaller than its header`);
  const end = offset + size;
  if (end > parentEnd) fail('truncated', `${printable(type)} box runs past its container`);
  const usertype = type === 'uuid' ? hex(b, offset + headerSize - 16, 16) : '';
  return { type, start: offset, contentStart: offset + headerSize, end, usertype };
}

/**
 * The child boxes filling `[start, end)` exactly. Leftover bytes too short for a header are
 * refused; `limit` caps how many children a container may hold.
 */
export function readChildren(
  b: Uint8Array,
  start: number,
  end: number,
  limit = MAX_CHILD_BOXES,
): BoxHeader[] {
  const children: BoxHeader[] = [];
  let offset = start;
  while (offset < end) {
    if (children.length >= limit) fail('too_large', 'a box holds too many children');
    const child = readBoxHeader(b, offset, end);
    children.push(child);
    offset = child.end; // always moves forward: size >= header size >= 8
  }
  return children;
}

export interface FullBoxHeader {
  readonly version: number;
  readonly flags: number;
  /** Offset of the first byte after version and flags. */
  readonly bodyStart: number;
}

/** Version and flags of a FullBox (§4.2.2). */
export function readFullBox(b: Uint8Array, box: BoxHeader): FullBoxHeader {
  if (box.contentStart + 4 > box.end) fail('truncated', `${printable(box.type)} box is too short`);
  const version = u8(b, box.contentStart, 'box version');
  const flags =
    (u8(b, box.contentStart + 1) << 16) |
    (u8(b, box.contentStart + 2) << 8) |
    u8(b, box.contentStart + 3);
  return { version, flags, bodyStart: box.contentStart + 4 };
}

/** A null-terminated string at `offset`, ending before `end`; `next` is the byte after the NUL. */
export function readCString(
  b: Uint8Array,
  offset: number,
  end: number,
  what: string,
): { text: string; next: number } {
  need(b, offset, Math.max(0, end - offset), what);
  for (let i = offset; i < end; i++) {
    if (b[i] === 0) return { text: ascii(b, offset, i - offset, what), next: i + 1 };
  }
  fail('malformed', `${what} is not terminated`);
}

/** A box type safe to put in a message: letters, digits and spaces only. */
export function printable(type: string): string {
  return /^[A-Za-z0-9 ]{4}$/.test(type) ? `'${type}'` : 'an unnamed';
}

function hex(b: Uint8Array, offset: number, length: number): string {
  need(b, offset, length, 'uuid');
  let s = '';
  for (let i = offset; i < offset + length; i++) s += b[i]!.toString(16).padStart(2, '0');
  return s;
}
