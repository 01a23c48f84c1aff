/**
 * The one JPEG segment walker, used by `strip` and again by `verify` on the output.
 *
 *   SOI | marker segments (APPn, COM, DQT, DHT, DAC, DRI, SOFn) | SOS + entropy-coded data
 *       | [DHT / DQT / DRI / DNL / APPn / COM | SOS + data]* (progressive) | EOI | trailer
 *
 * The end of the image is the EOI that ends the last scan, found by walking the entropy-coded
 * data forwards (ITU T.81 B.1.1.5: inside a scan 0xFF is followed by 0x00 stuffing, RST0-7 or
 * fill 0xFF; any other byte starts a marker). Searching backwards for the last FFD9 would count
 * appended MPF images and motion-photo videos as image data (METADATA.md §3.1).
 */
import { need, u16be, u8 } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import { ffScanner, nextFF, type FFScanner } from './ff-scanner.ts';

export const SOI = 0xd8;
export const EOI = 0xd9;
export const SOS = 0xda;
export const DQT = 0xdb;
export const DNL = 0xdc;
export const DRI = 0xdd;
export const DHT = 0xc4;
export const DAC = 0xcc;
export const APP0 = 0xe0;
export const APP1 = 0xe1;
export const APP2 = 0xe2;
export const APP11 = 0xeb;
export const APP13 = 0xed;
export const APP14 = 0xee;
export const APP15 = 0xef;
export const COM = 0xfe;

/**
 * Frames a browser decoder handles: baseline, extended, progressive and lossless, Huffman or
 * arithmetic. SOF5-7 and SOF13-15 only occur in hierarchical files (with DHP/EXP), which no
 * browser decodes, so they are refused rather than passed through unchecked.
 */
const SUPPORTED_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca, 0xcb]);
const HIERARCHICAL = new Set([0xc5, 0xc6, 0xc7, 0xcd, 0xce, 0xcf, 0xde, 0xdf]);
const TABLES = new Set([DQT, DHT, DAC, DRI]);

/** Protects memory from a file made of millions of empty segments. */
export const MAX_SEGMENTS = 100_000;

export interface JpegSegment {
  /** The marker code (the byte after 0xFF). */
  readonly marker: number;
  /** Offset of the 0xFF that starts the marker. */
  readonly start: number;
  /** Offset of the first byte after the length field. */
  readonly bodyStart: number;
  /** Offset just past the declared length. */
  readonly bodyEnd: number;
  /** Offset just past the segment; for SOS this includes the entropy-coded data after it. */
  readonly end: number;
}

export interface JpegLayout {
  /** Every segment between SOI and EOI, in file order (SOI and EOI themselves excluded). */
  readonly segments: readonly JpegSegment[];
  /** Offset just past the EOI of the primary image: everything from here on is trailer. */
  readonly imageEnd: number;
}

export function isFrame(marker: number): boolean {
  return SUPPORTED_FRAMES.has(marker);
}

export function isApp(marker: number): boolean {
  return marker >= APP0 && marker <= APP15;
}

/** Tables, frame and scan segments: the parts that only describe how to decode pixels. */
export function isImageStructure(marker: number): boolean {
  return TABLES.has(marker) || SUPPORTED_FRAMES.has(marker) || marker === SOS || marker === DNL;
}

