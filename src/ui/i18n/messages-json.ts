/**
 * Builds each locale's `messages.json` (browser.i18n) from the interface strings and the tips'
 * messages. `{name}` becomes `$NAME$` with a placeholder numbered by its order in English, so
 * every locale passes its values in the same order. Pure: used by scripts/build-locales.ts and
 * the locale test.
 */
import { tipMessages } from '../../tips/index.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { placeholderNames, type MessageKey, type Messages, type UiLocale } from './index.ts';
import { pt } from './pt.ts';
import { ro } from './ro.ts';

export const TABLES: Record<UiLocale, Messages> = { en, ro, pt, es };

export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function messagesJson(locale: UiLocale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  const table = TABLES[locale];
  for (const key of Object.keys(en) as MessageKey[]) {
    const order = placeholderNames(en[key]);
    const text = table[key]
      .replace(/\$/g, '$$$$')
      .replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (_, name: string) => `$${name.toUpperCase()}$`);
    const entry: ChromeMessage = { message: text };
    if (order.length) {
      entry.placeholders = Object.fromEntries(
        order.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }]),
      );
    }
    out[key] = entry;
  }
  for (const [key, value] of Object.entries(tipMessages(locale))) out[key] = { ...value };
  return out;
}
