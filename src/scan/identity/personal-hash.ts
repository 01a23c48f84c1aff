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
}

export function hashPersonalTerms(terms: readonly string[], key: Uint8Array): PersonalHashes {
  const hmac = new HmacSha256(key);
  const entries: Record<string, number> = {};
  for (const term of terms) {
    for (const [form, flags] of entryForms(term)) {
      const h = hmac.hex(form);
      entries[h] = (entries[h] ?? 0) | flags;
    }
  }
  return { version: 1, entries };
}

/** A lookup that hashes each queried form; results are cached for the life of one scan. */
export function hashedLookup(hashes: PersonalHashes, key: Uint8Array): FormLookup {
  const hmac = new HmacSha256(key);
  const cache = new Map<string, number | undefined>();
  return {
    get(form: string) {
      if (cache.has(form)) return cache.get(form);
      const flags = hashes.entries[hmac.hex(form)];
      cache.set(form, flags);
      return flags;
    },
  };
}
