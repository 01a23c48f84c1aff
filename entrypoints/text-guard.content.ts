// In-page text guard: a thin shim; the logic lives in src/text-guard/guard.ts. Scanning runs in
// the background worker, so the detectors are not bundled into every page.
import type { Reply, ScanTextResult } from '../src/messaging/protocol.ts';
import { PLATFORM_MATCHES } from '../src/sites/index.ts';
import { i18nTranslator } from '../src/i18n/translator.ts';
import { startTextGuard } from '../src/text-guard/guard.ts';
import { textGuardEnglish } from '../src/text-guard/labels.ts';

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const send = (message: object) =>
      browser.runtime.sendMessage(message).catch(() => null) as Promise<Reply | null>;
    type Name = Parameters<typeof browser.i18n.getMessage>[0];
    startTextGuard({
      doc: document,
      tr: i18nTranslator(
        browser.i18n.getUILanguage(),
        (key, subs) => browser.i18n.getMessage(key as Name, subs),
        textGuardEnglish(),
      ),
      async scan(text, field) {
        const reply = await send({ type: 'scanText', text, field });
        return reply?.ok ? (reply.data as ScanTextResult) : null;
      },
      dismiss: (category, text) => void send({ type: 'dismissFinding', category, text }),
      pause: () => void send({ type: 'pauseTextGuard' }),
    });
  },
});
