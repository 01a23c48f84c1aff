// Isolated-world upload guard: a thin shim; the logic lives in src/upload/isolated.ts.
import { i18nTranslator } from '../src/i18n/translator.ts';
import { parseLinesReply, toBase64 } from '../src/messaging/exif-blocks.ts';
import { DESCRIBE_RETRY, sendWithRetry } from '../src/messaging/retry.ts';
import { RECEIPT_EN } from '../src/metadata/receipt-text.ts';
import type { ReceiptLine } from '../src/metadata/types.ts';
import { readGuardSettings, watchGuardSettings } from '../src/settings/guard-settings.ts';
import { randomId } from '../src/settings/random-id.ts';
import { PLATFORM_MATCHES } from '../src/sites/index.ts';
import { startIsolated } from '../src/upload/isolated.ts';
import { UPLOAD_EN } from '../src/upload/ui/texts.ts';

declare const __VEIL_HANDSHAKE__: string;
declare const cloneInto:
  ((value: unknown, target: object, options?: object) => unknown) | undefined;

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };
type FirefoxElement = Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  noScriptStartedPostMessage: true,
  main() {
    const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
    type Name = Parameters<typeof browser.i18n.getMessage>[0];
    startIsolated({
      win: window,
      tr: i18nTranslator(
        browser.i18n.getUILanguage(),
        (key, subs) => browser.i18n.getMessage(key as Name, subs),
        { ...UPLOAD_EN, ...RECEIPT_EN },
      ),
      handshakeName: __VEIL_HANDSHAKE__,
      openRoot: (host) => {
        const ff = (host as FirefoxElement).openOrClosedShadowRoot;
        if (typeof ff === 'function') return ff.call(host) ?? null;
        return chromeDom?.openOrClosedShadowRoot?.(host) ?? host.shadowRoot ?? null;
      },
      ...(typeof cloneInto === 'function'
        ? { exportDetail: (d: unknown) => cloneInto(d, window, { wrapReflectors: true }) }
        : {}),
      loadSettings: readGuardSettings,
      watchSettings: (listener) => void watchGuardSettings(listener),
      describeExif: async (blocks) => {
        const message = { type: 'describeExif', blocks: blocks.map(toBase64) };
        const reply = await sendWithRetry(
          () => browser.runtime.sendMessage(message),
          DESCRIBE_RETRY,
        );
        const lines = parseLinesReply(reply);
        if (!lines) throw new Error('no description');
        return lines as ReceiptLine[];
      },
      report: (report) => {
        const message = { type: 'receipt', entry: { ...report, id: randomId() } };
        sendWithRetry(() => browser.runtime.sendMessage(message)).catch(() => undefined);
      },
    });
  },
});
