/**
 * The popup's tips: the three that fit what the user is doing (src/tips selectTips), "More tips"
 * for a longer list, and a search box over every tip. Tip text is data: textContent only.
 */
// Imported from the modules themselves, not tips/index.ts: the popup must not bundle the
// validator and its zod schemas.
import type { Tip } from '../../tips/schema.ts';
import { searchTips } from '../../tips/search.ts';
import { selectTips, type TipSelectionContext } from '../../tips/select.ts';
import { categoryLabel, tipSources } from '../../tips/tips.ts';
import { h, replace, uid } from '../dom.ts';
import { currentLocale, t } from '../i18n/runtime.ts';

const MORE = 10;

export interface TipsView {
  update(context: TipSelectionContext): void;
}

export function mountTips(root: HTMLElement): TipsView {
  let context: TipSelectionContext = {};
  let expanded = false;
  const list = h('ul', { class: 'list-plain tips', id: 'tip-list', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'link', 'aria-controls': 'tip-list' });
  const searchId = uid('search');
  const search = h('input', { type: 'search', id: searchId, autocomplete: 'off' });

  const render = () => {
    const locale = currentLocale();
    const query = search.value.trim();
    const tips: readonly Tip[] = query
      ? searchTips(query, locale).slice(0, MORE)
      : selectTips(context, { locale, limit: expanded ? MORE : 3 });
    replace(list, ...tips.map((tip, i) => tipItem(tip, locale, i === 0 && !query)));
    if (query && tips.length === 0)
      list.appendChild(h('li', { class: 'muted' }, t('popupSearchNone')));
    more.hidden = Boolean(query);
    more.textContent = expanded ? t('popupFewerTips') : t('popupMoreTips');
    more.setAttribute('aria-expanded', String(expanded));
  };
  more.addEventListener('click', () => {
    expanded = !expanded;
    render();
  });
  search.addEventListener('input', render);

  replace(
    root,
    list,
    h('p', { class: 'tips-more' }, more),
    h('div', { class: 'tips-search' }, h('label', { for: searchId }, t('popupSearchTips')), search),
  );
  render();
  return {
    update(next) {
      context = next;
      render();
    },
  };
}

/** Titles at a glance; the best tip starts open, the others open with a click or Enter. */
function tipItem(tip: Tip, locale: string, open: boolean): HTMLElement {
  return h(
    'li',
    { class: 'tip', 'data-tip': tip.id },
    h(
      'details',
      { open },
      h(
        'summary',
        {},
        h('span', { class: 'tag' }, categoryLabel(tip.category, locale)),
        h('span', { class: 'tip-title' }, tip.title),
      ),
      h('p', {}, tip.body),
      sourceList(tip),
    ),
  );
}

/**
 * Where the tip's facts come from: links that open in a new tab, with no opener and no
 * referrer (the site learns nothing of Veil). Titles and URLs are data: text and attributes
 * only. Only http(s) addresses are linked (the tip validator checks this too). One paragraph,
 * not a nested list, so the tip list stays a flat list of tips.
 */
function sourceList(tip: Tip): HTMLElement {
  const box = h('p', { class: 'tip-sources' }, h('span', { class: 'muted' }, t('popupTipSources')));
  let first = true;
  for (const source of tipSources(tip)) {
    if (!/^https?:\/\//.test(source.url)) continue;
    box.append(first ? ' ' : ' · ');
    first = false;
    box.appendChild(
      h(
        'a',
        { href: source.url, target: '_blank', rel: 'noopener noreferrer' },
        source.title,
        h('span', { class: 'sr-only' }, ` (${t('popupOpensNewTab')})`),
      ),
    );
  }
  return box;
}
