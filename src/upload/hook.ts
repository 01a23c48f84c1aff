/**
 * The MAIN-world hook, assembled: the private bridge first (with built-ins captured before any
 * page script), then the listener gate, the File System Access hook and the egress tripwire.
 * It parses no file: cleaning and decisions happen in the isolated script.
 */
import { openBridge } from './bridge.ts';
import { installEgressTripwire } from './egress.ts';
import { installPickerHook } from './fs-access.ts';
import { installGate } from './gate.ts';
import { nativeFileKey, natives as n, patchToString, wrapMethod } from './hook-natives.ts';

export function installHook(win: Window & typeof globalThis, handshakeName: string): void {
  const bridge = openBridge({ role: 'main', handshakeName, target: win.document });
  const keys = new Set<unknown>();
  const vettedBlobs = new WeakSet<object>();
  // Fail closed: until the isolated script says the guard is paused here, it is active.
  const state = {
    active: true,
    isVetted(blob: Blob): boolean {
      if (n.weakHas(vettedBlobs, blob)) return true;
      return n.setHas(keys, nativeFileKey(blob));
    },
    markVetted(files: readonly File[]): void {
      for (const file of files) {
        n.weakAdd(vettedBlobs, file);
        n.setAdd(keys, nativeFileKey(file));
      }
    },
    /** A Blob made in this world from vetted bytes (a slice, a FormData entry): by identity only. */
    vetDerived(blob: Blob): void {
      n.weakAdd(vettedBlobs, blob);
    },
  };

  bridge.onMessage((message) => {
    if (message.op === 'mark' && Array.isArray(message.keys)) {
      for (const key of message.keys as unknown[]) if (typeof key === 'string') n.setAdd(keys, key);
    } else if (message.op === 'config' && typeof message.active === 'boolean') {
      state.active = message.active;
    }
  });

  // Slices of a vetted file (chunked and resumable uploads) are vetted too.
  wrapMethod(
    win.Blob.prototype,
    'slice',
    (original) =>
      function (this: Blob, ...args: [number?, number?, string?]) {
        const part = original.apply(this, args);
        if (state.isVetted(this)) state.vetDerived(part);
        return part;
      },
  );

  patchToString();
  installGate(win, bridge, state);
  installPickerHook(
    win,
    bridge,
    (files) => state.markVetted(files),
    () => state.active,
  );
  installEgressTripwire(win, bridge, state);
}
