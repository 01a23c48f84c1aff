/**
 * The isolated content script, assembled: settings, the private bridge to the MAIN-world hook,
 * the window-capture guard, the batch cleaner with its in-page UI, the egress check, and the
 * receipt report to the background. Browser-specific pieces come in through `IsolatedEnv`.
 */
import type { Translator } from '../i18n/translator.ts';
import { renderReceiptNotice } from '../metadata/receipt-text.ts';
import { guardActive, type GuardSettings as Settings } from '../settings/guard-settings.ts';
import { cleanBatch, type BatchReport, type ExifBlocksDescriber } from './batch.ts';
import { openBridge } from './bridge.ts';
import type { OpenRoot } from './dom-files.ts';
import { allowEgress } from './egress-check.ts';
import { NeutralNames } from './file-names.ts';
import { installGuard } from './guard.ts';
import { askUser } from './ui/dialog.ts';
import { showNotice, showProgress } from './ui/notice.ts';
import { egressDialogText, heldBlockedText, heldDialogText, progressText } from './ui/texts.ts';

export interface IsolatedEnv {
  win: Window;
  handshakeName: string;
  openRoot: OpenRoot;
  exportDetail?: (detail: unknown) => unknown;
  loadSettings(): Promise<Settings>;
  watchSettings(listener: (settings: Settings) => void): void;
  report(report: BatchReport): void;
  /** Detailed receipt lines for removed EXIF blocks (asked of the background). */
  describeExif?: ExifBlocksDescriber;
  /** The in-page words, in the browser's language (browser.i18n). */
  tr: Translator;
}

export function startIsolated(env: IsolatedEnv): void {
  const { win } = env;
  const doc = win.document;
  const bridge = openBridge({
    role: 'isolated',
    handshakeName: env.handshakeName,
    target: doc,
    ...(env.exportDetail ? { exportDetail: env.exportDetail } : {}),
  });
  const names = new NeutralNames();
  const host = win.location.hostname;
  const { tr } = env;
  // Looked up when shown, not at start-up: this script runs in every frame of every site.
  const dismiss = () => tr.message('up_dismiss');
  const notice = (text: string) => void showNotice(doc, text, dismiss());

  let settings: Promise<Settings> = env.loadSettings().catch(() => {
    throw new Error('settings unavailable');
  });
  const current = () => settings.catch(() => null);
  const publish = (s: Settings | null) =>
    bridge.post({ op: 'config', active: s ? guardActive(s, host) : true });
  void current().then(publish);
  env.watchSettings((next) => {
    settings = Promise.resolve(next);
    publish(next);
  });

  const guard = installGuard({
    win,
    openRoot: env.openRoot,
    bridge,
    // Unreadable settings keep the guard on: fail closed.
    active: async () => {
      const s = await current();
      return s ? guardActive(s, host) : true;
    },
    async clean(files) {
      const s = await current();
      const result = await cleanBatch(files, {
        names,
        anonymiseNames: s?.anonymiseFileNames ?? true,
        // The receipt notice is said here, in the user's language, from the report's parts.
        showReceipts: false,
        ...(env.describeExif ? { describeExif: env.describeExif } : {}),
        ui: {
          showProgress: (count) => showProgress(doc, progressText(count, tr), dismiss()),
          // "Always hold it back" (options): no question, the file stays out, a notice says so.
          askAboutHeld: async (held) => {
            if (s?.whenUncleanable === 'block') {
              notice(heldBlockedText(held, tr));
              return 'skip';
            }
            return (await askUser(doc, heldDialogText(held, tr))) ? 'original' : 'skip';
          },
          showReceipt: () => undefined,
        },
      });
      // The receipt follows a moment later; the page gets the files now.
      void result.report.then(
        (report) => {
          if (report.cleaned > 0 && (s?.showReceipts ?? true)) {
            notice(renderReceiptNotice(report.cleaned, report.removed, tr));
          }
          env.report(report);
        },
        () => undefined,
      );
      return result.files;
    },
  });

  bridge.onMessage((message) => {
    if (message.op === 'check' && Array.isArray(message.blobs)) {
      const blobs = (message.blobs as unknown[]).filter(
        (b): b is Blob => !!b && typeof (b as Blob).size === 'number',
      );
      void allowEgress(blobs, guard.vetted, () => askUser(doc, egressDialogText(tr)))
        .catch(() => false)
        .then((allow) => {
          if (allow) guard.vet(blobs as File[]);
          bridge.reply(message.id, { op: 'reply', allow });
        });
    } else if (message.op === 'blocked') {
      notice(tr.message('up_stopped'));
    }
  });
}
