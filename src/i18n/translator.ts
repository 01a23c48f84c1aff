/**
 * How the pure core says things in the user's language without a browser: code that builds
 * words for people (receipts, in-page questions, the text guard's popover) takes a `Translator`
 * and asks it for messages by key. Pages and content scripts pass one backed by browser.i18n;
 * the CLI and the tests use English. Pure: no browser APIs.
 */

/** `{name}` placeholders in order of first appearance. */
export function placeholderNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Fill `{name}` placeholders; the n-th substitution belongs to the n-th name in `english`. */
export function fill(english: string, text: string, subs: readonly string[]): string {
  const order = placeholderNames(english);
  return text.replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const at = order.indexOf(name);
    return at >= 0 ? (subs[at] ?? '') : whole;
  });
}

export interface Translator {
  /** A BCP 47 tag ('en', 'ro', 'pt-BR'): picks plural forms, list words and date formats. */
  readonly locale: string;
  /** The message for `key`, its values filled in the order the English text names them. */
  message(key: string, subs?: readonly string[]): string;
}

/** Messages that come in plural forms are written as `key_one`, `key_few` and `key_other`. */
export type PluralForm = 'one' | 'few' | 'other';

/**
 * The form for `count` in `locale`: Romanian says "1 dată", "3 date", "20 de date" (one, few,
 * other); English, Portuguese and Spanish use one and other (their `_few` equals `_other`).
 */
export function pluralForm(locale: string, count: number): PluralForm {
  let category: string;
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return category === 'one' ? 'one' : category === 'few' ? 'few' : 'other';
}

/** `key_one` / `key_few` / `key_other` for `count`, with the count as the first value. */
export function plural(tr: Translator, key: string, count: number, ...subs: string[]): string {
  return tr.message(`${key}_${pluralForm(tr.locale, count)}`, [String(count), ...subs]);
}

/** "a, b and c" in the translator's language (Veil's English is British: no serial comma). */
export function listOf(tr: Translator, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const locale = /^en\b/i.test(tr.locale) ? 'en-GB' : tr.locale;
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
}

/** A translator over one table of `{name}` templates (English, in the CLI and tests). */
export function tableTranslator(
  locale: string,
  table: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>> = table,
): Translator {
  return {
    locale,
    message(key, subs = []) {
      const source = english[key];
      const text = table[key] ?? source;
      return source === undefined || text === undefined ? key : fill(source, text, subs);
    },
  };
}

/**
 * A translator backed by browser.i18n's `getMessage` (content scripts, pages). A missing
 * message (an old locale file) falls back to the English template.
 */
export function i18nTranslator(
  locale: string,
  getMessage: (key: string, subs: string[]) => string,
  english: Readonly<Record<string, string>>,
): Translator {
  const fallback = tableTranslator('en', english);
  return {
    locale,
    message(key, subs = []) {
      let text = '';
      try {
        text = getMessage(key, [...subs]);
      } catch {
        text = '';
      }
      return text || fallback.message(key, subs);
    },
  };
}
