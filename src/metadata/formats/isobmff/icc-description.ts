/**
 * The human-readable name of an ICC profile ("Display P3"), for the receipt's kept line.
 *
 *   header (128 bytes) | tag count u32 | tags: signature u32, offset u32, size u32
 *   'desc' tag: type 'desc' (ICC v2: u32 reserved, u32 count, ASCII) or
 *               type 'mluc' (ICC v4: u32 reserved, u32 records, u32 record size,
 *                            records: language u16, country u16, length u32, offset u32; UTF-16BE)
 *
 * Best effort: anything unexpected gives undefined, never an error (the profile is kept either
 * way). The text is reduced to plain printable characters.
 */
import { ascii, u16be, u32be } from '../../bytes.ts';

const MAX_TAGS = 1000;
const MAX_NAME = 64;

export function iccDescription(icc: Uint8Array): string | undefined {
  try {
    const count = u32be(icc, 128);
    if (count > MAX_TAGS) return undefined;
    for (let i = 0; i < count; i++) {
      const entry = 132 + i * 12;
      if (ascii(icc, entry, 4) !== 'desc') continue;
      return tidy(readText(icc, u32be(icc, entry + 4), u32be(icc, entry + 8)));
    }
  } catch {
    // A profile we cannot read still renders; it simply gets no name in the receipt.
  }
  return undefined;
}

function readText(icc: Uint8Array, offset: number, size: number): string {
  const end = Math.min(offset + size, icc.length);
  const type = ascii(icc, offset, 4);
  if (type === 'desc') {
    const length = Math.min(u32be(icc, offset + 8), end - offset - 12, MAX_NAME);
    return ascii(icc, offset + 12, Math.max(0, length));
  }
  if (type === 'mluc' && u32be(icc, offset + 8) > 0) {
    const length = Math.min(u32be(icc, offset + 20), MAX_NAME * 2);
    const start = offset + u32be(icc, offset + 24);
    let s = '';
    for (let i = 0; i + 1 < length && start + i + 2 <= end; i += 2) {
      s += String.fromCharCode(u16be(icc, start + i));
    }
    return s;
  }
  return '';
}

function tidy(text: string): string | undefined {
  const clean = text
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, MAX_NAME);
  return clean === '' ? undefined : clean;
}
