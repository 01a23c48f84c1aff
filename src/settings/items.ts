/**
 * The storage items, declared once (WXT storage: fallback, version, migrations). Readers go
 * through `readSettings`, which validates, so callers never see an unchecked value.
 */
import { storage } from '@wxt-dev/storage';
import { EMPTY_IDENTITY, type Identity } from './identity.ts';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations.ts';
import { parseReceipts, type ReceiptEntry } from './receipts.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export const receiptsItem = storage.defineItem<ReceiptEntry[]>('local:receipts', {
  fallback: [],
  version: 1,
});

/** Work identity and the hashed never-reveal list (identity.ts; written by the background). */
export const identityItem = storage.defineItem<Identity>('local:identity', {
  fallback: EMPTY_IDENTITY,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export async function readReceipts(): Promise<ReceiptEntry[]> {
  return parseReceipts(await receiptsItem.getValue());
}

/** Calls `listener` with validated settings whenever they change. Returns the unwatch function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}
