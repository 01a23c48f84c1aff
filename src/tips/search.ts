/**
 * The popup's tip search. Matching ignores case and accents ("seguranca" finds "segurança")
 * and treats each query word as a prefix ("pass" finds "passwords"); every query word must
 * appear in the tip's title, body or category label. Title hits weigh more than body hits.
 */
import { CATALOG } from './catalog/index.ts';
import type { Tip } from './schema.ts';
import { categoryLabel, getTips } from './tips.ts';

/** Lower-case, accent-free words. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

const TITLE_HIT = 3;
const LABEL_HIT = 2;
const BODY_HIT = 1;
const EXACT_BONUS = 1;

function hit(words: readonly string[], token: string): number {
  if (words.includes(token)) return 1 + EXACT_BONUS;
  return words.some((word) => word.startsWith(token)) ? 1 : 0;
}

/** Tips matching `query` in `locale` (any locale string), best first; [] for an empty query. */
export function searchTips(query: string, locale?: string): Tip[] {
  const tokens = [...new Set(searchWords(query))];
  if (tokens.length === 0) return [];
  const order = new Map<string, number>(CATALOG.map((meta, index) => [meta.id, index]));
  const results: { tip: Tip; score: number }[] = [];
  for (const tip of getTips(locale)) {
    const title = searchWords(tip.title);
    const body = searchWords(tip.body);
    const label = searchWords(categoryLabel(tip.category, tip.locale));
    let score = 0;
    let everyToken = true;
    for (const token of tokens) {
      const inTitle = hit(title, token);
      const inLabel = hit(label, token);
      const inBody = hit(body, token);
      if (inTitle + inLabel + inBody === 0) {
        everyToken = false;
        break;
      }
      score += inTitle * TITLE_HIT + inLabel * LABEL_HIT + inBody * BODY_HIT;
    }
    if (everyToken) results.push({ tip, score });
  }
  return results
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.tip.priority - a.tip.priority ||
        (order.get(a.tip.id) ?? 0) - (order.get(b.tip.id) ?? 0),
    )
    .map((result) => result.tip);
}
