/** Options › Protected sites: the built-in list with a switch each, and the sites the user added. */
import type { Settings } from '../../settings/schema.ts';
import { guardActiveOn } from '../../settings/site-active.ts';
import { normaliseHost, PLATFORMS } from '../../sites/index.ts';
import { h, replace, toggle, uid } from '../dom.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';

export function renderSites(root: HTMLElement, settings: Settings, refresh: () => void): void {
  const builtIn = h('ul', { class: 'list-plain sites-grid' });
  for (const site of PLATFORMS) {
    const active = guardActiveOn(settings, site.domains[0] ?? '');
    builtIn.appendChild(
      h(
        'li',
        {},
        toggle(site.name, active, (on) => {
          void Promise.all(
            site.domains.map((host) => send({ type: 'setSitePaused', host, paused: !on })),
          ).then(refresh);
        }),
      ),
    );
  }

  const added = h('ul', { class: 'list-plain' });
  for (const pattern of settings.userSites) {
    const host = pattern.replace(/^[^:]+:\/\//, '').replace(/\/\*$/, '');
    const remove = h(
      'button',
      { type: 'button', class: 'link', 'aria-label': t('sitesRemove', host) },
      t('remove'),
    );
    remove.addEventListener('click', () => {
      void send({ type: 'unprotectSite', pattern })
        .then(() => browser.permissions.remove({ origins: [pattern] }))
        .finally(refresh);
    });
    added.appendChild(h('li', { class: 'row entry' }, h('span', { class: 'grow' }, host), remove));
  }
  if (settings.userSites.length === 0)
    added.appendChild(h('li', { class: 'muted' }, t('sitesAddedNone')));

  const inputId = uid('site');
  const input = h('input', { type: 'text', id: inputId, inputmode: 'url', autocomplete: 'off' });
  const note = h('p', { class: 'muted', role: 'status' });
  const form = h(
    'form',
    { class: 'add-form' },
    h('label', { for: inputId }, t('sitesAddLabel')),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t('sitesAdd'))),
    note,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = hostFromInput(input.value);
    if (!host) {
      note.textContent = t('sitesInvalid');
      return;
    }
    const pattern = `*://${host}/*`;
    // Asked inside the submit handler: the browser needs the user's gesture.
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        note.textContent = t('sitesDenied');
        return;
      }
      await send({ type: 'protectSite', pattern });
      refresh();
    });
  });

  replace(
    root,
    h('p', {}, t('sitesIntro')),
    h('h3', {}, t('sitesBuiltIn')),
    builtIn,
    h('h3', {}, t('sitesAdded')),
    added,
    form,
  );
}

/** "https://www.Example.com/path" or "example.com" -> "www.example.com"; '' when not a host. */
export function hostFromInput(value: string): string {
  const trimmed = value.trim();
  if (!trimmed) return '';
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = normaliseHost(url.hostname);
    return host.includes('.') ? host : '';
  } catch {
    return '';
  }
}
