/**
 * WebP (RFC 9649; libwebp doc/webp-container-spec.txt): a RIFF container rebuilt from an
 * allow-list of chunks, with image data copied byte for byte.
 *
 *   'RIFF' size(u32le) 'WEBP' | chunk* | (trailer: removed)
 *   chunk = fourcc | size u32le | payload | 00 pad when size is odd
 *   simple:   VP8 | VP8L                                  (anything else beside it: removed)
 *   extended: VP8X flags(Rsv Rsv I L E X A Rsv) 000000 canvas(6)
 *             [ICCP] [ANIM ANMF(frame header(16) ALPH? VP8|VP8L unknown*)*] | [ALPH] VP8|VP8L
 *             EXIF, 'XMP ', unknown chunks (removed; unknown ones inside ANMF too)
 *
 * The VP8X flags are recomputed from what is kept, reserved bits zeroed, RIFF size rewritten.
 *
 * Orientation: RFC 9649 defines EXIF only as "image metadata in Exif format" and its canvas
 * rules never mention orientation, so readers are neither told to apply it nor to ignore it,
 * and they differ (w3c/csswg-drafts#8543: one browser applies it, another does not). Keeping a
 * minimal EXIF with only Orientation (when not 1), in the original EXIF's place, keeps every
 * reader showing the cleaned file exactly as it showed the original.
 */
import {
  ascii,
  concat,
  latin1Bytes,
  need,
  slice,
  startsWith,
  u32le,
  u8,
  writeU32le,
} from '../bytes.ts';
import { fail } from '../errors.ts';
import {
  buildOrientationTiff,
  isMinimalOrientationTiff,
  readExifOrientation,
} from '../exif-orientation.ts';
import type { FormatHandler, KeptPart, StripSuccess } from '../types.ts';
import { printableFourCC, RemovedParts } from './removed-parts.ts';
import { tiffFromExif } from './tiff-payload.ts';

const ICC = 0x20;
const ALPHA = 0x10;
const EXIF = 0x08;
const XMP = 0x04;
const ANIMATION = 0x02;
const BITSTREAMS = new Set(['VP8 ', 'VP8L']);
const FRAME_PARTS = new Set(['ALPH', 'VP8 ', 'VP8L']);
const MAX_CHUNKS = 1_000_000;
const ZERO_PAD = new Uint8Array(1);

interface Chunk {
  fourcc: string;
  /** Offset of the FourCC. */
  start: number;
  size: number;
}

/** The chunks between `from` and `to`; every size is checked against the parent's end. */
function walkChunks(b: Uint8Array, from: number, to: number, what: string): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = from;
  while (pos < to) {
    if (chunks.length >= MAX_CHUNKS) fail('too_large', `the ${what} has too many chunks`);
    if (to - pos < 8) fail('malformed', `a chunk header overruns the ${what}`);
    const fourcc = ascii(b, pos, 4);
    const size = u32le(b, pos + 4);
    if (size > to - pos - 8) fail('malformed', `a ${what} chunk runs past its parent`);
    chunks.push({ fourcc, start: pos, size });
    // Always moves forward by 8 bytes at least. A missing pad byte is tolerated only at the
    // very end of the parent, where nothing can be misread.
    pos = Math.min(pos + 8 + size + (size & 1), to);
  }
  return chunks;
}

function parseWebp(b: Uint8Array): { chunks: Chunk[]; end: number } {
  if (!startsWith(b, 0, 'RIFF') || !startsWith(b, 8, 'WEBP')) {
    fail('malformed', 'the WebP header is damaged');
  }
  const riffSize = u32le(b, 4, 'RIFF size');
  if (riffSize < 4) fail('malformed', 'the RIFF size is impossible');
  if (riffSize > b.length - 8) fail('truncated', 'the WebP is shorter than its RIFF size says');
  const end = 8 + riffSize;
  const chunks = walkChunks(b, 12, end, 'WebP');
  if (chunks.length === 0) fail('malformed', 'the WebP holds no chunks');
  return { chunks, end };
}

function payload(b: Uint8Array, c: Chunk): Uint8Array {
  return slice(b, c.start + 8, c.size);
}

function header(fourcc: string, size: number): Uint8Array {
  const out = new Uint8Array(8);
  out.set(latin1Bytes(fourcc), 0);
  writeU32le(out, 4, size);
  return out;
}

