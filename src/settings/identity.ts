/**
 * The user's identities, as the text checker needs them:
 *
 *   work       the names, numbers and handles the user works under (never flagged), plain text
 *   personal   the never-reveal list (legal name, hometown, employer...), one entry per item,
 *              each kept ONLY as keyed hashes (src/scan hashPersonalTerms) plus a masked
 *              preview ("J••• S•••") so the options page can show which entry is which
 *   key        a random per-install HMAC key (base64), made on first use
 *
 * Entries are hashed one by one so one can be removed without the others' plain text.
 * `mergedPersonalHashes` joins them for a scan. Pure: no browser APIs (storage is in items.ts).
 */
import { z } from 'zod';
import type { PersonalHashes } from '../scan/index.ts';

export const MAX_WORK_ENTRIES = 50;
export const MAX_PERSONAL_ENTRIES = 50;
export const MAX_ENTRY_LENGTH = 200;

const PersonalHashesSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string().regex(/^[0-9a-f]{8,64}$/), z.number().int().min(0).max(255)),
  filter: z.string().max(20_000),
});

export const PersonalEntrySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  preview: z.string().max(MAX_ENTRY_LENGTH),
  hashes: PersonalHashesSchema,
});

export const IdentitySchema = z.object({
  key: z.string().max(100).catch(''),
  work: z.array(z.string().min(1).max(MAX_ENTRY_LENGTH)).max(MAX_WORK_ENTRIES).catch([]),
  personal: z.array(PersonalEntrySchema).max(MAX_PERSONAL_ENTRIES).catch([]),
});

export type PersonalEntry = z.infer<typeof PersonalEntrySchema>;
export type Identity = z.infer<typeof IdentitySchema>;

export const EMPTY_IDENTITY: Identity = Object.freeze({
  key: '',
  work: [],
  personal: [],
}) as Identity;

export function parseIdentity(raw: unknown): Identity {
  const parsed = IdentitySchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return parsed.success ? parsed.data : { key: '', work: [], personal: [] };
}

/**
 * "Jane Smith" -> "J••• S•••": the first letter of each word and a fixed number of dots, so the
 * preview says which entry it is without giving the length or the rest of the word away.
 */
export function maskTerm(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${Array.from(word)[0] ?? ''}•••`)
    .join(' ');
}

/** One table and one filter for all entries (the filters are OR-ed bit by bit). */
export function mergedPersonalHashes(entries: readonly PersonalEntry[]): PersonalHashes | null {
  if (entries.length === 0) return null;
  const table: Record<string, number> = {};
  let bits: Uint8Array | null = null;
  for (const { hashes } of entries) {
    for (const [hash, flags] of Object.entries(hashes.entries)) {
      table[hash] = (table[hash] ?? 0) | flags;
    }
    const filter = fromBase64(hashes.filter);
    if (!bits) bits = filter;
    else for (let i = 0; i < bits.length; i++) bits[i] = (bits[i] ?? 0) | (filter[i] ?? 0);
  }
  return { version: 1, entries: table, filter: toBase64(bits ?? new Uint8Array()) };
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
