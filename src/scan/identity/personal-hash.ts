/**
 * The never-reveal list as keyed hashes. The options page hashes each entry's forms (whole entry,
 * distinctive parts, one-deletion variants) with HMAC-SHA-256 under a random per-install key and
 * stores only `{hash: flags}`; the plain entries are never written to storage. The scanner hashes
 * the same forms of the text's token windows under the same key and looks them up.
 *
 * What the flags reveal: whether a hash belongs to a whole entry or a part, and whether that form
 * is an everyday word that needs a capital letter. Hashes are truncated to 128 bits.
 */
import { HmacSha256 } from './sha256.ts';
import { entryForms } from './personal-forms.ts';
import type { FormLookup } from './personal.ts';

export interface PersonalHashes {
  version: 1;
  /** Truncated HMAC-SHA-256 (hex) of each form -> flags (see personal-forms.ts). */
  entries: Record<string, number>;
  /**
   * A keyed one-hash Bloom filter (65,536 bits, base64) over the same forms. Most text windows
   * are not entries; the filter rejects them with a cheap keyed FNV-1a instead of an HMAC, which
   * keeps a scan with the hashed list within the typing budget. It reveals no more than the
   * HMAC table: both need the key to test a guess.
   */
  filter: string;
}

const FILTER_BITS = 65536;

/** FNV-1a over the key bytes, then the form: a cheap keyed 16-bit bucket. */
function keyedBucket(seed: number, form: string): number {
  let h = seed;
  for (let i = 0; i < form.length; i++) {
    h ^= form.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  return (h >>> 0) % FILTER_BITS;
}

function keySeed(key: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of key) {
    h ^= b;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function hashPersonalTerms(terms: readonly string[], key: Uint8Array): PersonalHashes {
  const hmac = new HmacSha256(key);
  const entries: Record<string, number> = {};
  const bits = new Uint8Array(FILTER_BITS / 8);
  const seed = keySeed(key);
  for (const term of terms) {
    for (const [form, flags] of entryForms(term)) {
      const h = hmac.hex(form);
      entries[h] = (entries[h] ?? 0) | flags;
      const bucket = keyedBucket(seed, form);
      bits[bucket >>> 3] = (bits[bucket >>> 3] ?? 0) | (1 << (bucket & 7));
    }
  }
  return { version: 1, entries, filter: toBase64(bits) };
}

/** A lookup that hashes each queried form; results are cached for the life of one scan. */
export function hashedLookup(hashes: PersonalHashes, key: Uint8Array): FormLookup {
  const hmac = new HmacSha256(key);
  const cache = new Map<string, number | undefined>();
  const bits = fromBase64(hashes.filter);
  const seed = keySeed(key);
  return {
    get(form: string) {
      const bucket = keyedBucket(seed, form);
      if (bits.length === FILTER_BITS / 8 && !((bits[bucket >>> 3] ?? 0) & (1 << (bucket & 7))))
        return undefined;
      if (cache.has(form)) return cache.get(form);
      const flags = hashes.entries[hmac.hex(form)];
      cache.set(form, flags);
      return flags;
    },
  };
}
