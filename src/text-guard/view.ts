/**
 * What the text guard draws for one field, inside Veil's closed shadow root: underline bars
 * under each finding, a small marker button at the field's corner and its popover (a
 * non-modal dialog listing each finding, why it matters and a tip). Nothing is added to the
 * field or near it in the page's DOM; text is set with textContent only.
 */
import type { Translator } from '../i18n/translator.ts';
import { BUTTON, CARD, el, FONT } from '../upload/ui/host.ts';
import { popoverTitle } from './labels.ts';
import type { Box } from './mirror.ts';

export interface FindingItem {
  label: string;
  quote: string;
  reason: string;
  severity: 'high' | 'medium' | 'low';
  tip?: { title: string; body: string };
}

export interface ViewActions {
  dismiss(index: number): void;
  pause(): void;
}

const COLOURS = { high: '#d70015', medium: '#c75300', low: '#8a6d00' } as const;
const MARKER_SIZE = 22;
let dialogs = 0;

export class FieldView {
  readonly mirror: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly marker: HTMLButtonElement;
  private dialog: HTMLElement | null = null;
  private items: FindingItem[] = [];
  private anchor: Box | null = null;
  /** What the open popover lists (to tell a real change from a redraw). */
  private shown = '';

  constructor(
    private readonly root: ShadowRoot,
    private readonly doc: Document,
    private readonly tr: Translator,
    private readonly actions: ViewActions,
  ) {
    this.mirror = el(doc, 'div', 'position: fixed; visibility: hidden;');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.layer = el(doc, 'div', 'position: fixed; left: 0; top: 0; pointer-events: none;');
    this.layer.setAttribute('aria-hidden', 'true');
    this.marker = el(doc, 'button', '') as HTMLButtonElement;
    this.marker.type = 'button';
    this.marker.setAttribute('aria-haspopup', 'dialog');
    this.marker.setAttribute('aria-expanded', 'false');
    this.marker.hidden = true;
    this.marker.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      if (this.dialog) this.close(true);
      else this.open();
    });
    root.append(this.mirror, this.layer, this.marker);
  }

  /** Underlines per finding (viewport boxes) and the marker at the field's corner. */
  draw(boxes: readonly Box[][], field: Box, items: FindingItem[], label: string): void {
    this.items = items;
    this.anchor = field;
    const bars: HTMLElement[] = [];
    boxes.forEach((list, i) => {
      const colour = COLOURS[items[i]?.severity ?? 'medium'];
      for (const b of list) {
        const top = b.top + b.height - 2;
        bars.push(
          el(
            this.doc,
            'div',
            `position: fixed; left: ${b.left}px; top: ${top}px; width: ${b.width}px; height: 2px; background: ${colour}; opacity: .85; pointer-events: none;`,
          ),
        );
      }
    });
    this.layer.replaceChildren(...bars);
    this.layer.hidden = false;
    const show = items.length > 0;
    this.marker.hidden = !show;
    if (!show) {
      this.close(false);
      return;
    }
    const left = field.left + Math.max(0, field.width - MARKER_SIZE - 4);
    const top = field.top + Math.max(0, field.height - MARKER_SIZE - 4);
    this.marker.style.cssText = `${FONT} all: initial; position: fixed; left: ${left}px; top: ${top}px; width: ${MARKER_SIZE}px; height: ${MARKER_SIZE}px; border-radius: 50%; border: 2px solid #fff; background: ${COLOURS[worst(items)]}; color: #fff; font: 700 12px/18px system-ui, sans-serif; text-align: center; cursor: pointer; pointer-events: auto; box-shadow: 0 1px 4px rgba(0,0,0,.35); padding: 0;`;
    this.marker.textContent = String(items.length);
    this.marker.setAttribute('aria-label', label);
    if (!this.dialog) return;
    // Scrolling redraws too: rebuild the list only when it changed, so focus stays put.
    const signature = signatureOf(items);
    if (signature !== this.shown) {
      this.fillDialog();
      this.dialog.focus();
    }
    this.place();
  }

  /** Typing moved the text: hide the underlines until the next scan says where they are. */
  hideMarks(): void {
    this.layer.hidden = true;
  }

  remove(): void {
    this.close(false);
    this.mirror.remove();
    this.layer.remove();
    this.marker.remove();
  }

  private open(): void {
    const id = `veil-d${++dialogs}`;
    const dialog = el(
      this.doc,
      'div',
      `${CARD} position: fixed; width: 320px; max-height: 60vh; overflow: auto; pointer-events: auto;`,
    );
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-labelledby', `${id}-t`);
    dialog.tabIndex = -1;
    dialog.id = id;
    dialog.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close(true);
      }
    });
    this.dialog = dialog;
    this.fillDialog();
    this.root.append(dialog);
    this.marker.setAttribute('aria-expanded', 'true');
    this.place();
    dialog.focus();
  }

  private place(): void {
    const d = this.dialog;
    const view = this.doc.defaultView;
    if (!d || !view) return;
    const m = this.marker.getBoundingClientRect();
    const width = Math.min(320, view.innerWidth - 16);
    const left = Math.max(8, Math.min(m.right - width, view.innerWidth - width - 8));
    const below = m.bottom + 6;
    const h = d.getBoundingClientRect().height;
    const top = below + h > view.innerHeight - 8 ? Math.max(8, m.top - 6 - h) : below;
    d.style.left = `${left}px`;
    d.style.top = `${top}px`;
    d.style.width = `${width}px`;
  }

  private fillDialog(): void {
    const d = this.dialog;
    if (!d) return;
    this.shown = signatureOf(this.items);
    const doc = this.doc;
    const title = el(doc, 'h2', `${FONT} font-size: 15px; font-weight: 700; margin: 0 0 8px;`);
    title.id = `${d.id}-t`;
    const tr = this.tr;
    title.textContent = popoverTitle(this.items.length, tr);
    const list = el(doc, 'ul', 'margin: 0; padding: 0; list-style: none;');
    this.items.forEach((item, i) => {
      const li = el(
        doc,
        'li',
        'margin: 0 0 10px; padding: 0 0 10px; border-bottom: 1px solid #ddd;',
      );
      const head = el(doc, 'p', `${FONT} margin: 0; font-weight: 700;`);
      head.append(
        el(doc, 'span', `color: ${COLOURS[item.severity]};`, item.label),
        doc.createTextNode(': '),
        el(doc, 'q', 'font-weight: 400;', item.quote),
      );
      li.append(head, el(doc, 'p', `${FONT} margin: 4px 0;`, item.reason));
      if (item.tip) {
        const tip = el(doc, 'p', `${FONT} margin: 4px 0; font-size: 13px; color: #3a3a3c;`);
        tip.append(
          el(doc, 'strong', '', `${tr.message('tg_tip', [item.tip.title])} `),
          doc.createTextNode(item.tip.body),
        );
        li.append(tip);
      }
      const dismiss = el(
        doc,
        'button',
        `${BUTTON} padding: 4px 10px; font-size: 13px;`,
        tr.message('tg_dismiss'),
      );
      dismiss.type = 'button';
      dismiss.setAttribute('aria-label', tr.message('tg_dismissLabel', [item.label]));
      dismiss.addEventListener('click', (e) => {
        if (e.isTrusted) this.actions.dismiss(i);
      });
      li.append(dismiss);
      list.append(li);
    });
    const footer = el(
      doc,
      'div',
      'display: flex; gap: 8px; justify-content: flex-end; margin-top: 4px;',
    );
    const pause = el(doc, 'button', BUTTON, tr.message('tg_pause'));
    pause.type = 'button';
    pause.addEventListener('click', (e) => {
      if (e.isTrusted) this.actions.pause();
    });
    const close = el(doc, 'button', BUTTON, tr.message('tg_close'));
    close.type = 'button';
    close.addEventListener('click', () => this.close(true));
    footer.append(pause, close);
    const note = el(
      doc,
      'p',
      `${FONT} margin: 0 0 8px; font-size: 13px; color: #3a3a3c;`,
      tr.message('tg_note'),
    );
    d.replaceChildren(title, note, list, footer);
  }

  private close(returnFocus: boolean): void {
    if (!this.dialog) return;
    this.dialog.remove();
    this.dialog = null;
    this.marker.setAttribute('aria-expanded', 'false');
    if (returnFocus && !this.marker.hidden) this.marker.focus();
  }

  get isOpen(): boolean {
    return this.dialog !== null;
  }

  get fieldBox(): Box | null {
    return this.anchor;
  }
}

function signatureOf(items: readonly FindingItem[]): string {
  return items.map((i) => `${i.label}\u0000${i.quote}\u0000${i.severity}`).join('\u0001');
}

function worst(items: readonly FindingItem[]): FindingItem['severity'] {
  if (items.some((i) => i.severity === 'high')) return 'high';
  return items.some((i) => i.severity === 'medium') ? 'medium' : 'low';
}
