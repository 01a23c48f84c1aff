// MAIN-world hook: a thin shim; the logic lives in src/upload/hook.ts. It must run before any
// page script, so it is declared in the manifest at document_start (not injected later).
import { PLATFORM_MATCHES } from '../src/sites/index.ts';
import { installHook } from '../src/upload/hook.ts';

declare const __VEIL_HANDSHAKE__: string;

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    installHook(window, __VEIL_HANDSHAKE__);
  },
});
