/** The welcome page, opened once on install: what Veil does, where, identities, language. */
import { PLATFORMS } from '../../sites/index.ts';
import { byId, h, replace } from '../dom.ts';
import { veilMark } from '../icon.ts';
import { startPage } from '../page.ts';
import { languagePicker } from '../options/preferences.ts';

export async function startWelcome(): Promise<void> {
  const settings = await startPage('welcomeTitle');
  byId('brand').prepend(veilMark());
  const names = [...PLATFORMS].map((site) => site.name).sort((a, b) => a.localeCompare(b));
  replace(byId('sites'), ...names.map((name) => h('li', {}, name)));
  byId<HTMLAnchorElement>('identity-link').href = browser.runtime.getURL(
    '/options.html#identity-h',
  );
  replace(
    byId('language'),
    languagePicker(settings, () => location.reload()),
  );
  document.body.dataset.ready = 'true';
}
