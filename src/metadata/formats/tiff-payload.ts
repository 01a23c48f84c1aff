/**
 * EXIF blocks reach us with or without the JPEG-style "Exif\0\0" prefix (some WebP and PNG
 * writers keep it). Receipts want the bare TIFF structure, starting at its byte-order mark.
 */
import { startsWith } from '../bytes.ts';

/** The TIFF structure inside an EXIF block, or undefined when there is none. */
export function tiffFromExif(block: Uint8Array | undefined): Uint8Array | undefined {
  if (!block) return undefined;
  const tiff = startsWith(block, 0, 'Exif\0\0') ? block.subarray(6) : block;
  return startsWith(tiff, 0, 'MM\0*') || startsWith(tiff, 0, 'II*\0') ? tiff : undefined;
}
