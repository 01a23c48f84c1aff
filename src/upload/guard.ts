/**
 * The isolated-world upload guard (technique A, A', D and E in PLATFORMS-AND-INTERCEPTION.md):
 * window capture listeners registered before any page script see every `input`, `change`,
 * `drop` and `paste` first. A file input or drop carrying files Veil has not vetted is stopped,
 * emptied at once (so nothing can read the original meanwhile), cleaned, refilled with the
 * cleaned files, and the events are dispatched again for the page's own handlers and widgets.
 */
import type { Bridge } from './bridge.ts';
import {
  deepTarget,
  fileInputOf,
  fileList,
  filesOf,
  isFileInput,
  type OpenRoot,
} from './dom-files.ts';
import { filesFromDrop } from './dropped-entries.ts';
import { fileKey, VettedFiles } from './file-key.ts';

export interface GuardEnv {
  win: Window;
  openRoot: OpenRoot;
  bridge: Bridge;
  /** Cleans a selection (with progress, held-file dialog and receipt); resolves the files to deliver. */
  clean(files: File[]): Promise<File[]>;
  /** Resolves false when the guard is paused here (read once settings are loaded). */
  active(): Promise<boolean>;
}

export interface Guard {
  vetted: VettedFiles;
  /** Mark files as vetted in both worlds, before they are shown to the page. */
  vet(files: readonly File[]): void;
}

export function installGuard(env: GuardEnv): Guard {
  const { win, openRoot, bridge } = env;
  const vetted = new VettedFiles();
  const busy = new WeakSet<HTMLInputElement>();
  // A browser fires a trusted `input` then a trusted `change` for one pick. When the files come
  // back before that `change` (a paused site answers within microtasks), the `change` would reach
  // the page after Veil's own pair and the page would upload twice: it is swallowed instead.
  const trustedChangeDue = new WeakSet<HTMLInputElement>();

  const vet = (files: readonly File[]) => {
    for (const file of files) vetted.add(file);
    if (files.length) bridge.post({ op: 'mark', keys: files.map(fileKey) });
  };
  const unvetted = (files: readonly File[]) => files.some((f) => !vetted.has(f));

  /** Clean, or pass the originals through when the guard turns out to be paused here. */
  const process = async (files: File[]): Promise<File[]> => {
    if (!(await env.active())) {
      vet(files);
      return files;
    }
    const out = await env.clean(files);
    vet(out);
    return out;
  };

  const onInputOrChange = (event: Event) => {
    const input = fileInputOf(
      event,
      openRoot,
      (el) => busy.has(el) || trustedChangeDue.has(el) || unvetted(filesOf(el)),
    );
    if (!input) return;
    if (busy.has(input)) {
      event.stopImmediatePropagation();
      return;
    }
    const files = filesOf(input);
    const trusted = event.isTrusted;
    if (event.type === 'change' && trusted && trustedChangeDue.has(input)) {
      trustedChangeDue.delete(input);
      if (files.length > 0 && !unvetted(files)) {
        event.stopImmediatePropagation();
        return;
      }
    }
    if (files.length === 0 || !unvetted(files)) return;
    event.stopImmediatePropagation();
    if (event.type === 'input' && trusted) trustedChangeDue.add(input);
    else trustedChangeDue.delete(input);
    busy.add(input);
    input.files = fileList([]);
    process(files)
      .catch(() => [] as File[])
      .then((out) => {
        busy.delete(input);
        if (out.length === 0) return;
        input.files = fileList(out);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
  };

  const onDropOrPaste = (event: Event) => {
    const drag = event.type === 'drop';
    const data = drag ? (event as DragEvent).dataTransfer : (event as ClipboardEvent).clipboardData;
    if (!data) return;
    const files = Array.from(data.files);
    if (files.length === 0 || !unvetted(files)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Everything the re-dispatch needs must be read now: the data store closes after this tick.
    const strings = data.types
      .filter((t) => t !== 'Files')
      .map((t) => [t, data.getData(t)] as const);
    const mouse = drag ? pointOf(event as DragEvent) : null;
    const target = deepTarget(event, openRoot, mouse?.clientX, mouse?.clientY);
    // A dropped folder arrives as one unreadable pseudo-file: its files are walked and cleaned,
    // and the page gets them as a flat list (its own walk would find no folder in the re-dispatch).
    const chosen = drag ? filesFromDrop(data) : Promise.resolve(files);
    chosen
      .then(process)
      .catch(() => [] as File[])
      .then((out) => {
        if (out.length === 0) return;
        const dt = new DataTransfer();
        for (const [type, value] of strings) dt.setData(type, value);
        for (const file of out) dt.items.add(file);
        const init = { bubbles: true, cancelable: true, composed: true };
        const next = drag
          ? new DragEvent('drop', { ...init, ...mouse, dataTransfer: dt })
          : new ClipboardEvent('paste', { ...init, clipboardData: dt });
        target.dispatchEvent(next);
      });
  };

  win.addEventListener('input', onInputOrChange, true);
  win.addEventListener('change', onInputOrChange, true);
  win.addEventListener('drop', onDropOrPaste, true);
  win.addEventListener('paste', onDropOrPaste, true);

  // Detached inputs and picker handles are caught in the MAIN world, which asks us to clean.
  bridge.onMessage((message) => {
    if (message.op !== 'clean' || !Array.isArray(message.files)) return;
    const files = (message.files as unknown[]).filter(isFile);
    process(files)
      .catch(() => [] as File[])
      .then((out) => bridge.reply(message.id, { op: 'reply', files: out }));
  });

  return { vetted, vet };
}

function isFile(value: unknown): value is File {
  const f = value as File | null;
  return (
    !!f && typeof f.size === 'number' && typeof f.name === 'string' && typeof f.slice === 'function'
  );
}

function pointOf(event: DragEvent) {
  const { clientX, clientY, screenX, screenY } = event;
  return { clientX, clientY, screenX, screenY };
}

export { isFileInput };
