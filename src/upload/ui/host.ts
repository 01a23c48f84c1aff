/**
 * One fixed, zero-size host element with a closed shadow root for everything Veil shows in a
 * page. Fixed position and zero size: the page's layout never moves. Closed root: the page
 * cannot read or restyle what is inside. Styles are set through the CSSOM (not `<style>` or
 * style attributes), which page CSPs do not block. Text is set with `textContent` only.
 */
export interface UiHost {
  root: ShadowRoot;
  doc: Document;
  remove(): void;
}

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'display: block',
  'contain: none',
]
  .map((rule) => `${rule} !important`)
  .join(';');

let current: UiHost | null = null;

export function uiHost(doc: Document): UiHost {
  if (current && current.root.host.isConnected) return current;
  const host = doc.createElement('div');
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'closed' });
  // Keys typed into Veil's dialog are Veil's: page shortcuts must not act on them.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, (event) => event.stopPropagation());
  }
  (doc.documentElement ?? doc).appendChild(host);
  current = { root, doc, remove: () => host.remove() };
  return current;
}

/** An element with CSSOM styles and plain text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  style: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.style.cssText = style;
  if (text !== undefined) node.textContent = text;
  return node;
}

export const FONT =
  'font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; letter-spacing: normal; text-transform: none; text-align: left;';

export const CARD = `${FONT} box-sizing: border-box; background: #fff; border-radius: 10px; box-shadow: 0 6px 28px rgba(0,0,0,.28); padding: 14px 16px;`;

export const BUTTON = `${FONT} box-sizing: border-box; border: 1px solid #8a8a8e; border-radius: 7px; padding: 7px 14px; margin: 0; background: #fff; cursor: pointer; font-weight: 600;`;
