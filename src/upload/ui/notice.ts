/**
 * Small status cards in the bottom corner: the receipt after cleaning ("Cleaned 1 file. Removed
 * location and 2 dates.") and the progress line while a slow file is cleaned. Dismissible,
 * announced politely to screen readers, fixed so they never push the page around.
 */
import { BUTTON, CARD, el, uiHost } from './host.ts';

const STACK =
  'position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; max-width: min(380px, calc(100vw - 32px));';

function stack(doc: Document): HTMLElement {
  const { root } = uiHost(doc);
  const existing = root.querySelector('[data-stack]');
  if (existing) return existing as HTMLElement;
  const box = el(doc, 'div', STACK);
  box.dataset.stack = '';
  root.appendChild(box);
  return box;
}

/** `dismiss` is the close button's accessible name, in the user's language. */
export function showNotice(
  doc: Document,
  text: string,
  dismiss: string,
  timeoutMs = 8000,
): () => void {
  const card = el(doc, 'div', `${CARD} display: flex; gap: 12px; align-items: flex-start;`);
  card.setAttribute('role', 'status');
  card.setAttribute('aria-live', 'polite');
  const message = el(doc, 'div', 'flex: 1;', text);
  const close = el(doc, 'button', `${BUTTON} padding: 2px 9px; font-weight: 400;`, '×');
  close.type = 'button';
  close.setAttribute('aria-label', dismiss);
  card.append(message, close);
  stack(doc).appendChild(card);
  const hide = () => card.remove();
  close.addEventListener('click', hide);
  if (timeoutMs > 0) setTimeout(hide, timeoutMs);
  return hide;
}

/** The progress line while a slow file is cleaned; stays until hidden. */
export function showProgress(doc: Document, text: string, dismiss: string): () => void {
  return showNotice(doc, text, dismiss, 0);
}
