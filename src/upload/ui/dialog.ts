/**
 * The modal question Veil asks when it cannot clean a file (or when a page tries to send one
 * Veil has not cleaned). Accessible: role=dialog, aria-modal, labelled and described, focus
 * starts on and is trapped between the two buttons, Escape answers the safe way. The safe
 * answer ("Don't upload") is the default.
 */
import { BUTTON, CARD, el, uiHost } from './host.ts';

export interface DialogText {
  title: string;
  body: string[];
  safe: string;
  risky: string;
}

let queue: Promise<unknown> = Promise.resolve();

/** Resolves true only when the user picks the risky button. One dialog at a time. */
export function askUser(doc: Document, text: DialogText): Promise<boolean> {
  const next = queue.then(() => openDialog(doc, text));
  queue = next.catch(() => false);
  return next;
}

function openDialog(doc: Document, text: DialogText): Promise<boolean> {
  const { root } = uiHost(doc);
  const previous = doc.activeElement as HTMLElement | null;
  const overlay = el(
    doc,
    'div',
    'position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; padding: 16px;',
  );
  const card = el(doc, 'div', `${CARD} max-width: 440px; width: 100%; padding: 20px 22px;`);
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'true');
  card.setAttribute('aria-labelledby', 'veil-dialog-title');
  card.setAttribute('aria-describedby', 'veil-dialog-body');
  const title = el(doc, 'h2', 'font-size: 17px; font-weight: 700; margin: 0 0 10px;', text.title);
  title.id = 'veil-dialog-title';
  const body = el(doc, 'div', '');
  body.id = 'veil-dialog-body';
  for (const line of text.body) body.appendChild(el(doc, 'p', 'margin: 0 0 8px;', line));
  const row = el(
    doc,
    'div',
    'display: flex; gap: 10px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap;',
  );
  const risky = el(doc, 'button', `${BUTTON} font-weight: 400;`, text.risky);
  const safe = el(
    doc,
    'button',
    `${BUTTON} background: #1d1d1f; color: #fff; border-color: #1d1d1f;`,
    text.safe,
  );
  risky.type = 'button';
  safe.type = 'button';
  row.append(risky, safe);
  card.append(title, body, row);
  overlay.appendChild(card);
  root.appendChild(overlay);
  safe.focus();

  return new Promise<boolean>((resolve) => {
    const done = (answer: boolean) => {
      overlay.remove();
      previous?.focus?.();
      resolve(answer);
    };
    safe.addEventListener('click', () => done(false));
    risky.addEventListener('click', () => done(true));
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        done(false);
      } else if (event.key === 'Tab') {
        event.preventDefault();
        (root.activeElement === safe ? risky : safe).focus();
      }
    });
    // Clicks outside the card do nothing: the question needs an answer.
    overlay.addEventListener('mousedown', (event) => {
      if (event.target === overlay) {
        event.preventDefault();
        safe.focus();
      }
    });
  });
}
