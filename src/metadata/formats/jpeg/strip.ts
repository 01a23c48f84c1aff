/**
 * Rebuilds a JPEG from its allow-list, in one allocation:
 *
 *   SOI | APP0 JFIF (no thumbnail) | APP1 minimal Exif (Orientation != 1) | APP2 ICC chunks
 *       | APP14 Adobe | tables, frame, scans and entropy data in file order | EOI
 *
 * Everything else (other APPn, COM, all bytes after the primary image's EOI) is listed in
 * `removed`. Image data is copied as views of the input, never re-encoded.
 */
import { buildOrientationTiff } from '../../exif-orientation.ts';
import { concat, latin1Bytes, writeU16be } from '../../bytes.ts';
import type { KeptPart, RemovedPart, StripOptions, StripSuccess } from '../../types.ts';
import { collectMetadata } from './app-segments.ts';
import { assembleIcc, iccDescription, iccSegments } from './icc.ts';
import { describeTrailer } from './trailer.ts';
import { APP1, isImageStructure, walkJpeg } from './walk.ts';

const SOI_BYTES = Uint8Array.of(0xff, 0xd8);
const EOI_BYTES = Uint8Array.of(0xff, 0xd9);
export const EXIF_HEADER = latin1Bytes('Exif\0\0');

export function stripJpegSegments(input: Uint8Array, options?: StripOptions): StripSuccess {
  const layout = walkJpeg(input);
  const found = collectMetadata(
    input,
    layout.segments.filter((segment) => !isImageStructure(segment.marker)),
  );
  const removed: RemovedPart[] = [...found.removed];
  const kept: KeptPart[] = [];
  const head: Uint8Array[] = [SOI_BYTES];
  if (found.jfif) head.push(found.jfif);
  if (found.orientation !== 1) {
    head.push(orientationSegment(found.orientation));
    kept.push({ kind: 'orientation', value: found.orientation });
  }
  if (found.iccChunks.length > 0) {
    const icc = assembleIcc(found.iccChunks);
    if (icc.ok) {
      head.push(...iccSegments(icc.profile));
      const description = iccDescription(icc.profile);
      kept.push({ kind: 'colour_profile', ...(description ? { detail: description } : {}) });
      if (icc.extra > 0) {
        removed.push({ kind: 'vendor', detail: 'data after the ICC profile', size: icc.extra });
      }
    } else {
      let size = 0;
      for (const chunk of found.iccChunks) size += chunk.data.length;
      removed.push({ kind: 'vendor', detail: 'damaged ICC profile', size });
    }
  }
  if (found.adobe) head.push(found.adobe);
  const body: Uint8Array[] = [];
  for (const segment of layout.segments) {
    if (isImageStructure(segment.marker)) body.push(input.subarray(segment.start, segment.end));
  }
  removed.push(...describeTrailer(input.subarray(layout.imageEnd), found.motionPhoto));
  const reuse = options?.reuseInput === true;
  // Writing in place may overwrite where kept header segments (JFIF, Adobe) and removed
  // payloads (read later for the receipt) came from: those are copied first.
  const own = (part: Uint8Array) => (reuse && part.buffer === input.buffer ? part.slice() : part);
  for (const part of removed) if (part.payload) part.payload = own(part.payload);
  const ownHead = head.map(own);
  const parts = [...ownHead, ...body, EOI_BYTES];
  const inPlace = reuse ? assembleInPlace(input, ownHead, body) : null;
  return { output: inPlace ?? concat(parts), parts, removed, kept };
}

/**
 * The output written over the input when the image data is one run of it with room for the
 * new header segments before it (the removed metadata's place) and for the EOI after it:
 * then only those few bytes are written, and the output is a view of the input. Null when
 * the layout does not allow it.
 */
function assembleInPlace(
  input: Uint8Array,
  head: readonly Uint8Array[],
  body: readonly Uint8Array[],
): Uint8Array | null {
  const first = body[0];
  const last = body[body.length - 1];
  if (!first || !last || first.buffer !== input.buffer) return null;
  const start = first.byteOffset - input.byteOffset;
  const end = last.byteOffset - input.byteOffset + last.length;
  let expected = start;
  for (const part of body) {
    if (part.buffer !== input.buffer || part.byteOffset - input.byteOffset !== expected)
      return null;
    expected += part.length;
  }
  let headLength = 0;
  for (const part of head) headLength += part.length;
  if (start < headLength || end + EOI_BYTES.length > input.length) return null;
  let at = start - headLength;
  for (const part of head) {
    input.set(part, at);
    at += part.length;
  }
  input.set(EOI_BYTES, end);
  return input.subarray(start - headLength, end + EOI_BYTES.length);
}

export function orientationSegment(orientation: number): Uint8Array {
  const tiff = buildOrientationTiff(orientation);
  const segment = new Uint8Array(4 + EXIF_HEADER.length + tiff.length);
  segment[0] = 0xff;
  segment[1] = APP1;
  writeU16be(segment, 2, 2 + EXIF_HEADER.length + tiff.length);
  segment.set(EXIF_HEADER, 4);
  segment.set(tiff, 4 + EXIF_HEADER.length);
  return segment;
}
