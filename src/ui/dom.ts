/**
 * Tiny DOM helpers for Veil's pages: elements with attributes and plain-text children. Text is
 * always set with textContent (never innerHTML): tips, receipts and scanned text are data.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | number | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replace everything inside `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** The element with this id, or an error naming the page's broken template. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

/** A labelled on/off switch (a real checkbox with role=switch, so it works by keyboard). */
export function toggle(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  help?: string,
): HTMLElement {
  const id = uid('sw');
  const input = h('input', { type: 'checkbox', role: 'switch', id, class: 'switch' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  const helpId = help ? uid('help') : undefined;
  if (helpId) input.setAttribute('aria-describedby', helpId);
  return h(
    'div',
    { class: 'toggle-row' },
    h('label', { for: id }, label),
    input,
    help ? h('p', { class: 'help', id: helpId }, help) : null,
  );
}

let counter = 0;

/** Start ids again from 1, so a page redrawn in the same order keeps the same ids (focus). */
export function resetUids(): void {
  counter = 0;
}

export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
