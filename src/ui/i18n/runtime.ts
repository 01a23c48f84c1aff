/**
 * `t()` for Veil's pages. With the language set to "auto" every string comes from
 * browser.i18n (public/_locales, built by scripts/build-locales.ts). The browser cannot switch
 * an extension's locale, so when the user picks a language in Veil, that language's table is
 * loaded as a script chunk instead (pages cannot fetch _locales: connect-src is 'none').
 */
import type { Translator } from '../../i18n/translator.ts';
import type { UiLanguage } from '../../settings/schema.ts';
import {
  fill,
  loadTable,
  uiLocaleFor,
  type MessageKey,
  type Messages,
  type UiLocale,
} from './index.ts';

let override: { locale: UiLocale; table: Messages; en: Messages } | null = null;

export async function setUiLanguage(language: UiLanguage): Promise<void> {
  override = language === 'auto' ? null : { locale: language, ...(await loadTable(language)) };
  document.documentElement.lang = currentLocale();
}

/** The locale the page shows (also used to pick tip texts). */
export function currentLocale(): UiLocale {
  return override?.locale ?? uiLocaleFor(browser.i18n.getUILanguage());
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const values = subs.map(String);
  if (override) return fill(override.en[key], override.table[key], values);
  type Name = Parameters<typeof browser.i18n.getMessage>[0];
  return browser.i18n.getMessage(key as Name, values) || key;
}

/** `t()` as a `Translator`, for the pure code that builds receipts and summaries. */
export function pageTranslator(): Translator {
  return {
    locale: currentLocale(),
    message: (key, subs = []) => t(key as MessageKey, ...subs),
  };
}
