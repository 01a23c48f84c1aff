/**
 * A random id of 16 hex digits (64 bits from the platform's secure random), for the entries
 * Veil stores: never-reveal list entries and receipts.
 */
import { toHex } from '../scan/identity/hex.ts';

export function randomId(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(8)));
}
