/**
 * Re-walks a cleaned JPEG with the same walker and accepts only the allow-list: image
 * structure, one thumbnail-free JFIF, one minimal Orientation EXIF, a well-formed ICC profile,
 * one fixed-size Adobe segment, and nothing after the EOI.
 */
import { startsWith } from '../../bytes.ts';
import { StripError, fail } from '../../errors.ts';
import { isMinimalOrientationTiff } from '../../exif-orientation.ts';
import {
  ADOBE_BODY_LENGTH,
  ADOBE_SIGNATURE,
  JFIF_BODY_LENGTH,
  JFIF_SIGNATURE,
} from './app-segments.ts';
import { ICC_SIGNATURE, assembleIcc, readIccChunk, type IccChunk } from './icc.ts';
import { EXIF_HEADER } from './strip.ts';
import { APP0, APP1, APP14, APP2, isImageStructure, walkJpeg, type JpegLayout } from './walk.ts';

export function verifyJpegOutput(output: Uint8Array): void {
  let layout: JpegLayout;
  try {
    layout = walkJpeg(output);
  } catch (error) {
    if (error instanceof StripError) {
      fail('verification_failed', 'the cleaned JPEG could not be read back');
    }
    throw error;
  }
  if (layout.imageEnd !== output.length) {
    fail('verification_failed', 'bytes remain after the end of the cleaned JPEG');
  }
  const seen = new Set<number>();
  const iccChunks: IccChunk[] = [];
  for (const segment of layout.segments) {
    const { marker } = segment;
    if (isImageStructure(marker)) continue;
    const body = output.subarray(segment.bodyStart, segment.bodyEnd);
    if (marker === APP2 && startsWith(body, 0, ICC_SIGNATURE)) {
      iccChunks.push(readIccChunk(body));
      continue;
    }
    if (seen.has(marker)) fail('verification_failed', 'a metadata segment appears twice');
    seen.add(marker);
    if (marker === APP0 && isBareJfif(body)) continue;
    if (marker === APP1 && isOrientationExif(body)) continue;
    if (marker === APP14 && startsWith(body, 0, ADOBE_SIGNATURE)) {
      if (body.length === ADOBE_BODY_LENGTH) continue;
    }
    fail('verification_failed', 'the cleaned JPEG still holds a segment outside the allow-list');
  }
  if (iccChunks.length > 0 && !assembleIcc(iccChunks).ok) {
    fail('verification_failed', 'the cleaned JPEG holds a damaged colour profile');
  }
}

function isBareJfif(body: Uint8Array): boolean {
  return (
    body.length === JFIF_BODY_LENGTH &&
    startsWith(body, 0, JFIF_SIGNATURE) &&
    body[JFIF_BODY_LENGTH - 2] === 0 &&
    body[JFIF_BODY_LENGTH - 1] === 0
  );
}

function isOrientationExif(body: Uint8Array): boolean {
  return (
    EXIF_HEADER.every((byte, i) => body[i] === byte) &&
    isMinimalOrientationTiff(body.subarray(EXIF_HEADER.length))
  );
}
