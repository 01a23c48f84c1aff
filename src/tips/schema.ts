/**
 * The shape of Veil's safety tips, shared by the data modules, the selection code and the
 * validator. Tips are split in two on purpose:
 *
 *   catalog/<category>.ts   TipMeta: id, category, contexts, sources, priority (one per tip,
 *                           shared by every language)
 *   locales/<locale>.ts     TipText: title and body for each id, and the category labels
 *
 * so a translation can never change when a tip is shown or what it cites. `validateTips()`
 * (validate.ts) checks both halves with the zod schemas in schema-zod.ts (kept apart so the
 * popup, which only selects tips, does not bundle zod); TypeScript checks most of the
 * same things at build time through the `satisfies` clauses in the data files.
 */
import type { z } from 'zod';
import { CATEGORIES } from '../scan/types.ts';
import type { sourceSchema, tipTextSchema } from './schema-zod.ts';
import type { SourceKey } from './sources.ts';

export const LOCALES = ['en', 'ro', 'pt', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The groups of SAFETY-TOPICS.md §3 (A to I), in the order the popup lists them. */
export const TIP_CATEGORIES = [
  'photos-media', // A
  'profile-text', // B
  'separating-identities', // C
  'payments-gifts-post', // D
  'platform-settings', // E
  'accounts-devices', // F
  'harassment-blackmail-outing', // G
  'support-uk', // H
  'support-elsewhere', // I
] as const;
export type TipCategory = (typeof TIP_CATEGORIES)[number];

/** Veil's text-finding categories (DESIGN.md, "Interfaces"): `text:<category>` triggers. */
export const FINDING_CATEGORIES = CATEGORIES;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/**
 * Page kinds the glue can recognise from the URL or the page (`page:<kind>`). `profile` is a
 * profile, bio or advert editor; `broadcast` a cam/live-stream page; `messages` an inbox.
 */
export const PAGE_KINDS = [
  'signup',
  'login',
  'settings',
  'security',
  'payments',
  'verification',
  'profile',
  'messages',
  'broadcast',
  'report',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * Moments rather than places (`event:<name>`): onboarding, scheduled reminders, the
 * "I'm being threatened" panel, a geo-block just saved, a long bio pasted into a field.
 */
export const TIP_EVENTS = [
  'first-run',
  'monthly',
  'quarterly',
  'threatened',
  'geo-block-saved',
  'long-text',
] as const;
export type TipEvent = (typeof TIP_EVENTS)[number];

/** What kind of file was chosen, when that matters for a tip (`file:<kind>`). */
export const FILE_KINDS = ['heic', 'screenshot'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const UPLOAD_KINDS = ['image', 'video'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** A trigger: the vocabulary of SAFETY-TOPICS.md §2, written `kind:value`. */
export type TipContext =
  | `upload:${UploadKind}`
  | `text:${FindingCategory}`
  | `page:${PageKind}`
  | `site:${string}`
  | `event:${TipEvent}`
  | `file:${FileKind}`;

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CLOSED_VALUES: Record<string, readonly string[]> = {
  upload: UPLOAD_KINDS,
  text: FINDING_CATEGORIES,
  page: PAGE_KINDS,
  event: TIP_EVENTS,
  file: FILE_KINDS,
};

/** True when `value` is a well-formed trigger. Site ids are open (kebab-case, from src/sites). */
export function isTipContext(value: string): value is TipContext {
  const colon = value.indexOf(':');
  if (colon <= 0) return false;
  const kind = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (kind === 'site') return KEBAB.test(rest);
  return CLOSED_VALUES[kind]?.includes(rest) ?? false;
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

export const MAX_BODY_WORDS = 60;
export const MAX_TITLE_CHARS = 70;

export type Source = z.infer<typeof sourceSchema>;
export type TipText = z.infer<typeof tipTextSchema>;

/** One tip's language-independent half, as written in catalog/*.ts. */
export interface TipMeta {
  readonly id: string;
  readonly category: TipCategory;
  readonly contexts: readonly TipContext[];
  readonly requires?: readonly TipContext[];
  readonly sources: readonly SourceKey[];
  readonly priority: 1 | 2 | 3 | 4 | 5;
  readonly general?: boolean;
  readonly checkBeforeRelease?: boolean;
}

/** A tip ready to show: the shared half plus the text in `locale`. */
export interface Tip extends TipMeta {
  readonly locale: Locale;
  readonly title: string;
  readonly body: string;
}
