/**
 * A cheap check that every value in a TIFF (EXIF) block lies inside the block, made before
 * the block is handed to exifr for the receipt.
 *
 *   header (II*\0 | MM\0*) -> IFD0 -> ExifIFD (0x8769), GPS (0x8825), Interop (0xA005), IFD1
 *   entry: tag u16, type u16, count u32, value-or-offset u32   (TIFF 6.0 §2)
 *
 * Why: exifr trusts an entry's count. The fuzzer found a 1.6 KB JPEG whose EXIF entry declares
 * 16,777,217 rationals (134 MB) at an offset past the block; exifr then spends seconds (and a
 * large allocation) on it, per file — a cheap way for a hostile file to stall the receipt
 * (tests/fixtures/fuzz/jpeg-exif-huge-count.bin). The block is removed either way; such a block
 * is only described generically.
 */
import { u16be, u16le, u32be, u32le } from './bytes.ts';

/** Bytes per value of each TIFF field type (1..13); unknown types count as one byte. */
const TYPE_BYTES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
const SUB_IFD_TAGS = new Set([0x8769, 0x8825, 0xa005]);
const MAX_IFDS = 8;
const MAX_ENTRIES = 1000;

/** False when a value is larger than the block or starts past its end (see above). */
export function tiffValuesInBounds(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return true;
  const little = tiff[0] === 0x49;
  const u16 = (at: number) => (little ? u16le(tiff, at) : u16be(tiff, at));
  const u32 = (at: number) => (little ? u32le(tiff, at) : u32be(tiff, at));
  const queue = [u32(4)];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const ifd = queue.shift()!;
    // IFDs that point outside the block, or overrun it, are left to exifr, which stops there.
    if (seen.has(ifd) || ifd + 2 > tiff.length) continue;
    if (seen.size >= MAX_IFDS) return false;
    seen.add(ifd);
    const count = u16(ifd);
    if (count > MAX_ENTRIES) return false;
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= tiff.length; i++) {
      const entry = ifd + 2 + i * 12;
      const size = (TYPE_BYTES[u16(entry + 2)] ?? 1) * u32(entry + 4);
      const value = u32(entry + 8);
      // Real writers leave values that overhang the block's end a little; exifr copes with
      // those. A value larger than the block, or starting past its end, is what stalls it.
      if (size > 4 && (size > tiff.length || value > tiff.length)) return false;
      if (SUB_IFD_TAGS.has(u16(entry))) queue.push(value);
    }
    const next = ifd + 2 + count * 12;
    if (next + 4 <= tiff.length && u32(next) !== 0) queue.push(u32(next));
  }
  return true;
}
