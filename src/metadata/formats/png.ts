/**
 * PNG (W3C PNG Third Edition; APNG): an allow-list of chunks is copied byte for byte.
 *
 *   89 'PNG' 0D 0A 1A 0A | chunk* | IEND | (trailer: aCropalypse pixels, SEFT...)
 *   chunk = length u32be | type 4 letters | data | CRC-32(type + data) u32be
 *
 * Kept: rendering chunks (IHDR PLTE tRNS gAMA cHRM sRGB iCCP cICP sBIT pHYs bKGD cLLI mDCV),
 * APNG (acTL fcTL fdAT), IDAT, IEND. The first eXIf before the image data becomes a minimal
 * eXIf holding only Orientation when that is not 1. Everything else is removed and reported;
 * an unknown critical chunk (uppercase first letter) cannot be skipped, so the file is refused.
 */
import {
  ascii,
  concat,
  latin1Bytes,
  need,
  slice,
  startsWith,
  u32be,
  writeU32be,
} from '../bytes.ts';
import { crc32 } from '../crc32.ts';
import { fail } from '../errors.ts';
import {
  buildOrientationTiff,
  isMinimalOrientationTiff,
  readExifOrientation,
} from '../exif-orientation.ts';
import type { FormatHandler, KeptPart, StripSuccess } from '../types.ts';
import { describeTextChunk } from './png-text.ts';
import { RemovedParts } from './removed-parts.ts';

const SIGNATURE = '\x89PNG\r\n\x1a\n';
/** PNG §5.3: lengths are at most 2^31 - 1. */
const MAX_CHUNK_LENGTH = 0x7fffffff;
/** Far above any real file (a 500 MB APNG of 8 KB fdATs has ~64k); bounds the chunk list. */
const MAX_CHUNKS = 1_000_000;

/**
 * Chunks that survive, with the data lengths the spec allows. Fixed sizes matter: a kept chunk
 * longer than its fields would be a place to hide bytes.
 */
const KEPT: ReadonlyMap<string, (length: number) => boolean> = new Map([
  ['IHDR', (n: number) => n === 13],
  ['PLTE', (n: number) => n > 0 && n <= 768 && n % 3 === 0],
  ['tRNS', (n: number) => n <= 256],
  ['gAMA', (n: number) => n === 4],
  ['cHRM', (n: number) => n === 32],
  ['sRGB', (n: number) => n === 1],
  ['iCCP', (n: number) => n >= 3],
  ['cICP', (n: number) => n === 4],
  ['sBIT', (n: number) => n >= 1 && n <= 4],
  ['pHYs', (n: number) => n === 9],
  ['bKGD', (n: number) => n === 1 || n === 2 || n === 6],
  ['cLLI', (n: number) => n === 8],
  ['mDCV', (n: number) => n === 24],
  ['acTL', (n: number) => n === 8],
  ['fcTL', (n: number) => n === 26],
  ['fdAT', (n: number) => n >= 4],
  ['IDAT', () => true],
  ['IEND', (n: number) => n === 0],
]);
const COLOUR_INFO = new Set(['gAMA', 'cHRM', 'sRGB', 'cICP', 'cLLI', 'mDCV']);
const TEXT = new Set(['tEXt', 'zTXt', 'iTXt']);

interface Chunk {
  type: string;
  /** Offset of the length field. */
  start: number;
  length: number;
}

/** Walks the chunks up to IEND; every length is checked against the end of the data. */
function walkPng(bytes: Uint8Array): { chunks: Chunk[]; end: number } {
  if (!startsWith(bytes, 0, SIGNATURE)) fail('malformed', 'the PNG signature is damaged');
  const chunks: Chunk[] = [];
  let pos = SIGNATURE.length;
  for (;;) {
    if (chunks.length >= MAX_CHUNKS) fail('too_large', 'the PNG has too many chunks');
    need(bytes, pos, 8, 'PNG chunk header');
    const length = u32be(bytes, pos);
    if (length > MAX_CHUNK_LENGTH) fail('malformed', 'a PNG chunk declares an impossible length');
    const type = ascii(bytes, pos + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) fail('malformed', 'a PNG chunk type is not four letters');
    need(bytes, pos, 12 + length, `PNG ${type} chunk`);
    if (chunks.length === 0 && type !== 'IHDR')
      fail('malformed', 'the PNG does not start with IHDR');
    chunks.push({ type, start: pos, length });
    pos += 12 + length; // always moves forward: 12 bytes at least
    if (type === 'IEND') return { chunks, end: pos };
  }
}

function chunkData(bytes: Uint8Array, c: Chunk): Uint8Array {
  return slice(bytes, c.start + 8, c.length);
}

function crcMatches(bytes: Uint8Array, c: Chunk): boolean {
  const stored = u32be(bytes, c.start + 8 + c.length, 'PNG chunk CRC');
  return crc32(slice(bytes, c.start + 4, 4 + c.length)) === stored;
}

