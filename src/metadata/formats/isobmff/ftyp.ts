/**
 * The file type box, ISO/IEC 14496-12 §4.3, and the brand-based choice of handler.
 *
 *   ftyp: major_brand 4cc, minor_version u32, compatible_brands 4cc[] (to the end of the box)
 *
 * HEIF brands (ISO/IEC 23008-12 Annex B; AVIF spec §9): still images 'mif1' 'heic' 'heix'
 * 'heim' 'heis' 'avif'; image sequences 'msf1' 'hevc' 'hevx' 'hevm' 'hevs' 'avis'.
 */
import { ascii, startsWith, u32be } from '../../bytes.ts';
import { BoxWriter } from './box-writer.ts';

export interface Brands {
  readonly major: string;
  readonly minor: number;
  readonly compatible: readonly string[];
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
/** Major brands of ordinary video files: their compatible list never makes them ours. */
const VIDEO_MAJORS = /^(iso[0-9a-z]|mp4[12]|qt {2}|M4[VAP] |3g[p2].|avc1|dash|crx |f4v |MSNV)$/;
/** Brands that promise a 'moov' image sequence, removed from ftyp when the moov is dropped. */
export const SEQUENCE_BRANDS = new Set(['msf1', 'hevc', 'hevx', 'hevm', 'hevs', 'avis', 'avio']);

/** Brands from an ftyp at offset 0, reading no further than `b` (sniffing sees 64 bytes). */
export function readBrands(b: Uint8Array): Brands | null {
  if (!startsWith(b, 4, 'ftyp') || b.length < 16) return null;
  const size = u32be(b, 0, 'ftyp size');
  if (size < 16 || size > 4096) return null;
  const end = Math.min(size, b.length);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= end; at += 4) compatible.push(ascii(b, at, 4));
  return { major: ascii(b, 8, 4), minor: u32be(b, 12), compatible };
}

/** Which still-image handler a file belongs to, from its brands alone. */
export function classifyBrands(brands: Brands | null): 'avif' | 'heif' | null {
  if (!brands) return null;
  const { major, compatible } = brands;
  if (AVIF_BRANDS.has(major)) return 'avif';
  if (HEIF_BRANDS.has(major) && major !== 'mif1' && major !== 'msf1') return 'heif';
  if (VIDEO_MAJORS.test(major)) return null;
  if (compatible.some((c) => AVIF_BRANDS.has(c))) return 'avif';
  if (HEIF_BRANDS.has(major) || compatible.some((c) => HEIF_BRANDS.has(c))) return 'heif';
  return null;
}

/** A fresh ftyp with the same brands minus `drop`. */
export function writeFtyp(w: BoxWriter, brands: Brands, drop: ReadonlySet<string>): void {
  w.box('ftyp', (f) => {
    f.fourcc(brands.major).u32(brands.minor);
    for (const brand of brands.compatible) if (!drop.has(brand)) f.fourcc(brand);
  });
}

export function ftypBytes(brands: Brands, drop: ReadonlySet<string>): Uint8Array {
  const w = new BoxWriter();
  writeFtyp(w, brands, drop);
  return w.toBytes();
}