/** Pushes a chunk as it is, with a zero pad byte when its size is odd; returns bytes pushed. */
function pushChunk(parts: Uint8Array[], b: Uint8Array, c: Chunk): number {
  parts.push(slice(b, c.start, 8 + c.size));
  if (c.size & 1) parts.push(ZERO_PAD);
  return 8 + c.size + (c.size & 1);
}

function removeChunk(removed: RemovedParts, b: Uint8Array, c: Chunk): void {
  const size = 8 + c.size + (c.size & 1);
  if (c.fourcc === 'EXIF') removed.add('exif', size, undefined, tiffFromExif(payload(b, c)));
  else if (c.fourcc === 'XMP ') removed.add('xmp', size, undefined, payload(b, c));
  else removed.add('vendor', size, printableFourCC(c.fourcc));
}

/** An ANMF frame rebuilt with only its ALPH / VP8 / VP8L sub-chunks. */
function pushFrame(parts: Uint8Array[], b: Uint8Array, c: Chunk, removed: RemovedParts): void {
  if (c.size < 16) fail('malformed', 'a WebP animation frame is too short');
  const frameStart = c.start + 8;
  const subChunks = walkChunks(b, frameStart + 16, frameStart + c.size, 'animation frame');
  const headerAt = parts.push(ZERO_PAD) - 1; // placeholder, replaced once the size is known
  parts.push(slice(b, frameStart, 16));
  let size = 16;
  let bitstreams = 0;
  for (const sub of subChunks) {
    if (FRAME_PARTS.has(sub.fourcc)) {
      size += pushChunk(parts, b, sub);
      if (BITSTREAMS.has(sub.fourcc)) bitstreams++;
    } else {
      removeChunk(removed, b, sub);
    }
  }
  if (bitstreams !== 1) fail('malformed', 'a WebP animation frame has no single image');
  parts[headerAt] = header('ANMF', size);
}

function stripWebp(input: Uint8Array): StripSuccess {
  const { chunks, end } = parseWebp(input);
  const removed = new RemovedParts();
  const kept: KeptPart[] = [];
  const riffHeader = new Uint8Array(12);
  const parts: Uint8Array[] = [riffHeader];
  const [first, ...rest] = chunks as [Chunk, ...Chunk[]];

  if (BITSTREAMS.has(first.fourcc)) {
    // Simple format: the bitstream is the whole image; nothing beside it is needed.
    pushChunk(parts, input, first);
    for (const c of rest) removeChunk(removed, input, c);
  } else if (first.fourcc === 'VP8X') {
    stripExtended(input, first, rest, parts, removed, kept);
  } else {
    fail('unsupported_variant', 'the WebP does not start with an image or VP8X chunk');
  }
  if (end < input.length) removed.add('trailer', input.length - end);
  let total = 0;
  for (const p of parts) total += p.length;
  riffHeader.set(latin1Bytes('RIFF'), 0);
  writeU32le(riffHeader, 4, total - 8);
  riffHeader.set(latin1Bytes('WEBP'), 8);
  return { output: concat(parts), parts, removed: removed.list, kept };
}

