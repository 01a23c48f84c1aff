import { latin1Bytes } from '../../bytes.ts';

/**
 * The first offset in [from, to) where `needle` starts, or -1. `indexOf` finds candidates for
 * the first byte natively, so large payloads are not walked byte by byte in JS.
 */
export function findBytes(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const first = needle[0];
  if (first === undefined) return -1;
  const last = Math.min(to, hay.length) - needle.length;
  let at = Math.max(0, from);
  while (at <= last) {
    const hit = hay.indexOf(first, at);
    if (hit < 0 || hit > last) return -1;
    let i = 1;
    while (i < needle.length && hay[hit + i] === needle[i]) i++;
    if (i === needle.length) return hit;
    at = hit + 1;
  }
  return -1;
}

/** Signatures as bytes, built once. */
export function signature(text: string): Uint8Array {
  return latin1Bytes(text);
}
