/**
 * The few settings the upload guard reads inside every page, parsed with zod/mini: the full
 * schema (schema.ts, classic zod) would add about 30 KB gzip to a script that loads in every
 * frame of every protected site. Same rules as `SettingsSchema` for these fields: anything
 * invalid falls back to the default, so a broken store never switches protection off. The
 * background runs the migrations; this only reads. A unit test keeps the two in step.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';

const HOSTNAME = /^[a-z0-9.-]+$/;

const GuardSettingsSchema = z.object({
  enabled: z.catch(z.boolean(), true),
  anonymiseFileNames: z.catch(z.boolean(), true),
  showReceipts: z.catch(z.boolean(), true),
  pausedSites: z.catch(
    z.array(z.string().check(z.maxLength(253), z.regex(HOSTNAME))).check(z.maxLength(500)),
    [],
  ),
  whenUncleanable: z.catch(z.enum(['ask', 'block']), 'ask'),
});

export type GuardSettings = z.infer<typeof GuardSettingsSchema>;

const DEFAULTS: GuardSettings = {
  enabled: true,
  anonymiseFileNames: true,
  showReceipts: true,
  pausedSites: [],
  whenUncleanable: 'ask',
};

const KEY = 'local:settings';

export function parseGuardSettings(raw: unknown): GuardSettings {
  const base = typeof raw === 'object' && raw !== null ? raw : {};
  const parsed = GuardSettingsSchema.safeParse({ ...DEFAULTS, ...base });
  return parsed.success ? parsed.data : { ...DEFAULTS, pausedSites: [] };
}

export async function readGuardSettings(): Promise<GuardSettings> {
  return parseGuardSettings(await storage.getItem<unknown>(KEY));
}

export function watchGuardSettings(listener: (settings: GuardSettings) => void): () => void {
  return storage.watch<unknown>(KEY, (value) => listener(parseGuardSettings(value)));
}

/** Is the upload guard active on this host? (as `guardActiveOn` in schema.ts) */
export function guardActive(settings: GuardSettings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = hostname.toLowerCase();
  return !settings.pausedSites.some((paused) => host === paused || host.endsWith(`.${paused}`));
}