function stripExtended(
  input: Uint8Array,
  vp8x: Chunk,
  chunks: Chunk[],
  parts: Uint8Array[],
  removed: RemovedParts,
  kept: KeptPart[],
): void {
  if (vp8x.size !== 10) fail('unsupported_variant', 'the WebP VP8X chunk has an unknown size');
  const flags = u8(input, vp8x.start + 8, 'VP8X flags');
  const vp8xOut = new Uint8Array(18);
  vp8xOut.set(header('VP8X', 10), 0);
  vp8xOut.set(slice(input, vp8x.start + 12, 6), 12); // canvas size; reserved bytes stay zero
  parts.push(vp8xOut);
  let newFlags = flags & (ALPHA | ANIMATION);
  let seenImage = false;
  let seenExif = false;
  let anim = 0;
  let frames = 0;
  for (const c of chunks) {
    const fourcc = c.fourcc;
    if (fourcc === 'VP8X') fail('malformed', 'the WebP has two VP8X chunks');
    if (fourcc === 'ICCP' && !seenImage && !(newFlags & ICC)) {
      // Readers use only the first ICCP, which must precede the image data (RFC 9649, Color
      // Profile); a later one is ignored by readers, so it goes.
      pushChunk(parts, input, c);
      newFlags |= ICC;
      kept.push({ kind: 'colour_profile' });
    } else if (fourcc === 'ANIM' && anim === 0) {
      if (c.size !== 6) fail('malformed', 'the WebP ANIM chunk has the wrong size');
      pushChunk(parts, input, c);
      anim++;
    } else if (fourcc === 'ANMF') {
      pushFrame(parts, input, c, removed);
      frames++;
      seenImage = true;
    } else if (FRAME_PARTS.has(fourcc)) {
      pushChunk(parts, input, c);
      seenImage = true;
    } else if (fourcc === 'EXIF' && !seenExif) {
      seenExif = true;
      removeChunk(removed, input, c);
      const orientation = readExifOrientation(tiffFromExif(payload(input, c)) ?? new Uint8Array(0));
      if (orientation !== 1) {
        const tiff = buildOrientationTiff(orientation);
        parts.push(header('EXIF', tiff.length), tiff);
        newFlags |= EXIF;
        kept.push({ kind: 'orientation', value: orientation });
      }
    } else {
      removeChunk(removed, input, c);
    }
  }
  const animated = (flags & ANIMATION) !== 0;
  if (animated !== (anim === 1) || (frames > 0 && !animated)) {
    fail('malformed', 'the WebP animation flag does not match its chunks');
  }
  if (!seenImage) fail('malformed', 'the WebP holds no image data');
  if (animated) kept.push({ kind: 'animation', value: frames });
  vp8xOut[8] = newFlags;
}

/** Re-walks a cleaned WebP: allowed chunks only, flags that match them, no trailing bytes. */
function verifyWebp(output: Uint8Array): void {
  const refuse = (why: string): never => fail('verification_failed', `cleaned WebP: ${why}`);
  let parsed: ReturnType<typeof parseWebp>;
  try {
    parsed = parseWebp(output);
  } catch {
    return refuse('its chunk structure does not read back');
  }
  if (parsed.end !== output.length) refuse('bytes remain after the RIFF chunk');
  const [first, ...rest] = parsed.chunks as [Chunk, ...Chunk[]];
  if (BITSTREAMS.has(first.fourcc)) {
    if (rest.length > 0) refuse('a simple WebP holds more than its bitstream');
    return;
  }
  if (first.fourcc !== 'VP8X' || first.size !== 10) refuse('the VP8X chunk is missing');
  const flags = u8(output, first.start + 8);
  const reserved = slice(output, first.start + 9, 3);
  if (flags & XMP) refuse('the VP8X XMP flag is set');
  if (flags & ~(ICC | ALPHA | EXIF | ANIMATION) || reserved.some((v) => v !== 0)) {
    refuse('VP8X reserved bits are set');
  }
  const count = new Map<string, number>();
  for (const c of rest) {
    count.set(c.fourcc, (count.get(c.fourcc) ?? 0) + 1);
    if (c.fourcc === 'ANMF') {
      need(output, c.start + 8, 16, 'animation frame');
      const subs = walkChunks(output, c.start + 24, c.start + 8 + c.size, 'animation frame');
      if (subs.some((s) => !FRAME_PARTS.has(s.fourcc))) refuse('a frame holds an unknown chunk');
    } else if (c.fourcc === 'EXIF') {
      if (!isMinimalOrientationTiff(payload(output, c))) refuse('the EXIF chunk is not minimal');
    } else if (!FRAME_PARTS.has(c.fourcc) && c.fourcc !== 'ICCP' && c.fourcc !== 'ANIM') {
      refuse('a chunk is outside the allow-list');
    }
  }
  const matches = (flag: number, fourcc: string): boolean =>
    (flags & flag ? 1 : 0) === (count.get(fourcc) ?? 0);
  if (count.has('ANMF') && !(flags & ANIMATION)) refuse('frames without the animation flag');
  if (!matches(ICC, 'ICCP') || !matches(EXIF, 'EXIF') || !matches(ANIMATION, 'ANIM')) {
    refuse('the VP8X flags do not match the chunks present');
  }
}

export const webpFormat: FormatHandler = {
  id: 'webp',
  label: 'WebP',
  mime: 'image/webp',
  sniff: (head) => startsWith(head, 0, 'RIFF') && startsWith(head, 8, 'WEBP'),
  strip: stripWebp,
  verify: verifyWebp,
};
