/** One file's row on the cleaner page: its receipt and, only if it was cleaned, a save button. */
import type { FileCleanResult } from '../../metadata/clean-file.ts';
import type { StripErrorCode } from '../../metadata/errors.ts';
import { renderLine } from '../../metadata/receipt-text.ts';
import type { ReceiptLine } from '../../metadata/types.ts';
import { h } from '../dom.ts';
import type { MessageKey } from '../i18n/index.ts';
import { currentLocale, pageTranslator, t } from '../i18n/runtime.ts';

const REASONS: Record<StripErrorCode, MessageKey> = {
  unsupported_format: 'cleanReasonUnsupported',
  unsupported_variant: 'cleanReasonUnsupported',
  truncated: 'cleanReasonDamaged',
  malformed: 'cleanReasonDamaged',
  too_large: 'cleanReasonTooLarge',
  verification_failed: 'cleanReasonVerify',
};

export interface Cleaned {
  name: string;
  result: FileCleanResult;
  blob: Blob | null;
}

/** `IMG_2044.HEIC` -> `IMG_2044.clean.HEIC`, as the `veil clean` command names copies. */
export function cleanName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}.clean${name.slice(dot)}` : `${name}.clean`;
}

export function resultRow(item: Cleaned, save: (item: Cleaned) => void): HTMLElement {
  const { result } = item;
  const title = h('h3', { class: 'file-name' }, item.name);
  if (!result.ok) {
    return h(
      'li',
      { class: 'result refused', 'data-ok': 'false' },
      title,
      h('p', { class: 'verdict bad' }, `${t('cleanRefused')}: ${t(REASONS[result.code])}`),
      currentLocale() === 'en' ? h('p', { class: 'muted' }, capitalise(result.detail)) : null,
      h('p', { class: 'muted' }, t('cleanNeverSaved')),
    );
  }
  const button = h('button', { type: 'button', class: 'primary save' }, t('cleanSave'));
  button.addEventListener('click', () => save(item));
  return h(
    'li',
    { class: 'result', 'data-ok': 'true' },
    title,
    h('p', { class: 'verdict good' }, t('cleanCleaned')),
    lines(t('cleanRemoved'), result.removed, t('cleanNothingFound')),
    result.kept.length ? lines(t('cleanKept'), result.kept, '') : null,
    button,
  );
}

function lines(heading: string, items: readonly ReceiptLine[], empty: string): HTMLElement {
  const list = h('ul', {});
  const tr = pageTranslator();
  for (const line of items) list.appendChild(h('li', {}, renderLine(line, tr)));
  return h(
    'div',
    { class: 'receipt' },
    h('h4', {}, heading),
    items.length ? list : h('p', { class: 'muted' }, empty),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
