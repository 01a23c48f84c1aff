/**
 * Tips ready to show: the shared catalog joined with one language's text. A tip whose text is
 * missing in the requested language falls back to English (validateTips() forbids missing
 * translations, so this only matters for data that was never validated).
 */
import { CATALOG, type TipId } from './catalog/index.ts';
import { EN } from './locales/en.ts';
import { ES } from './locales/es.ts';
import { PT } from './locales/pt.ts';
import { RO } from './locales/ro.ts';
import type { LocaleText } from './locales/types.ts';
import {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  type Tip,
  type TipCategory,
  type TipMeta,
  type TipText,
} from './schema.ts';
import { SOURCES, type SourceKey } from './sources.ts';

export const LOCALE_TEXTS: Readonly<Record<Locale, LocaleText>> = {
  en: EN,
  ro: RO,
  pt: PT,
  es: ES,
};

/**
 * The supported language for a browser or user locale: 'pt-BR' -> 'pt', 'es_419' -> 'es',
 * 'RO' -> 'ro'; anything else (or nothing) -> English.
 */
export function resolveLocale(input: string | undefined): Locale {
  const base = (input ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === base) ?? DEFAULT_LOCALE;
}

function textFor(texts: LocaleText, id: string): TipText | undefined {
  return (texts.tips as Readonly<Record<string, TipText | undefined>>)[id];
}

/** Join one catalog entry with its text in `locale` (English when the translation is absent). */
export function localiseTip(meta: TipMeta, locale: Locale): Tip {
  const own = textFor(LOCALE_TEXTS[locale], meta.id);
  const text = own ?? textFor(LOCALE_TEXTS[DEFAULT_LOCALE], meta.id);
  if (!text) throw new Error(`tip ${meta.id} has no English text`);
  return { ...meta, locale: own ? locale : DEFAULT_LOCALE, title: text.title, body: text.body };
}

const cache = new Map<Locale, readonly Tip[]>();

/** Every tip, in catalog order, in the given language (any locale string; see resolveLocale). */
export function getTips(locale?: string): readonly Tip[] {
  const resolved = resolveLocale(locale);
  let tips = cache.get(resolved);
  if (!tips) {
    tips = Object.freeze(CATALOG.map((meta: TipMeta) => localiseTip(meta, resolved)));
    cache.set(resolved, tips);
  }
  return tips;
}

export function getTip(id: string, locale?: string): Tip | undefined {
  return getTips(locale).find((tip) => tip.id === id);
}

export function isTipId(id: string): id is TipId {
  return CATALOG.some((meta) => meta.id === id);
}

export function categoryLabel(category: TipCategory, locale?: string): string {
  return LOCALE_TEXTS[resolveLocale(locale)].categories[category];
}

/** The sources a tip cites, for a "where this comes from" link list. */
export function tipSources(tip: Pick<TipMeta, 'sources'>) {
  return tip.sources.map((key: SourceKey) => ({ key, ...SOURCES[key] }));
}
