/**
 * Small DOM helpers for the isolated content script: which element an event is really about
 * (through open and closed shadow roots), and building FileLists with DataTransfer.
 */
export type OpenRoot = (host: Element) => ShadowRoot | null;

const MAX_SHADOW_DEPTH = 16;

export function isFileInput(node: unknown): node is HTMLInputElement {
  const el = node as HTMLInputElement | null;
  return !!el && el.nodeType === 1 && el.localName === 'input' && el.type === 'file';
}

export function filesOf(input: HTMLInputElement): File[] {
  return Array.from(input.files ?? []);
}

export function fileList(files: readonly File[]): FileList {
  const dt = new DataTransfer();
  for (const file of files) dt.items.add(file);
  return dt.files;
}

/**
 * The file input an `input`/`change` event belongs to. From `window`, an input inside a closed
 * shadow root shows up as its host, so look inside with the extension-only accessor.
 */
export function fileInputOf(
  event: Event,
  openRoot: OpenRoot,
  wanted: (input: HTMLInputElement) => boolean,
): HTMLInputElement | null {
  const first = event.composedPath()[0];
  if (isFileInput(first)) return first;
  if (!first || (first as Node).nodeType !== 1) return null;
  return findInShadow(first as Element, openRoot, wanted, 0);
}

function findInShadow(
  host: Element,
  openRoot: OpenRoot,
  wanted: (input: HTMLInputElement) => boolean,
  depth: number,
): HTMLInputElement | null {
  if (depth > MAX_SHADOW_DEPTH) return null;
  const root = openRoot(host);
  if (!root) return null;
  for (const input of Array.from(root.querySelectorAll('input'))) {
    if (isFileInput(input) && wanted(input)) return input;
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const found = findInShadow(el, openRoot, wanted, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The innermost element at a point, looking through closed shadow roots (for drops). */
export function deepTarget(event: Event, openRoot: OpenRoot, x?: number, y?: number): EventTarget {
  let target = event.composedPath()[0] ?? event.target;
  for (
    let depth = 0;
    depth < MAX_SHADOW_DEPTH && target && (target as Node).nodeType === 1;
    depth++
  ) {
    const root = openRoot(target as Element);
    if (!root) break;
    const inner =
      x !== undefined && y !== undefined
        ? root.elementFromPoint(x, y)
        : (root.activeElement as Element | null);
    if (!inner || inner === target) break;
    target = inner;
  }
  return target ?? event.target!;
}
