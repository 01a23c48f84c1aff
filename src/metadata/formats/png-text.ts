/**
 * What a removed PNG text chunk held, for the receipt (PNG spec §11.3.3):
 *
 *   tEXt: keyword 00 text (Latin-1)
 *   zTXt: keyword 00 method compressed-text
 *   iTXt: keyword 00 compressed-flag method language 00 translated-keyword 00 text (UTF-8)
 *
 * The keyword is free text a writer chose, so it reaches the receipt only when it is one of the
 * well-known keywords below; anything else is reported as "other". Payloads are decoded only
 * when stored uncompressed: inflating needs an async API, and the chunk goes either way.
 */
import type { RemovedKind } from '../types.ts';
import { tiffFromExif } from './tiff-payload.ts';

/** Keywords seen in real files (PNG spec §11.3.3.2, ImageMagick, freedesktop, AI tools). */
const KNOWN_KEYWORDS = [
  'Title',
  'Author',
  'Description',
  'Copyright',
  'Creation Time',
  'Software',
  'Disclaimer',
  'Warning',
  'Source',
  'Comment',
  'Label',
  'XML:com.adobe.xmp',
  'Raw profile type exif',
  'Raw profile type iptc',
  'Raw profile type xmp',
  'Raw profile type APP1',
  'Raw profile type 8bim',
  'Raw profile type icc',
  'Thumb::URI',
  'Thumb::MTime',
  'Thumb::Size',
  'Thumb::Mimetype',
  'Thumb::Image::Width',
  'Thumb::Image::Height',
  'date:create',
  'date:modify',
  'date:timestamp',
  'parameters',
  'prompt',
  'workflow',
];
const BY_LOWER = new Map(KNOWN_KEYWORDS.map((k) => [k.toLowerCase(), k]));

/** The longest keyword PNG allows (§11.3.3.2); a longer run means the chunk is malformed. */
const MAX_KEYWORD = 79;

export interface TextChunkInfo {
  kind: RemovedKind;
  detail: string;
  payload?: Uint8Array;
}

export function describeTextChunk(type: string, data: Uint8Array): TextChunkInfo {
  const end = data.subarray(0, MAX_KEYWORD + 1).indexOf(0);
  const keyword = end > 0 ? latin1(data.subarray(0, end)) : '';
  const known = BY_LOWER.get(keyword.toLowerCase());
  const detail = known ?? 'other';
  const text = end > 0 ? uncompressedText(type, data, end + 1) : undefined;
  const lower = known?.toLowerCase();

  if (lower === 'xml:com.adobe.xmp') return withPayload('xmp', detail, text);
  if (lower === 'raw profile type exif' || lower === 'raw profile type app1') {
    const tiff = text ? tiffFromExif(decodeRawProfile(text)) : undefined;
    return withPayload('exif', detail, tiff);
  }
  if (lower === 'raw profile type xmp') {
    return withPayload('xmp', detail, text ? decodeRawProfile(text) : undefined);
  }
  if (lower === 'raw profile type iptc') return { kind: 'iptc', detail };
  if (lower === 'raw profile type 8bim') return { kind: 'photoshop', detail };
  return { kind: 'text', detail };
}

function withPayload(kind: RemovedKind, detail: string, payload?: Uint8Array): TextChunkInfo {
  return payload && payload.length > 0 ? { kind, detail, payload } : { kind, detail };
}

/** The text bytes after the keyword, or undefined when the chunk stores them compressed. */
function uncompressedText(type: string, data: Uint8Array, at: number): Uint8Array | undefined {
  if (type === 'tEXt') return data.subarray(at);
  if (type !== 'iTXt' || data[at] !== 0) return undefined;
  // Skip the compression flag and method, then the language tag and translated keyword.
  let pos = at + 2;
  for (let field = 0; field < 2; field++) {
    const nul = data.indexOf(0, pos);
    if (nul < 0) return undefined;
    pos = nul + 1;
  }
  return data.subarray(pos);
}

/**
 * ImageMagick's "Raw profile type" text: "\n<name>\n<length, right-aligned>\n<hex, in lines>".
 * Returns the decoded bytes, or undefined when the layout is not exactly that.
 */
export function decodeRawProfile(text: Uint8Array): Uint8Array | undefined {
  let pos = 0;
  const nextLine = (): string | undefined => {
    while (pos < text.length && text[pos] === 0x0a) pos++;
    const nl = text.indexOf(0x0a, pos);
    if (nl < 0) return undefined;
    const line = latin1(text.subarray(pos, nl)).trim();
    pos = nl + 1;
    return line;
  };
  if (nextLine() === undefined) return undefined; // profile name
  const lengthLine = nextLine();
  if (!lengthLine || !/^\d{1,10}$/.test(lengthLine)) return undefined;
  const length = Number(lengthLine);
  if (length * 2 > text.length - pos) return undefined;
  const out = new Uint8Array(length);
  let nibbles = 0;
  for (; pos < text.length && nibbles < length * 2; pos++) {
    const c = text[pos]!;
    const v = hexValue(c);
    if (v < 0) {
      if (c === 0x0a || c === 0x0d || c === 0x20) continue;
      return undefined;
    }
    const index = nibbles >> 1;
    out[index] = nibbles & 1 ? out[index]! | v : v << 4;
    nibbles++;
  }
  return nibbles === length * 2 ? out : undefined;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (const byte of b) s += String.fromCharCode(byte);
  return s;
}
