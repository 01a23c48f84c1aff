/**
 * Bytes as lower-case hex, in a module of its own so code that needs only this (the upload
 * guard's receipt ids) does not bundle the SHA-256 tables beside it.
 */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
