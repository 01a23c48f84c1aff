/**
 * File System Access (technique I): `showOpenFilePicker` skips file inputs altogether
 * (react-dropzone 12–14.2 used it by default). Veil cleans the picked files before the page
 * gets the handles: `getFile()` then returns the cleaned file and `name` its neutral name. A
 * file the user decides not to upload makes its handle disappear from the result; if none is
 * left the picker behaves as if it was cancelled.
 */
import type { Bridge } from './bridge.ts';
import { natives as n, nativeLike, wrapMethod } from './hook-natives.ts';

interface Picked {
  file: File;
}

export function installPickerHook(
  win: Window & typeof globalThis,
  bridge: Bridge,
  markVetted: (files: readonly File[]) => void,
  active: () => boolean,
): void {
  const w = win as unknown as {
    showOpenFilePicker?: (...args: unknown[]) => Promise<FileSystemFileHandle[]>;
    FileSystemFileHandle?: { prototype: FileSystemFileHandle };
    FileSystemHandle?: { prototype: FileSystemHandle };
  };
  if (
    typeof w.showOpenFilePicker !== 'function' ||
    !w.FileSystemFileHandle ||
    !w.FileSystemHandle
  ) {
    return;
  }
  const picked = new WeakMap<object, Picked>();

  wrapMethod(
    w as Required<typeof w>,
    'showOpenFilePicker',
    (original) =>
      async function (this: unknown, ...args: unknown[]) {
        const handles = await original.apply(this, args);
        if (!active()) return handles;
        const originals = await n.Promise.all(handles.map((h) => h.getFile()));
        const reply = await bridge.request({ op: 'clean', files: originals });
        const cleaned = (Array.isArray(reply.files) ? reply.files : []) as File[];
        markVetted(cleaned);
        // The isolated script returns files in pick order, without those the user held back.
        const kept: FileSystemFileHandle[] = [];
        let next = 0;
        for (let i = 0; i < handles.length && next < cleaned.length; i++) {
          const file = cleaned[next]!;
          if (sameSelection(originals[i]!, file, cleaned.length === handles.length)) {
            picked.set(handles[i]!, { file });
            kept.push(handles[i]!);
            next++;
          }
        }
        if (kept.length === 0)
          throw new n.DOMException('The user aborted a request.', 'AbortError');
        return kept;
      },
  );

  wrapMethod(
    w.FileSystemFileHandle.prototype,
    'getFile',
    (original) =>
      function (this: FileSystemFileHandle) {
        const entry = picked.get(this);
        return entry ? n.Promise.resolve(entry.file) : original.call(this);
      },
  );

  const nameDesc = Object.getOwnPropertyDescriptor(w.FileSystemHandle.prototype, 'name');
  if (nameDesc?.get) {
    const getName = nameDesc.get;
    const patched = function (this: FileSystemHandle) {
      return picked.get(this)?.file.name ?? getName.call(this);
    };
    Object.defineProperty(w.FileSystemHandle.prototype, 'name', {
      ...nameDesc,
      get: nativeLike(patched, getName),
    });
  }
}

/** With nothing held back every handle matches in order; otherwise match on the media kind. */
function sameSelection(original: File, cleaned: File, all: boolean): boolean {
  if (all) return true;
  const kind = (f: File) => (f.type.split('/')[0] ?? '') || 'other';
  return kind(original) === kind(cleaned);
}
