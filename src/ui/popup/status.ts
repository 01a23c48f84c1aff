/** The top of the popup: is this site protected, and the switches that change it. */
import type { Settings } from '../../settings/schema.ts';
import { h, replace, toggle } from '../dom.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';
import type { SiteState } from './site.ts';

export function renderStatus(
  root: HTMLElement,
  state: SiteState,
  settings: Settings,
  refresh: () => void,
): void {
  const status = (on: boolean, title: string, detail: string) =>
    h(
      'div',
      { class: `status ${on ? 'on' : 'off'}`, 'data-state': on ? 'on' : 'off' },
      h('span', { class: 'dot', 'aria-hidden': 'true' }),
      h('div', {}, h('h2', { id: 'status-title' }, title), h('p', {}, detail)),
    );
  const parts: (HTMLElement | null)[] = [];
  if (!settings.enabled) {
    parts.push(status(false, t('popupAllPaused'), t('popupAllPausedDetail')));
  } else if (state.kind === 'none') {
    parts.push(h('p', { class: 'muted' }, t('popupNoSite')));
  } else if (state.kind === 'unprotected') {
    parts.push(status(false, t('popupNotProtected'), t('popupNotProtectedDetail')));
    parts.push(protectButton(state.pattern, refresh));
  } else {
    parts.push(
      state.active
        ? status(true, t('popupProtected'), t('popupProtectedDetail'))
        : status(false, t('popupPaused'), t('popupPausedDetail')),
    );
    parts.push(
      toggle(t('popupToggle'), state.active, (on) => {
        void send({ type: 'setSitePaused', host: state.host, paused: !on }).then(refresh);
      }),
    );
  }
  const pauseAll = h(
    'button',
    { type: 'button', class: 'link', id: 'pause-all' },
    settings.enabled ? t('popupPauseAll') : t('popupResumeAll'),
  );
  pauseAll.addEventListener('click', () => {
    void send({ type: 'setEnabled', enabled: !settings.enabled }).then(refresh);
  });
  replace(root, ...parts, h('p', { class: 'pause-all' }, pauseAll));
}

function protectButton(pattern: string, refresh: () => void): HTMLElement {
  const note = h('p', { class: 'muted', role: 'status' });
  const button = h(
    'button',
    { type: 'button', class: 'primary', id: 'protect-site' },
    t('popupProtectSite'),
  );
  button.addEventListener('click', () => {
    // The permission request must be the first thing in the click handler (user gesture).
    void browser.permissions.request({ origins: [pattern] }).then(async (granted) => {
      if (!granted) {
        note.textContent = t('popupProtectDenied');
        return;
      }
      await send({ type: 'protectSite', pattern });
      note.textContent = t('popupProtectDone');
      setTimeout(refresh, 1500);
    });
  });
  return h('div', { class: 'protect' }, button, note);
}
