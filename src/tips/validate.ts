/**
 * Checks the tip data as a whole: every catalog entry and every translation against the zod
 * schemas, plus the rules a schema cannot see (unique ids, known source keys, `requires`
 * inside `contexts`, every id translated in every language and nothing extra, bodies that
 * are not just the English text again). Run by tests/unit/tips.test.ts, so `npm test` and CI
 * fail on any invalid tip; `assertValidTips()` is the same check for build scripts.
 */
import { CATALOG } from './catalog/index.ts';
import type { LocaleText } from './locales/types.ts';
import { DEFAULT_LOCALE, LOCALES, TIP_CATEGORIES, type Locale, type TipMeta } from './schema.ts';
import { sourceSchema, tipMetaSchema, tipTextSchema } from './schema-zod.ts';
import { SOURCES } from './sources.ts';
import { LOCALE_TEXTS } from './tips.ts';

export interface TipData {
  readonly catalog: readonly TipMeta[];
  readonly locales: Readonly<Partial<Record<Locale, LocaleText>>>;
  readonly sources: Readonly<Record<string, unknown>>;
}

export interface TipValidation {
  readonly ok: boolean;
  /** One line per problem, naming the tip, language or source concerned. */
  readonly issues: readonly string[];
}

function zodIssues(
  where: string,
  error: { issues: readonly { path: PropertyKey[]; message: string }[] },
) {
  return error.issues.map(
    (issue) =>
      `${where}${issue.path.length ? ` ${issue.path.map(String).join('.')}` : ''}: ${issue.message}`,
  );
}

export function validateTips(
  data: TipData = { catalog: CATALOG, locales: LOCALE_TEXTS, sources: SOURCES },
): TipValidation {
  const issues: string[] = [];

  for (const [key, source] of Object.entries(data.sources)) {
    const parsed = sourceSchema.safeParse(source);
    if (!parsed.success) issues.push(...zodIssues(`source ${key}`, parsed.error));
  }

  const ids = new Set<string>();
  for (const meta of data.catalog) {
    const where = `tip ${meta.id}`;
    const parsed = tipMetaSchema.safeParse(meta);
    if (!parsed.success) issues.push(...zodIssues(where, parsed.error));
    if (ids.has(meta.id)) issues.push(`${where}: duplicate id`);
    ids.add(meta.id);
    for (const key of meta.sources as readonly string[]) {
      if (!Object.hasOwn(data.sources, key)) issues.push(`${where}: unknown source key ${key}`);
    }
    for (const trigger of meta.requires ?? []) {
      if (!meta.contexts.includes(trigger)) {
        issues.push(`${where}: requires ${trigger} but does not list it in contexts`);
      }
    }
    if (new Set(meta.contexts).size !== meta.contexts.length) {
      issues.push(`${where}: repeated context`);
    }
  }

  const english = data.locales[DEFAULT_LOCALE];
  for (const locale of LOCALES) {
    const texts = data.locales[locale];
    if (!texts) {
      issues.push(`locale ${locale}: missing`);
      continue;
    }
    for (const category of TIP_CATEGORIES) {
      if (!texts.categories[category]?.trim()) {
        issues.push(`locale ${locale}: missing label for category ${category}`);
      }
    }
    const tips = texts.tips as Readonly<Record<string, unknown>>;
    const englishTips = english?.tips as Readonly<Record<string, { body?: unknown }>> | undefined;
    for (const id of ids) {
      const where = `locale ${locale} tip ${id}`;
      if (!Object.hasOwn(tips, id)) {
        issues.push(`${where}: missing translation`);
        continue;
      }
      const parsed = tipTextSchema.safeParse(tips[id]);
      if (!parsed.success) {
        issues.push(...zodIssues(where, parsed.error));
        continue;
      }
      if (locale !== DEFAULT_LOCALE && parsed.data.body === englishTips?.[id]?.body) {
        issues.push(`${where}: body is the English text, not a translation`);
      }
    }
    for (const id of Object.keys(tips)) {
      if (!ids.has(id)) issues.push(`locale ${locale} tip ${id}: not in the catalog`);
    }
  }

  return { ok: issues.length === 0, issues };
}

/** Throws with every problem listed: for build scripts (e.g. a WXT `build:before` hook). */
export function assertValidTips(data?: TipData): void {
  const { ok, issues } = validateTips(data);
  if (!ok) throw new Error(`Invalid tip data:\n${issues.join('\n')}`);
}
