/**
 * The interface strings per locale, and the placeholder rules shared by the run-time lookup and
 * scripts/build-locales.ts. Pure: no browser APIs.
 */
import type { MessageKey, Messages } from './en.ts';

export type { MessageKey, Messages };

export const UI_LOCALES = ['en', 'ro', 'pt', 'es'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * One locale's table, loaded on demand: pages bundle none of them up front (browser.i18n has
 * the strings), so the popup stays small; a chosen language loads its own chunk.
 */
export async function loadTable(locale: UiLocale): Promise<{ table: Messages; en: Messages }> {
  const { en } = await import('./en.ts');
  switch (locale) {
    case 'ro':
      return { table: (await import('./ro.ts')).ro, en };
    case 'pt':
      return { table: (await import('./pt.ts')).pt, en };
    case 'es':
      return { table: (await import('./es.ts')).es, en };
    default:
      return { table: en, en };
  }
}

/** Each language's name in that language (the language menu shows these in every locale). */
export const LANGUAGE_NAMES: Record<UiLocale, string> = {
  en: 'English',
  ro: 'Română',
  pt: 'Português (Brasil)',
  es: 'Español',
};

export { fill, placeholderNames } from '../../i18n/translator.ts';

/** 'pt-BR' -> 'pt'; anything Veil has no strings for -> 'en'. */
export function uiLocaleFor(tag: string | undefined): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}
