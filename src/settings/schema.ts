/**
 * What the user can change, as zod schemas with defaults. Stored values are parsed on every
 * read: a value from an older or damaged store falls back field by field to the default, so a
 * broken store can never switch protection off.
 */
import { z } from 'zod';

/** A match pattern for a site the user added (`https://example.com/*`, `*://*.example.com/*`). */
export const UserSitePattern = z
  .string()
  .max(300)
  .regex(/^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d{1,5})?\/\*$/);

export const UI_LANGUAGES = ['auto', 'en', 'ro', 'pt', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const Hostname = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.-]+$/);

export const SettingsSchema = z.object({
  /** Veil as a whole; false pauses every guard. */
  enabled: z.boolean().catch(true),
  /** Replace file names with neutral ones (photo-1.jpg): names carry dates, devices, real names. */
  anonymiseFileNames: z.boolean().catch(true),
  /** Show the small "Removed location, phone model…" notice after each upload. */
  showReceipts: z.boolean().catch(true),
  /** Hosts where the upload guard is paused by the user. */
  pausedSites: z.array(Hostname).max(500).catch([]),
  /** Extra sites the user protects (optional host permission + registered content scripts). */
  userSites: z.array(UserSitePattern).max(200).catch([]),
  /** What to do with a photo or video Veil cannot clean: ask each time, or always hold it back. */
  whenUncleanable: z.enum(['ask', 'block']).catch('ask'),
  /** A neutral toolbar name and icon, and no badge, for shared or watched devices. */
  discreet: z.boolean().catch(false),
  /** The language of Veil's pages; 'auto' follows the browser. */
  uiLanguage: z.enum(UI_LANGUAGES).catch('auto'),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  anonymiseFileNames: true,
  showReceipts: true,
  pausedSites: [],
  userSites: [],
  whenUncleanable: 'ask',
  discreet: false,
  uiLanguage: 'auto',
}) as Settings;

/** Parse anything read from storage into valid settings (never throws, never weakens defaults). */
export function parseSettings(raw: unknown): Settings {
  const base = typeof raw === 'object' && raw !== null ? raw : {};
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...base });
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Is the upload guard active on this host? (site-active.ts, free of zod for the popup) */
export { guardActiveOn } from './site-active.ts';