/** A whole chunk (length, type, data, CRC) with a freshly computed CRC. */
function buildChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32be(out, 0, data.length);
  out.set(latin1Bytes(type), 4);
  out.set(data, 8);
  writeU32be(out, 8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** iCCP starts with a profile name of 1-79 Latin-1 characters ended by a NUL (§11.3.2.3). */
function profileName(data: Uint8Array): string | undefined {
  const nul = data.subarray(0, 80).indexOf(0);
  if (nul < 1) return undefined;
  const name = ascii(data, 0, nul);
  return /^[\x20-\x7e]+$/.test(name) ? name : undefined;
}

function stripPng(input: Uint8Array): StripSuccess {
  const { chunks, end } = walkPng(input);
  const removed = new RemovedParts();
  const kept: KeptPart[] = [];
  const parts: Uint8Array[] = [slice(input, 0, SIGNATURE.length)];
  let seenImageData = false;
  let seenExif = false;

  for (const c of chunks) {
    const type = c.type;
    const whole = slice(input, c.start, 12 + c.length);
    const allowedLength = KEPT.get(type);
    if (allowedLength) {
      if (!allowedLength(c.length)) fail('malformed', `the PNG ${type} chunk has the wrong size`);
      parts.push(whole);
      if (type === 'IDAT') seenImageData = true;
      if (type === 'iCCP') {
        const name = profileName(chunkData(input, c));
        kept.push(name ? { kind: 'colour_profile', detail: name } : { kind: 'colour_profile' });
      } else if (COLOUR_INFO.has(type)) {
        kept.push({ kind: 'colour_info', detail: type });
      } else if (type === 'acTL') {
        kept.push({ kind: 'animation', value: u32be(input, c.start + 8, 'APNG frame count') });
      }
      continue;
    }
    if (type === 'eXIf') {
      const tiff = chunkData(input, c);
      removed.add('exif', whole.length, undefined, tiff);
      // Viewers apply only an eXIf that precedes the image data (PNG §11.3.4.5; browsers
      // ignore a late one), so only that one keeps its orientation, in the same place.
      const orientation = seenImageData || seenExif ? 1 : readExifOrientation(tiff);
      seenExif = true;
      if (orientation !== 1) {
        parts.push(buildChunk('eXIf', buildOrientationTiff(orientation)));
        kept.push({ kind: 'orientation', value: orientation });
      }
      continue;
    }
    if (/^[A-Z]/.test(type)) {
      fail('unsupported_variant', `the PNG holds an unknown critical chunk (${type})`);
    }
    if (TEXT.has(type)) {
      const info = describeTextChunk(type, chunkData(input, c));
      removed.add(info.kind, whole.length, info.detail, info.payload);
    } else if (type === 'tIME') {
      removed.add('timestamp', whole.length, 'tIME');
    } else {
      removed.add('vendor', whole.length, type);
    }
  }
  if (end < input.length) removed.add('trailer', input.length - end);
  return { output: concat(parts), parts, removed: removed.list, kept };
}

/** Re-walks a cleaned PNG: only allowed chunks, valid CRCs, a minimal eXIf, nothing after IEND. */
function verifyPng(output: Uint8Array): void {
  const refuse = (why: string): never => fail('verification_failed', `cleaned PNG: ${why}`);
  let walked: ReturnType<typeof walkPng>;
  try {
    walked = walkPng(output);
  } catch {
    return refuse('its chunk structure does not read back');
  }
  if (walked.end !== output.length) refuse('bytes remain after IEND');
  let seenImageData = false;
  let exifCount = 0;
  for (const c of walked.chunks) {
    // The one CRC pass over the image: kept chunks are byte copies, so a mismatch here means
    // the original was damaged (or a new chunk was built wrong); either way nothing is sent.
    if (!crcMatches(output, c)) refuse(`a ${c.type} chunk fails its checksum (damaged file?)`);
    if (c.type === 'IDAT') seenImageData = true;
    if (c.type === 'eXIf') {
      exifCount++;
      const minimal = isMinimalOrientationTiff(chunkData(output, c));
      if (!minimal || seenImageData || exifCount > 1) refuse('an eXIf chunk is not minimal');
      continue;
    }
    const allowedLength = KEPT.get(c.type);
    if (!allowedLength) refuse(`a ${c.type} chunk is outside the allow-list`);
    else if (!allowedLength(c.length)) refuse(`the ${c.type} chunk has the wrong size`);
  }
}

export const pngFormat: FormatHandler = {
  id: 'png',
  label: 'PNG',
  mime: 'image/png',
  sniff: (head) => startsWith(head, 0, SIGNATURE),
  strip: stripPng,
  verify: verifyPng,
};
