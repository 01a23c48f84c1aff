/**
 * Bounds-checked reads over a Uint8Array. Format code reads bytes only through these helpers,
 * so a hostile length field can never make it index past the data: every read that would
 * leave the buffer throws `StripError('truncated')`.
 */
import { fail } from './errors.ts';

export function need(bytes: Uint8Array, offset: number, length: number, what: string): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    fail('malformed', `${what}: impossible offset or length`);
  }
  if (offset + length > bytes.length) fail('truncated', `${what} runs past the end of the file`);
}

export function u8(b: Uint8Array, o: number, what = 'byte'): number {
  need(b, o, 1, what);
  return b[o]!;
}

export function u16be(b: Uint8Array, o: number, what = 'value'): number {
  need(b, o, 2, what);
  return (b[o]! << 8) | b[o + 1]!;
}

export function u16le(b: Uint8Array, o: number, what = 'value'): number {
  need(b, o, 2, what);
  return b[o]! | (b[o + 1]! << 8);
}

export function u32be(b: Uint8Array, o: number, what = 'value'): number {
  need(b, o, 4, what);
  return ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
}

export function u32le(b: Uint8Array, o: number, what = 'value'): number {
  need(b, o, 4, what);
  return ((b[o + 3]! << 24) >>> 0) + ((b[o + 2]! << 16) | (b[o + 1]! << 8) | b[o]!);
}

/** 64-bit big-endian; refuses values JavaScript numbers cannot hold exactly. */
export function u64be(b: Uint8Array, o: number, what = 'value'): number {
  const high = u32be(b, o, what);
  const low = u32be(b, o + 4, what);
  if (high >= 0x200000) fail('too_large', `${what} is larger than any file Veil can handle`);
  return high * 0x100000000 + low;
}

/** `length` bytes as Latin-1 text (four-character codes, signatures). */
export function ascii(b: Uint8Array, o: number, length: number, what = 'text'): string {
  need(b, o, length, what);
  let s = '';
  for (let i = o; i < o + length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** A view (no copy) of `length` bytes at `o`. */
export function slice(b: Uint8Array, o: number, length: number, what = 'data'): Uint8Array {
  need(b, o, length, what);
  return b.subarray(o, o + length);
}

export function startsWith(b: Uint8Array, o: number, signature: string): boolean {
  if (o < 0 || o + signature.length > b.length) return false;
  for (let i = 0; i < signature.length; i++) {
    if (b[o + i] !== signature.charCodeAt(i)) return false;
  }
  return true;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function writeU16be(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 8) & 0xff;
  b[o + 1] = v & 0xff;
}

export function writeU32be(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 24) & 0xff;
  b[o + 1] = (v >>> 16) & 0xff;
  b[o + 2] = (v >>> 8) & 0xff;
  b[o + 3] = v & 0xff;
}

export function writeU32le(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}