export function walkJpeg(bytes: Uint8Array): JpegLayout {
  if (u8(bytes, 0, 'SOI') !== 0xff || u8(bytes, 1, 'SOI') !== SOI) {
    fail('unsupported_format', 'the file does not start like a JPEG');
  }
  const segments: JpegSegment[] = [];
  let scanner: FFScanner | undefined;
  let frameSeen = false;
  let scanSeen = false;
  let pos = 2;
  for (;;) {
    if (u8(bytes, pos, 'marker') !== 0xff) {
      fail('malformed', 'unexpected bytes between JPEG segments');
    }
    const markerAt = skipFill(bytes, pos);
    const marker = u8(bytes, markerAt + 1, 'marker');
    if (marker === EOI) {
      if (!frameSeen || !scanSeen) fail('malformed', 'the JPEG has no image data');
      return { segments, imageEnd: markerAt + 2 };
    }
    if (segments.length >= MAX_SEGMENTS) fail('too_large', 'the JPEG has too many segments');
    checkMarker(marker, frameSeen);
    const length = u16be(bytes, markerAt + 2, 'segment length');
    if (length < 2) fail('malformed', 'a JPEG segment has an impossible length');
    const bodyStart = markerAt + 4;
    const bodyEnd = markerAt + 2 + length;
    need(bytes, markerAt, 2 + length, 'JPEG segment');
    let end = bodyEnd;
    if (isFrame(marker)) {
      checkFrameHeader(bytes, bodyStart, length);
      frameSeen = true;
    } else if (marker === SOS) {
      if (!frameSeen) fail('malformed', 'a JPEG scan starts before its frame header');
      checkScanHeader(bytes, bodyStart, length);
      scanSeen = true;
      end = entropyDataEnd(bytes, (scanner ??= ffScanner(bytes)), bodyEnd);
    }
    segments.push({ marker, start: markerAt, bodyStart, bodyEnd, end });
    // Progress is guaranteed: every segment is at least 4 bytes long.
    pos = end;
  }
}

/** Skips optional 0xFF fill bytes before a marker (T.81 B.1.1.2); returns the marker's 0xFF. */
function skipFill(bytes: Uint8Array, pos: number): number {
  let at = pos;
  // Bounded by the data; the caller's read of the marker byte reports a file that ends here.
  while (at + 1 < bytes.length && bytes[at + 1] === 0xff) at++;
  return at;
}

function checkMarker(marker: number, frameSeen: boolean): void {
  if (HIERARCHICAL.has(marker)) {
    fail('unsupported_variant', 'hierarchical JPEG files cannot be cleaned');
  }
  if (marker >= 0xf0 && marker <= 0xfd) {
    fail('unsupported_variant', 'JPEG-LS and JPEG extension files cannot be cleaned');
  }
  if (isFrame(marker) && frameSeen) fail('malformed', 'the JPEG has more than one frame header');
  if (isApp(marker) || marker === COM || isImageStructure(marker)) return;
  fail('malformed', 'the JPEG holds an unknown or misplaced marker');
}

function checkFrameHeader(bytes: Uint8Array, body: number, length: number): void {
  const components = u8(bytes, body + 5, 'frame header');
  if (components === 0 || length !== 8 + 3 * components) {
    fail('malformed', 'the JPEG frame header is damaged');
  }
}

function checkScanHeader(bytes: Uint8Array, body: number, length: number): void {
  const components = u8(bytes, body, 'scan header');
  if (components === 0 || components > 4 || length !== 6 + 2 * components) {
    fail('malformed', 'the JPEG scan header is damaged');
  }
}

/**
 * The offset where the entropy-coded data starting at `from` ends: the first 0xFF of the next
 * marker (including its fill bytes). The scanner jumps between 0xFF bytes, so this loop runs
 * once per 0xFF (rare in compressed data), not once per byte.
 */
function entropyDataEnd(bytes: Uint8Array, scanner: FFScanner, from: number): number {
  let at = from;
  for (;;) {
    const ff = nextFF(scanner, at);
    if (ff < 0) fail('truncated', 'the JPEG image data ends without an end marker');
    let next = ff + 1;
    while (next < bytes.length && bytes[next] === 0xff) next++;
    if (next >= bytes.length) fail('truncated', 'the JPEG image data ends without an end marker');
    const code = bytes[next]!;
    if (code === 0x00 || (code >= 0xd0 && code <= 0xd7)) {
      at = next + 1;
      continue;
    }
    return ff;
  }
}
