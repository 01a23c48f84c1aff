/**
 * "Check my text": the text goes to the background's scanner (the 'scanText' message of the
 * text guard) and the findings come back as offsets. Shown as plain text (textContent only);
 * the text itself is never stored or logged.
 */
import type { ScanTextResult } from '../../messaging/protocol.ts';
import { h, replace, uid } from '../dom.ts';
import type { MessageKey } from '../i18n/index.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';

export function mountCheck(root: HTMLElement, onFindings: (categories: string[]) => void): void {
  const id = uid('check');
  const text = h('textarea', { id, rows: 3, spellcheck: 'false' });
  const button = h(
    'button',
    { type: 'button', class: 'primary', id: 'check-button' },
    t('popupCheckButton'),
  );
  const results = h('div', { id: 'check-results', role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', () => {
    const value = text.value;
    if (!value.trim()) return;
    button.disabled = true;
    delete results.dataset.done;
    replace(results, h('p', { class: 'muted' }, t('working')));
    send<ScanTextResult>({ type: 'scanText', text: value })
      .then((result) => {
        const findings = result.findings;
        onFindings([...new Set(findings.map((f) => f.category))]);
        if (findings.length === 0) {
          replace(results, h('p', { class: 'check-clean' }, t('popupCheckClean')));
          return;
        }
        const list = h('ul', { class: 'findings' });
        for (const f of findings) {
          list.appendChild(
            h(
              'li',
              {},
              h('strong', {}, t(`finding_${f.category}` as MessageKey)),
              ': ',
              h('span', { class: 'excerpt' }, `“${value.slice(f.start, f.end)}”`),
            ),
          );
        }
        replace(results, h('p', {}, t('popupCheckFound', findings.length)), list);
      })
      .catch(() => replace(results, h('p', { class: 'muted' }, t('popupCheckUnavailable'))))
      .finally(() => {
        results.dataset.done = 'true';
        button.disabled = false;
      });
  });
  replace(
    root,
    h('label', { for: id }, t('popupCheckLabel')),
    text,
    h('p', { class: 'check-actions' }, button),
    results,
  );
}
