/**
 * Changes to the stored identity, made by the background on messages from Veil's own pages.
 * The plain never-reveal term is hashed here and dropped: only its hashes and a masked preview
 * are written. The per-install key is made on first use with the platform's secure random.
 */
import { hashPersonalTerms } from '../scan/index.ts';
import {
  fromBase64,
  maskTerm,
  MAX_PERSONAL_ENTRIES,
  mergedPersonalHashes,
  parseIdentity,
  toBase64,
  type Identity,
} from './identity.ts';
import { identityItem } from './items.ts';
import { randomId } from './random-id.ts';

export async function readIdentity(): Promise<Identity> {
  return parseIdentity(await identityItem.getValue());
}

/**
 * Write the identity, keeping the fields the text guard's scanner reads (text-guard.ts:
 * `personalHashes`, the merged table, and `personalCount`) in step with the entries.
 */
async function writeIdentity(identity: Identity): Promise<void> {
  const raw = await identityItem.getValue();
  const stored = typeof raw === 'object' && raw !== null ? raw : {};
  await identityItem.setValue({
    ...stored,
    ...identity,
    personalHashes: mergedPersonalHashes(identity.personal),
    personalCount: identity.personal.length,
  } as Identity);
}

/** The per-install key, made and stored the first time it is needed. */
export async function identityKey(): Promise<Uint8Array> {
  const identity = await readIdentity();
  if (identity.key) return fromBase64(identity.key);
  const key = crypto.getRandomValues(new Uint8Array(32));
  await writeIdentity({ ...identity, key: toBase64(key) });
  return key;
}

export async function setWorkIdentity(entries: readonly string[]): Promise<void> {
  const work = [...new Set(entries.map((e) => e.trim()).filter(Boolean))];
  await writeIdentity(parseIdentity({ ...(await readIdentity()), work }));
}

export async function addPersonalTerm(term: string): Promise<void> {
  const clean = term.trim();
  if (!clean) return;
  const key = await identityKey();
  const identity = await readIdentity();
  const hashes = hashPersonalTerms([clean], key);
  // The same term twice is one entry (the keyed hashes are equal): a page may send the
  // message again when the background's worker was stopping and no answer came.
  const same = JSON.stringify(hashes);
  if (identity.personal.some((e) => JSON.stringify(e.hashes) === same)) return;
  if (identity.personal.length >= MAX_PERSONAL_ENTRIES) throw new Error('full');
  const entry = { id: randomId(), preview: maskTerm(clean), hashes };
  await writeIdentity({ ...identity, personal: [...identity.personal, entry] });
}

export async function removePersonalTerm(id: string): Promise<void> {
  const identity = await readIdentity();
  const personal = identity.personal.filter((e) => e.id !== id);
  await writeIdentity({ ...identity, personal });
}

/** What pages may see: the work entries and the masked previews, never hashes or the key. */
export async function identitySummary(): Promise<{
  work: string[];
  personal: { id: string; preview: string }[];
}> {
  const { work, personal } = await readIdentity();
  return { work, personal: personal.map(({ id, preview }) => ({ id, preview })) };
}
