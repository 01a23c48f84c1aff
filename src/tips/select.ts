/**
 * Which tips fit what the user is doing right now. Pure and deterministic: the same context
 * and options always give the same tips in the same order.
 *
 * 1. The context becomes a set of active triggers (`upload:image`, `text:phone`,
 *    `site:onlyfans`...), the vocabulary of SAFETY-TOPICS.md §2.
 * 2. Each tip scores the sum of TRIGGER_WEIGHTS over its contexts that are active. A tip with
 *    `requires` is only eligible when one of those triggers is active (site-only tips).
 * 3. Ranking: score, then priority, then catalog order (authored on purpose: e.g. "save
 *    evidence" before "block and report"), then id.
 * 4. Picking: first the best tip for each "focus" trigger (what is happening now: a file, a
 *    finding, an event, an upload), strongest trigger first, so a photo upload and a phone
 *    number in the bio each get a tip; then the rest by rank; then, if slots remain, the
 *    general tips (`general: true`) by priority.
 */
import { CATALOG } from './catalog/index.ts';
import {
  FINDING_CATEGORIES,
  isTipContext,
  type FileKind,
  type PageKind,
  type Tip,
  type TipContext,
  type TipEvent,
  type TipMeta,
  type UploadKind,
} from './schema.ts';
import { localiseTip, resolveLocale } from './tips.ts';

export type TipActivity = `upload:${UploadKind}` | 'writing' | 'browsing';

export interface TipSelectionContext {
  /**
   * What the user is doing: uploading a photo or video, or writing in a text field.
   * 'writing' with no `page` counts as writing a profile or ad (`page:profile`).
   */
  readonly activity?: TipActivity;
  /** Finding categories the text guard reports for the field (unknown ones are ignored). */
  readonly findings?: readonly string[];
  /** The site id from src/sites (e.g. 'onlyfans', 'tryst'). */
  readonly siteId?: string;
  readonly page?: PageKind;
  readonly events?: readonly TipEvent[];
  /** Kinds of file chosen, when known ('heic', 'screenshot'). */
  readonly files?: readonly FileKind[];
  /** Any further triggers, written as in the catalog (malformed ones are ignored). */
  readonly triggers?: readonly string[];
}

export interface SelectOptions {
  /** Any locale string ('pt-BR' works); unsupported ones fall back to English. */
  readonly locale?: string;
  /** How many tips to return (default 3). */
  readonly limit?: number;
  /** Ids the user dismissed: never returned. */
  readonly dismissed?: Iterable<string>;
}

export interface SelectedTip extends Tip {
  readonly score: number;
  /** The active triggers this tip matched, strongest first (empty for fallback tips). */
  readonly matched: readonly TipContext[];
  /** True when the tip was added from the general pool, not matched to the context. */
  readonly fallback: boolean;
}

/** How much one matching trigger adds to a tip's score: specific and immediate weighs most. */
export const TRIGGER_WEIGHTS = {
  file: 9,
  text: 8,
  event: 7,
  upload: 6,
  page: 4,
  site: 3,
} as const satisfies Record<string, number>;

type TriggerKind = keyof typeof TRIGGER_WEIGHTS;
const FOCUS_KINDS: ReadonlySet<TriggerKind> = new Set(['file', 'text', 'event', 'upload']);

export const DEFAULT_LIMIT = 3;

function kindOf(trigger: TipContext): TriggerKind {
  return trigger.slice(0, trigger.indexOf(':')) as TriggerKind;
}

function weightOf(trigger: TipContext): number {
  return TRIGGER_WEIGHTS[kindOf(trigger)];
}

function byWeight(a: TipContext, b: TipContext): number {
  return weightOf(b) - weightOf(a) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The triggers a context switches on, strongest first, without duplicates. */
export function activeTriggers(context: TipSelectionContext): TipContext[] {
  const out = new Set<TipContext>();
  const add = (value: string) => {
    if (isTipContext(value)) out.add(value);
  };
  const { activity } = context;
  if (activity === 'upload:image' || activity === 'upload:video') add(activity);
  if (activity === 'writing' && !context.page) add('page:profile');
  const known: readonly string[] = FINDING_CATEGORIES;
  for (const finding of context.findings ?? []) if (known.includes(finding)) add(`text:${finding}`);
  if (context.siteId) add(`site:${context.siteId.trim().toLowerCase()}`);
  if (context.page) add(`page:${context.page}`);
  for (const event of context.events ?? []) add(`event:${event}`);
  for (const file of context.files ?? []) add(`file:${file}`);
  for (const trigger of context.triggers ?? []) add(trigger);
  return [...out].sort(byWeight);
}

interface Candidate {
  readonly meta: TipMeta;
  readonly index: number;
  readonly score: number;
  readonly matched: readonly TipContext[];
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    b.meta.priority - a.meta.priority ||
    a.index - b.index ||
    (a.meta.id < b.meta.id ? -1 : 1)
  );
}

/** Every eligible tip that matches at least one active trigger, best first. */
export function rankTips(
  triggers: readonly TipContext[],
  catalog: readonly TipMeta[] = CATALOG,
): Candidate[] {
  const active = new Set(triggers);
  const ranked: Candidate[] = [];
  catalog.forEach((meta, index) => {
    if (meta.requires && !meta.requires.some((trigger) => active.has(trigger))) return;
    const matched = meta.contexts.filter((trigger) => active.has(trigger)).sort(byWeight);
    if (matched.length === 0) return;
    const score = matched.reduce((sum, trigger) => sum + weightOf(trigger), 0);
    ranked.push({ meta, index, score, matched });
  });
  return ranked.sort(compareCandidates);
}

/** The `limit` tips that fit `context` best, in display order. */
export function selectTips(
  context: TipSelectionContext,
  options: SelectOptions = {},
): SelectedTip[] {
  const locale = resolveLocale(options.locale);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const dismissed = new Set(options.dismissed ?? []);
  const triggers = activeTriggers(context);
  const ranked = rankTips(triggers).filter((c) => !dismissed.has(c.meta.id));

  const picked: Candidate[] = [];
  const pickedIds = new Set<string>();
  const pick = (candidate: Candidate) => {
    if (picked.length >= limit || pickedIds.has(candidate.meta.id)) return;
    picked.push(candidate);
    pickedIds.add(candidate.meta.id);
  };

  for (const trigger of triggers) {
    if (!FOCUS_KINDS.has(kindOf(trigger))) continue;
    const best = ranked.find((c) => !pickedIds.has(c.meta.id) && c.matched.includes(trigger));
    if (best) pick(best);
  }
  for (const candidate of ranked) pick(candidate);

  const selected: SelectedTip[] = picked.map((c) => ({
    ...localiseTip(c.meta, locale),
    score: c.score,
    matched: c.matched,
    fallback: false,
  }));

  if (selected.length < limit) {
    const general = CATALOG.map((meta: TipMeta, index) => ({ meta, index }))
      .filter(({ meta }) => meta.general && !pickedIds.has(meta.id) && !dismissed.has(meta.id))
      .sort((a, b) => b.meta.priority - a.meta.priority || a.index - b.index);
    for (const { meta } of general.slice(0, limit - selected.length)) {
      selected.push({ ...localiseTip(meta, locale), score: 0, matched: [], fallback: true });
    }
  }
  return selected;
}
