/**
 * The one EXIF value Veil keeps: Orientation (tag 0x0112 in IFD0). A viewer needs it to show a
 * phone photo the right way up, so after removing the whole EXIF block we write a fresh,
 * minimal TIFF structure holding only this tag (when it is not 1, "normal").
 *
 *   "MM" 00 2A | 00000008 | IFD0: count=1 | 0112 SHORT 1 value | next IFD = 0
 */
import { ascii, u16be, u16le, u32be, u32le } from './bytes.ts';
import { fail } from './errors.ts';

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;
const MAX_IFD_ENTRIES = 1000;

/** The Orientation stored in a TIFF structure, or 1 when absent or unreadable. */
export function readExifOrientation(tiff: Uint8Array): number {
  try {
    const order = ascii(tiff, 0, 2, 'TIFF byte order');
    if (order !== 'II' && order !== 'MM') return 1;
    const little = order === 'II';
    const r16 = little ? u16le : u16be;
    const r32 = little ? u32le : u32be;
    if (r16(tiff, 2) !== 42) return 1;
    const ifd = r32(tiff, 4);
    const count = r16(tiff, ifd, 'IFD0 entry count');
    if (count > MAX_IFD_ENTRIES) return 1;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (r16(tiff, entry) !== ORIENTATION_TAG) continue;
      if (r16(tiff, entry + 2) !== SHORT) return 1;
      const value = r16(tiff, entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
  } catch {
    // A damaged EXIF block is removed anyway; without a readable orientation, "normal" is the
    // only value we can honestly write.
    return 1;
  }
}

/** A minimal big-endian TIFF structure holding only Orientation. */
export function buildOrientationTiff(orientation: number): Uint8Array {
  if (!Number.isInteger(orientation) || orientation < 2 || orientation > 8) {
    fail('malformed', 'orientation must be 2..8 to be written');
  }
  return Uint8Array.from([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // header, IFD0 at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00, // Orientation
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
}

/** True when `tiff` is exactly what `buildOrientationTiff` writes (used by verifiers). */
export function isMinimalOrientationTiff(tiff: Uint8Array): boolean {
  if (tiff.length !== 26) return false;
  const orientation = tiff[19] ?? 0;
  if (orientation < 2 || orientation > 8) return false;
  const expected = buildOrientationTiff(orientation);
  return expected.every((byte, i) => tiff[i] === byte);
}
