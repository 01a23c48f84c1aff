/**
 * The tips as WebExtension i18n messages (`public/_locales/<locale>/messages.json`), for UI code
 * that reads every string through `browser.i18n`. Message names allow only [A-Za-z0-9_@], so
 * kebab ids become snake case; `$` is doubled because it starts a placeholder.
 */
import { CATALOG } from './catalog/index.ts';
import { TIP_CATEGORIES, type TipCategory } from './schema.ts';
import { categoryLabel, getTips } from './tips.ts';

export interface I18nMessage {
  readonly message: string;
  readonly description?: string;
}

const snake = (value: string) => value.replace(/-/g, '_');
const escape = (text: string) => text.replace(/\$/g, '$$$$');

export function tipMessageName(id: string, part: 'title' | 'body'): string {
  return `tip_${snake(id)}_${part}`;
}

export function categoryMessageName(category: TipCategory): string {
  return `tip_category_${snake(category)}`;
}

/** Every tip title and body and every category label in `locale`, keyed by message name. */
export function tipMessages(locale: string): Record<string, I18nMessage> {
  const messages: Record<string, I18nMessage> = {};
  for (const category of TIP_CATEGORIES) {
    messages[categoryMessageName(category)] = {
      message: escape(categoryLabel(category, locale)),
      description: 'Safety-tip category label',
    };
  }
  const tips = getTips(locale);
  CATALOG.forEach((meta, index) => {
    const tip = tips[index];
    if (!tip) return;
    messages[tipMessageName(meta.id, 'title')] = {
      message: escape(tip.title),
      description: `Safety tip ${meta.id}: title`,
    };
    messages[tipMessageName(meta.id, 'body')] = {
      message: escape(tip.body),
      description: `Safety tip ${meta.id}: body, at most 60 words`,
    };
  });
  return messages;
}
