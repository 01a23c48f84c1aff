/**
 * The MAIN-world gate (technique B): listeners a page adds for `input`/`change` are wrapped, so
 * an event on a file input that still holds files Veil has not vetted never reaches them. This
 * covers what window capture cannot see: inputs never added to the page (detached) and the
 * non-composed `change` inside shadow roots. When the isolated script has not already taken the
 * files (a detached input, an event that never reached `window`), the gate empties the input,
 * asks the isolated script to clean the files, then refills it and fires `input` and `change`.
 */
import type { Bridge } from './bridge.ts';
import { natives as n, nativeFiles, nativeLike, wrapMethod } from './hook-natives.ts';

export interface GateState {
  active: boolean;
  isVetted(file: File): boolean;
  markVetted(files: readonly File[]): void;
}

type Listener = EventListenerOrEventListenerObject;
const GATED = new Set(['input', 'change']);

export function installGate(
  win: Window & typeof globalThis,
  bridge: Bridge,
  state: GateState,
): void {
  const wrappers = new WeakMap<object, Map<string, EventListener>>();
  const handled = new WeakSet<Event>();

  // The captured `type` getter throws for anything but an input (of any frame): no `instanceof`,
  // which a page could steer through `HTMLInputElement[Symbol.hasInstance]`.
  const isFileInput = (node: unknown): node is HTMLInputElement => {
    try {
      return n.inputType(node) === 'file';
    } catch {
      return false;
    }
  };

  /** True when the page must not see this event (yet). */
  const hold = (event: Event): boolean => {
    if (!state.active) return false;
    const target = n.eventTarget(event);
    if (!isFileInput(target)) return false;
    // Captured built-ins only: the originals must not pass through anything the page replaced.
    const files = nativeFiles(n.inputFiles(target));
    const unvetted = hasUnvetted(files);
    // The isolated script empties an input as soon as its window listener sees the event, so
    // files still here mean it never saw it: a detached input, or an event that did not reach
    // `window` (Firefox's file chooser on an input inside a shadow root). Clean them here.
    if (unvetted && !n.weakHas(handled, event)) {
      n.weakAdd(handled, event);
      cleanHere(target, files);
    }
    // Trusted events always carry the user's original pick (Veil's own events are untrusted).
    return n.isTrusted(event) || unvetted;
  };

  const hasUnvetted = (files: File[]): boolean => {
    for (let i = 0; i < files.length; i++) if (!state.isVetted(files[i]!)) return true;
    return false;
  };

  const cleanHere = (input: HTMLInputElement, files: File[]) => {
    n.setInputFiles(input, new n.DataTransfer().files);
    void bridge.request({ op: 'clean', files }).then((reply) => {
      const cleaned = (Array.isArray(reply.files) ? reply.files : []) as File[];
      if (cleaned.length === 0) return;
      state.markVetted(cleaned);
      const dt = new n.DataTransfer();
      for (const file of cleaned) dt.items.add(file);
      n.setInputFiles(input, dt.files);
      n.dispatch(input, new n.Event('input', { bubbles: true, composed: true }));
      n.dispatch(input, new n.Event('change', { bubbles: true }));
    });
  };

  const wrapperFor = (listener: Listener, type: string): EventListener => {
    let byType = wrappers.get(listener);
    if (!byType) wrappers.set(listener, (byType = new Map()));
    let wrapper = byType.get(type);
    if (!wrapper) {
      wrapper = function (this: EventTarget, event: Event) {
        if (hold(event)) return undefined;
        return typeof listener === 'function'
          ? listener.call(this, event)
          : listener.handleEvent(event);
      };
      byType.set(type, wrapper);
    }
    return wrapper;
  };

  const proto = win.EventTarget.prototype;
  wrapMethod(
    proto,
    'addEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: Listener | null, options?: unknown) {
        const gated =
          listener && GATED.has(String(type)) ? wrapperFor(listener, String(type)) : listener;
        return original.call(this, type, gated, options as AddEventListenerOptions);
      },
  );
  wrapMethod(
    proto,
    'removeEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: Listener | null, options?: unknown) {
        const gated = listener ? (wrappers.get(listener)?.get(String(type)) ?? listener) : listener;
        return original.call(this, type, gated, options as EventListenerOptions);
      },
  );

  // `input.onchange = fn` and `oninput`: the handler the page sees stays its own function.
  for (const type of GATED) {
    const name = `on${type}` as 'onchange';
    const desc = Object.getOwnPropertyDescriptor(win.HTMLElement.prototype, name);
    if (!desc?.get || !desc.set) continue;
    const { get, set } = desc;
    const pageHandlers = new WeakMap<object, unknown>();
    const accessors = {
      get(this: HTMLElement) {
        return pageHandlers.has(this) ? pageHandlers.get(this) : get.call(this);
      },
      set(this: HTMLElement, value: unknown) {
        pageHandlers.set(this, value);
        const gated =
          typeof value === 'function'
            ? function (this: EventTarget, event: Event) {
                return hold(event) ? undefined : (value as EventListener).call(this, event);
              }
            : value;
        set.call(this, gated);
      },
    };
    Object.defineProperty(win.HTMLElement.prototype, name, {
      ...desc,
      get: nativeLike(accessors.get, get),
      set: nativeLike(accessors.set, set),
    });
  }

  // An input the page never attaches fires its events on its own detached tree only, where a
  // page can read the pick with no listener Veil could gate (an inline handler, a FormData of its
  // form). When such an input opens the file chooser, Veil listens first, in the capture phase
  // at the top of that tree, and takes unvetted files before anything else runs.
  const watchedRoots = new WeakSet<object>();
  const takeFirst = (event: Event) => {
    const target = n.eventTarget(event);
    if (!state.active || !isFileInput(target)) return;
    const files = nativeFiles(n.inputFiles(target));
    if (!hasUnvetted(files)) return;
    n.stopNow(event);
    if (!n.weakHas(handled, event)) {
      n.weakAdd(handled, event);
      cleanHere(target, files);
    }
  };
  const pickers = [
    [win.HTMLElement.prototype, 'click'],
    [win.HTMLInputElement.prototype, 'showPicker'],
  ] as const;
  for (const [proto, method] of pickers) {
    wrapMethod(
      proto as HTMLInputElement,
      method,
      (original) =>
        function (this: HTMLInputElement) {
          if (isFileInput(this) && !n.isConnected(this)) {
            const root = n.rootOf(this);
            if (!n.weakHas(watchedRoots, root)) {
              n.weakAdd(watchedRoots, root);
              n.addListener(root, 'input', takeFirst, true);
              n.addListener(root, 'change', takeFirst, true);
            }
          }
          return n.apply(original, this, []);
        },
    );
  }

  // A page that never listens (it polls `input.files`, or reads them from an inline handler on
  // an input it never attached) must not read a pick Veil has not seen either: while a file
  // input holds unvetted files the page reads an empty list, and the files are cleaned here,
  // refilled and announced as for a detached input.
  const filesDesc = Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'files');
  if (filesDesc?.get) {
    const getFiles = filesDesc.get;
    const guarded = function (this: HTMLInputElement) {
      const list = n.inputFiles(this);
      if (!state.active || !list || !isFileInput(this)) return list;
      const files = nativeFiles(list);
      if (!hasUnvetted(files)) return list;
      cleanHere(this, files);
      return new n.DataTransfer().files;
    };
    Object.defineProperty(win.HTMLInputElement.prototype, 'files', {
      ...filesDesc,
      get: nativeLike(guarded, getFiles),
    });
  }
}
