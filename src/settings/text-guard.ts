/**
 * The text guard's stored data (`local:textGuard`), kept apart from the main settings object so
 * the options page and the text guard change their own items without racing each other: sites
 * where the user paused the text guard, the default phone region, and dismissed findings per
 * site as keyed hashes of the finding text (never the text).
 *
 * `local:identity` holds the random per-install key, the declared work identity (public details
 * the user advertises with, never flagged) and the never-reveal list as keyed hashes
 * (`hashPersonalTerms`), never in plain text. The item is shared with identity-store.ts (the
 * options page's entries and masked previews); both keep each other's fields when writing.
 */
import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { HmacSha256 } from '../scan/identity/sha256.ts';
import type { PersonalHashes } from '../scan/index.ts';
import { identityItem } from './items.ts';
import { Hostname } from './schema.ts';

const MAX_DISMISSED_PER_SITE = 300;
const MAX_DISMISSED_SITES = 300;

const HashHex = z.string().regex(/^[0-9a-f]{32}$/);

export const TextGuardSchema = z.object({
  pausedSites: z.array(Hostname).max(500).catch([]),
  /** ISO 3166 region for national phone numbers; '' means "from the browser's language". */
  region: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .or(z.literal(''))
    .catch(''),
  dismissed: z.record(Hostname, z.array(HashHex).max(MAX_DISMISSED_PER_SITE)).catch({}),
});
export type TextGuardSettings = z.infer<typeof TextGuardSchema>;

export const DEFAULT_TEXT_GUARD: TextGuardSettings = { pausedSites: [], region: '', dismissed: {} };

export const PersonalHashesSchema = z.object({
  version: z.literal(1),
  entries: z.record(HashHex, z.number().int().min(0).max(255)),
  filter: z.string().max(20_000),
});

export const IdentitySchema = z.object({
  /** Base64 of 32 random bytes, made on first use. */
  key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  work: z.array(z.string().max(200)).max(100).catch([]),
  personalHashes: PersonalHashesSchema.nullable().catch(null),
  /** How many never-reveal entries are saved. */
  personalCount: z.number().int().min(0).max(1000).catch(0),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const textGuardItem = storage.defineItem<TextGuardSettings>('local:textGuard', {
  fallback: DEFAULT_TEXT_GUARD,
  version: 1,
});

export function parseTextGuard(raw: unknown): TextGuardSettings {
  const base = typeof raw === 'object' && raw !== null ? raw : {};
  const parsed = TextGuardSchema.safeParse({ ...DEFAULT_TEXT_GUARD, ...base });
  return parsed.success ? parsed.data : { ...DEFAULT_TEXT_GUARD };
}

export async function readTextGuard(): Promise<TextGuardSettings> {
  return parseTextGuard(await textGuardItem.getValue());
}

export async function writeTextGuard(patch: Partial<TextGuardSettings>): Promise<void> {
  await textGuardItem.setValue(parseTextGuard({ ...(await readTextGuard()), ...patch }));
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

export function keyBytes(identity: Identity): Uint8Array {
  return Uint8Array.from(atob(identity.key), (c) => c.charCodeAt(0));
}

/** The stored identity, creating the per-install key the first time. */
export async function readIdentity(): Promise<Identity> {
  const raw: unknown = await identityItem.getValue();
  const stored = typeof raw === 'object' && raw !== null ? raw : {};
  const parsed = IdentitySchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // No key yet (nothing stored, or only a work identity): add one and keep everything else.
  const repaired = IdentitySchema.parse({ ...stored, key: randomKey() });
  await identityItem.setValue({ ...stored, ...repaired } as never);
  return repaired;
}

export async function writeIdentity(
  patch: Partial<Pick<Identity, 'work' | 'personalHashes' | 'personalCount'>>,
): Promise<void> {
  const raw: unknown = await identityItem.getValue();
  const stored = typeof raw === 'object' && raw !== null ? raw : {};
  const next = IdentitySchema.parse({ ...(await readIdentity()), ...patch });
  await identityItem.setValue({ ...stored, ...next } as never);
}

export function personalHashesOf(identity: Identity): PersonalHashes | undefined {
  return identity.personalHashes ?? undefined;
}

/**
 * The keyed hash a dismissed finding is stored as: category plus the text with case and spacing
 * folded, so "07700 900123" dismissed once stays dismissed as "07700900123".
 */
export function dismissHash(key: Uint8Array, category: string, text: string): string {
  const folded = text.toLowerCase().replace(/\s+/g, '');
  return new HmacSha256(key).hex(`dismiss\u0000${category}\u0000${folded}`);
}

export function withDismissed(
  settings: TextGuardSettings,
  host: string,
  hash: string,
): TextGuardSettings['dismissed'] {
  const current = settings.dismissed[host] ?? [];
  const list = [...current.filter((h) => h !== hash), hash].slice(-MAX_DISMISSED_PER_SITE);
  const others = Object.entries(settings.dismissed).filter(([h]) => h !== host);
  return Object.fromEntries([...others.slice(-(MAX_DISMISSED_SITES - 1)), [host, list]]);
}

/** Is the text guard active on this host (Veil on, and this site not paused)? */
export function textGuardActiveOn(
  enabled: boolean,
  settings: TextGuardSettings,
  hostname: string,
): boolean {
  if (!enabled) return false;
  const host = hostname.toLowerCase();
  return !settings.pausedSites.some((p) => host === p || host.endsWith(`.${p}`));
}

/** 'en-GB' -> 'GB'; a language without a region falls back to GB (the scanner's default). */
export function regionFromLocale(locale: string | undefined): string {
  const match = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2})\b/.exec(locale ?? '');
  return match?.[1]?.toUpperCase() ?? 'GB';
}
