/**
 * "Erase all data": every storage area Veil can write, emptied. Settings, receipts, the
 * identity lists and the per-install key that keyed their hashes all live in `local`; WXT's
 * version records (`settings$` ...) sit beside them and go too. `session` and `sync` are not
 * used today; they are cleared anyway so a later item cannot quietly survive an erase.
 *
 * The caller (the background's `eraseAll` message) re-syncs what depends on settings, such as
 * the content scripts registered for the user's own sites.
 */
import { storage } from '@wxt-dev/storage';

const AREAS = ['local', 'session', 'sync'] as const;

export async function eraseAllData(): Promise<void> {
  // Every area is attempted even if one fails (sync can be disabled by policy); the first
  // failure is then reported, so the page never says "erased" when something is left.
  const results = await Promise.allSettled(AREAS.map((area) => storage.clear(area)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
