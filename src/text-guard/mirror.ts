/**
 * Where a textarea's or input's characters are drawn, measured on a hidden mirror: a div in
 * Veil's shadow root placed over the field's padding box, with the field's text-layout styles
 * and scroll offset, holding the same text. The field itself is only read (computed style,
 * size, scroll), never changed.
 */
import { splitSegments, type Span } from './segments.ts';
import type { TextControl } from './fields.ts';

const COPIED = [
  'direction',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'tab-size',
  'word-break',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The field's padding box in viewport coordinates (where its text may show). */
export function paddingBox(field: Element): Box {
  const rect = field.getBoundingClientRect();
  const f = field as HTMLElement;
  return {
    left: rect.left + f.clientLeft,
    top: rect.top + f.clientTop,
    width: f.clientWidth,
    height: f.clientHeight,
  };
}

/**
 * Lay the mirror over the field and return, per finding, its line boxes in viewport
 * coordinates, clipped to the field's padding box. `mirror` is reused between calls.
 */
export function measureControl(
  mirror: HTMLElement,
  field: TextControl,
  text: string,
  findings: readonly Span[],
): Box[][] {
  const view = field.ownerDocument.defaultView;
  const style = view?.getComputedStyle(field);
  if (!style) return findings.map(() => []);
  const box = paddingBox(field);
  const single = field.localName === 'input';
  const css: string[] = [
    'position: fixed',
    `left: ${box.left}px`,
    `top: ${box.top}px`,
    'box-sizing: border-box',
    `width: ${box.width}px`,
    `height: ${box.height}px`,
    'margin: 0',
    'border: 0',
    'overflow: hidden',
    'visibility: hidden',
    'pointer-events: none',
    `white-space: ${single ? 'pre' : 'pre-wrap'}`,
    `overflow-wrap: ${single ? 'normal' : 'break-word'}`,
  ];
  for (const name of COPIED) css.push(`${name}: ${style.getPropertyValue(name)}`);
  if (single) {
    // Browsers centre an input's one line vertically: a line box as tall as the content box.
    const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    css.push(`line-height: ${Math.max(0, box.height - pad)}px`);
  } else css.push(`line-height: ${style.lineHeight}`);
  mirror.style.cssText = css.join(';');

  const segments = splitSegments(text.length, findings);
  const doc = mirror.ownerDocument;
  const nodes: Text[] = [];
  mirror.replaceChildren(
    ...segments.map((s) => {
      const node = doc.createTextNode(text.slice(s.start, s.end));
      nodes.push(node);
      return node;
    }),
  );
  // A trailing newline in a textarea still makes a line; the mirror needs a character for it.
  if (text.endsWith('\n')) mirror.append(doc.createTextNode(' '));
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;

  const out: Box[][] = findings.map(() => []);
  const range = doc.createRange();
  segments.forEach((s, i) => {
    const node = nodes[i];
    if (s.finding < 0 || !node) return;
    range.selectNodeContents(node);
    out[s.finding] = clipAll(range.getClientRects(), box);
  });
  return out;
}

/** Line boxes cut to the visible area; boxes scrolled out of the field are dropped. */
export function clipAll(rects: ArrayLike<DOMRectReadOnly>, clip: Box): Box[] {
  const out: Box[] = [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (!r || r.width <= 0) continue;
    const left = Math.max(r.left, clip.left);
    const right = Math.min(r.right, clip.left + clip.width);
    const top = Math.max(r.top, clip.top);
    const bottom = Math.min(r.bottom, clip.top + clip.height);
    if (right - left < 1 || bottom - top < 1) continue;
    out.push({ left, top, width: right - left, height: bottom - top });
  }
  return out;
}
