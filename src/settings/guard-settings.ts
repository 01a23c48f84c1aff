/**
 * The few settings the upload guard reads inside every page, checked by hand: the full schema
 * (schema.ts, zod) would add about 30 KB gzip to a script that loads in every frame of every
 * protected site, and even zod/mini cost about 4 ms of start-up on each page building its
 * schema objects. Same rules as `SettingsSchema` for these fields: anything invalid falls back
 * to the default, so a broken store never switches protection off. The background runs the
 * migrations; this only reads. A property test keeps the two in step.
 */
import { storage } from '@wxt-dev/storage';

const HOSTNAME = /^[a-z0-9.-]+$/;
const MAX_HOST_LENGTH = 253;
const MAX_PAUSED_SITES = 500;

export interface GuardSettings {
  enabled: boolean;
  anonymiseFileNames: boolean;
  showReceipts: boolean;
  pausedSites: string[];
  whenUncleanable: 'ask' | 'block';
}

const KEY = 'local:settings';

const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

/** The whole list, or none of it when any entry is not a plain host name (as the schema). */
function hosts(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_PAUSED_SITES) return [];
  const valid = value.every(
    (h): h is string => typeof h === 'string' && h.length <= MAX_HOST_LENGTH && HOSTNAME.test(h),
  );
  return valid ? [...(value as string[])] : [];
}

export function parseGuardSettings(raw: unknown): GuardSettings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    enabled: flag(s.enabled, true),
    anonymiseFileNames: flag(s.anonymiseFileNames, true),
    showReceipts: flag(s.showReceipts, true),
    pausedSites: hosts(s.pausedSites),
    whenUncleanable: s.whenUncleanable === 'block' ? 'block' : 'ask',
  };
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
