/** Options › Your data: erase everything Veil stored, after an explicit confirmation. */
import { h, replace } from '../dom.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';

export function renderData(root: HTMLElement, onErased: () => void): void {
  const status = h('p', { role: 'status', id: 'erase-status' });
  const erase = h('button', { type: 'button', class: 'danger', id: 'erase' }, t('eraseButton'));
  const area = h('div', {}, erase);
  erase.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'danger', id: 'erase-yes' }, t('eraseYes'));
    const no = h('button', { type: 'button', id: 'erase-no' }, t('eraseCancel'));
    const box = h(
      'div',
      { class: 'notice', role: 'alertdialog', 'aria-labelledby': 'erase-confirm-text' },
      h('p', { id: 'erase-confirm-text' }, t('eraseConfirm')),
      h('div', { class: 'row' }, yes, no),
    );
    replace(area, box);
    no.focus();
    no.addEventListener('click', () => {
      replace(area, erase);
      erase.focus();
    });
    yes.addEventListener('click', () => {
      void send({ type: 'eraseAll' }).then(() => {
        replace(area, erase);
        status.textContent = t('erased');
        onErased();
      });
    });
  });
  replace(root, h('p', {}, t('dataIntro')), area, status);
}
