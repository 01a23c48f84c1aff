/**
 * What every Veil page does first: apply the user's language choice, then fill in the static
 * strings marked `data-i18n="key"` in the HTML (textContent only).
 */
import type { Settings } from '../settings/schema.ts';
import type { MessageKey } from './i18n/index.ts';
import { h, replace } from './dom.ts';
import { setUiLanguage, t } from './i18n/runtime.ts';
import { send } from './send.ts';

export async function startPage(titleKey: MessageKey): Promise<Settings> {
  const settings = await send<Settings>({ type: 'getSettings' });
  await setUiLanguage(settings.uiLanguage);
  document.title = t(titleKey);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n as MessageKey);
  }
  return settings;
}

/**
 * Runs a page's start; when it fails (the background never answered, even asked again), the
 * page says so in words instead of staying blank. Nothing of the error is shown: it may carry
 * details of the user's data.
 */
export function runPage(start: () => Promise<void>): void {
  start().catch(() => {
    document.body.dataset.failed = 'true';
    const main = h('main', {}, h('p', { role: 'alert' }, t('pageBackgroundSilent')));
    replace(document.body, main);
  });
}
