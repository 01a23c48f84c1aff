/** "Recently on this site": the background's receipts for this host, newest first. */
import { renderSummary } from '../../metadata/receipt-text.ts';
import type { ReceiptEntry } from '../../settings/receipts.ts';
import type { TipSelectionContext } from '../../tips/select.ts';
import { h, replace } from '../dom.ts';
import { currentLocale, pageTranslator, t } from '../i18n/runtime.ts';

export const RECEIPTS_SHOWN = 4;

/** An upload in the last half hour means the user is posting media right now. */
export const RECENT_UPLOAD_MS = 30 * 60_000;

/**
 * What the user is uploading right now, for the tips: photos (`upload:image`), videos
 * (`upload:video`) or both, from this site's receipts of the last half hour. Entries from
 * before receipts named the media count as photos.
 */
export function uploadContext(
  entries: readonly ReceiptEntry[],
  now: number,
): Pick<TipSelectionContext, 'activity' | 'triggers'> {
  const recent = entries.filter((entry) => now - entry.at < RECENT_UPLOAD_MS);
  if (recent.length === 0) return {};
  const media = new Set(recent.map((entry) => entry.media ?? 'photo'));
  const video = media.has('video') || media.has('mixed');
  const photo = media.has('photo') || media.has('mixed');
  if (video && photo) return { activity: 'upload:video', triggers: ['upload:image'] };
  return { activity: video ? 'upload:video' : 'upload:image' };
}

/**
 * What the user is doing, for the tips: a recent upload wins (the popup is opened while
 * posting media); else recent writing in a field on this site (with what the text guard found
 * there) means writing a profile, ad or message.
 */
export function tipContext(
  entries: readonly ReceiptEntry[],
  writing: { at: number } | null,
  now: number,
): Pick<TipSelectionContext, 'activity' | 'triggers'> {
  const upload = uploadContext(entries, now);
  if (upload.activity) return upload;
  return writing ? { activity: 'writing' } : {};
}

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
        summaryOf(entry) ? h('p', { class: 'muted' }, summaryOf(entry)) : null,
      ),
    );
  }
  replace(root, list);
}

/** The summary in the user's language; entries from before it was stored as parts: as written. */
export function summaryOf(entry: ReceiptEntry): string {
  if (entry.removed && entry.cleaned > 0)
    return `${renderSummary(entry.removed, pageTranslator())}.`;
  return entry.summary;
}

function ago(at: number): string {
  const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  const minutes = Math.round((at - Date.now()) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
