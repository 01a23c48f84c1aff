/** "Recently on this site": the background's receipts for this host, newest first. */
import type { ReceiptEntry } from '../../settings/receipts.ts';
import { h, replace } from '../dom.ts';
import { currentLocale, t } from '../i18n/runtime.ts';

export const RECEIPTS_SHOWN = 4;

export function receiptsForHost(log: readonly ReceiptEntry[], host: string): ReceiptEntry[] {
  return log
    .filter((entry) => entry.site === host)
    .sort((a, b) => b.at - a.at)
    .slice(0, RECEIPTS_SHOWN);
}

export function renderReceipts(root: HTMLElement, entries: readonly ReceiptEntry[]): void {
  if (entries.length === 0) {
    replace(root, h('p', { class: 'muted' }, t('popupReceiptsNone')));
    return;
  }
  const list = h('ul', { class: 'list-plain receipts' });
  for (const entry of entries) {
    const counts = [
      entry.cleaned ? t('receiptCleaned', entry.cleaned) : '',
      entry.held ? t('receiptHeld', entry.held) : '',
      entry.passed ? t('receiptPassed', entry.passed) : '',
    ].filter(Boolean);
    list.appendChild(
      h(
        'li',
        {},
        h('span', { class: 'tag' }, ago(entry.at)),
        h('p', { class: 'receipt-counts' }, counts.join(' · ')),
        entry.summary ? h('p', { class: 'muted' }, entry.summary) : null,
      ),
    );
  }
  replace(root, list);
}

function ago(at: number): string {
  const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  const minutes = Math.round((at - Date.now()) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
