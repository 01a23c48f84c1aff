/**
 * Decide what a file is from its first bytes, never from its name or MIME type: a renamed
 * HEIC or a JPEG served as `application/octet-stream` must be cleaned all the same.
 */
import { ascii, startsWith, u32be } from './bytes.ts';
import { FORMATS } from './registry.ts';
import type { FormatHandler } from './types.ts';
import { sniffVideoKind, type VideoKind } from './formats/isobmff/video/brands.ts';

export type SniffResult =
  | { kind: 'supported'; handler: FormatHandler }
  | { kind: 'refused'; name: string; reason: string }
  | { kind: 'unknown' };

export function sniff(head: Uint8Array): SniffResult {
  for (const handler of FORMATS) {
    if (handler.sniff(head)) return { kind: 'supported', handler };
  }
  const refused = sniffRefused(head);
  return refused ?? { kind: 'unknown' };
}

/**
 * MP4, MOV, M4V and 3GP (by ftyp brand, or a QuickTime file opening with moov/mdat/wide/free),
 * which `cleanFile` sends to the streaming video cleaner. HEIF/AVIF and CR3 are never videos.
 */
export function sniffVideo(head: Uint8Array): VideoKind | null {
  try {
    return sniffVideoKind(head);
  } catch {
    return null;
  }
}

/**
 * Image and video formats that can carry identifying metadata but that Veil cannot clean yet.
 * They are named so the user is told why the file was held back, instead of "unknown".
 */
function sniffRefused(b: Uint8Array): SniffResult | null {
  const refuse = (name: string, reason: string): SniffResult => ({ kind: 'refused', name, reason });
  if (startsWith(b, 0, 'IIRO') || startsWith(b, 0, 'IIRS') || startsWith(b, 0, 'IIU\0')) {
    return refuse('RAW', 'camera RAW files cannot be cleaned yet');
  }
  if (startsWith(b, 0, 'II*\0') || startsWith(b, 0, 'MM\0*')) {
    return refuse(
      'TIFF',
      'TIFF and TIFF-based RAW files keep camera data in the image structure itself and cannot be cleaned yet',
    );
  }
  if (startsWith(b, 0, 'FUJIFILMCCD-RAW'))
    return refuse('RAW', 'Fujifilm RAW files cannot be cleaned yet');
  if (startsWith(b, 0, 'BM')) return refuse('BMP', 'BMP files cannot be cleaned yet');
  if (startsWith(b, 0, '\xff\x0a') || startsWith(b, 4, 'JXL ')) {
    return refuse('JPEG XL', 'JPEG XL files cannot be cleaned yet');
  }
  if (startsWith(b, 0, '%PDF')) return refuse('PDF', 'PDF documents cannot be cleaned');
  if (startsWith(b, 0, '8BPS')) return refuse('Photoshop', 'Photoshop documents cannot be cleaned');
  if (startsWith(b, 4, 'ftyp')) {
    const brand = safeBrand(b);
    if (brand === 'crx ') return refuse('RAW', 'Canon CR3 RAW files cannot be cleaned yet');
    // MP4/MOV/M4V/3GP reach cleanFile's streaming video cleaner first (sniffVideo above); a
    // video handed to the in-memory image path is refused with the reason.
    if (sniffVideo(b)) return refuse('video', 'videos are cleaned by the streaming video cleaner');
    return refuse('video', 'this video or image container cannot be cleaned yet');
  }
  if (startsWith(b, 0, 'RIFF'))
    return refuse('RIFF', 'this RIFF file (AVI or WAV) cannot be cleaned');
  if (startsWith(b, 0, '\x1a\x45\xdf\xa3'))
    return refuse('Matroska/WebM', 'MKV and WebM videos cannot be cleaned yet');
  return null;
}

function safeBrand(b: Uint8Array): string {
  try {
    u32be(b, 0);
    return ascii(b, 8, 4);
  } catch {
    return '';
  }
}
