/** Which page elements the text guard watches, and how their text is read. */
import { locate } from './segments.ts';

export type TextControl = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextControl | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel']);

export function isTextControl(el: Element): el is TextControl {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/**
 * The field an event target belongs to: a textarea or text input, or the editing host of a
 * contenteditable editor (its outermost editable ancestor). Disabled and read-only controls
 * and password-like fields are not watched.
 */
export function fieldOf(target: EventTarget | null | undefined): Field | null {
  if (!target || !(target as Node).nodeType) return null;
  let el: Element | null =
    (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
  if (!el) return null;
  if (isTextControl(el)) return el.disabled || el.readOnly ? null : el;
  if (!(el as HTMLElement).isContentEditable) return null;
  while (el.parentElement && el.parentElement.isContentEditable) el = el.parentElement;
  return el as HTMLElement;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]); // prettier-ignore

/** An editor's text, with where each text node starts in it (for mapping findings back). */
export interface EditableText {
  text: string;
  nodes: Text[];
  starts: number[];
}

/**
 * The text of a contenteditable editor as the user sees it: text nodes in order, a line break
 * for `<br>` and between blocks, so "0770" at the end of one paragraph and "0900" at the start
 * of the next are not read as one number. Only reads the DOM.
 */
export function readEditable(root: HTMLElement): EditableText {
  const doc = root.ownerDocument;
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, as numbers: no global needed (tests, frames).
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      nodes.push(node as Text);
      starts.push(length);
      push(data);
    } else {
      const name = (node as Element).localName;
      if (name === 'br') push('\n');
      else if (BLOCKS.has(name) && !endsWithBreak) push('\n');
    }
  }
  return { text: parts.join(''), nodes, starts };
}

/** A DOM range over `[start, end)` of an editor's text (null if the nodes changed). */
export function editableRange(doc: Document, t: EditableText, start: number, end: number) {
  const a = point(t, start, false);
  const b = point(t, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

function point(t: EditableText, offset: number, isEnd: boolean) {
  // An end offset belongs to the node before it; a start to the node it begins in.
  const i = locate(t.starts, isEnd ? offset - 1 : offset);
  const node = t.nodes[i];
  const start = t.starts[i];
  if (!node || start === undefined || !node.isConnected) return null;
  return { node, offset: Math.min(Math.max(0, offset - start), node.data.length) };
}
