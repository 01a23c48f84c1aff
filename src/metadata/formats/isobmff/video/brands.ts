/**
 * Which ISO-BMFF / QuickTime files are videos Veil cleans, from the first bytes alone.
 *
 *   ftyp major brand  ->  'mp4' (ISO/IEC 14496-14, 3GPP TS 26.244, Apple M4V) or 'mov' ('qt  ')
 *   no ftyp           ->  'mov' when the file opens with a QuickTime top-level atom
 *                         (QuickTime File Format, "Overview of QTFF": moov/mdat/wide/free/skip/pnot)
 *
 * HEIF/AVIF brands belong to the still-image handler, 'crx ' (Canon CR3 RAW) is refused, and a
 * brand we do not know is not guessed at: the file is left to the refusal path.
 */
import { startsWith, u32be } from '../../../bytes.ts';
import { classifyBrands, readBrands } from '../ftyp.ts';

export type VideoFormat = 'mp4' | 'mov';

export interface VideoKind {
  readonly format: VideoFormat;
  readonly mime: string;
}

/** Major brands of files whose layout is plain moov + mdat (ISO/IEC 14496-12 §4.3, 14496-14). */
const MP4_BRANDS =
  /^(iso[2-9m]|mp4[12]|mp71|avc1|hvc1|M4V[ HP]|M4[AB] |MSNV|XAVC|f4v |mmp4|3gp[4-9]|3g2[a-c]|3ge[6-9]|3gg[6-9]|3gs[6-9]|3gr[6-9]|3gm[6-9])$/;
/** Brands that make a file ours only when nothing says it is an image or a RAW file. */
const COMPATIBLE_VIDEO = /^(iso[2-9m]|mp4[12]|avc1|qt {2}|3gp[4-9])$/;
const QUICKTIME_FIRST_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

export function sniffVideoKind(head: Uint8Array): VideoKind | null {
  if (startsWith(head, 4, 'ftyp')) return fromBrands(head);
  if (head.length < 8) return null;
  const size = u32be(head, 0);
  const type = String.fromCharCode(head[4]!, head[5]!, head[6]!, head[7]!);
  if (!QUICKTIME_FIRST_ATOMS.has(type) || (size !== 1 && size !== 0 && size < 8)) return null;
  return { format: 'mov', mime: 'video/quicktime' };
}

function fromBrands(head: Uint8Array): VideoKind | null {
  const brands = readBrands(head);
  if (!brands || classifyBrands(brands) !== null) return null; // HEIF/AVIF: a still image
  const { major, compatible } = brands;
  if (major === 'crx ' || compatible.includes('crx ')) return null;
  if (major === 'qt  ') return { format: 'mov', mime: 'video/quicktime' };
  if (MP4_BRANDS.test(major)) return { format: 'mp4', mime: mimeFor(major) };
  if (compatible.some((brand) => COMPATIBLE_VIDEO.test(brand))) {
    return compatible.includes('qt  ') && !compatible.some((b) => MP4_BRANDS.test(b))
      ? { format: 'mov', mime: 'video/quicktime' }
      : { format: 'mp4', mime: 'video/mp4' };
  }
  return null;
}

function mimeFor(major: string): string {
  if (major.startsWith('3g2')) return 'video/3gpp2';
  if (major.startsWith('3g')) return 'video/3gpp';
  if (major.startsWith('M4V')) return 'video/x-m4v';
  if (major === 'M4A ' || major === 'M4B ') return 'audio/mp4'; // voice notes: same container
  return 'video/mp4';
}
