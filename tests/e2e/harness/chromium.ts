/**
 * Debian's Chromium, headless, with a Veil build loaded (or with no extension, for baselines).
 * Background networking, component updates and sync are off: this machine has no network, and
 * Veil's own traffic must be the only traffic worth looking at.
 *
 * Every launch from an e2e test is under the network watch (network-watch.ts): all traffic goes
 * through a recording proxy (loopback too), and a second DevTools client follows every target.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { watchChromium, type CdpWatcher } from './cdp-watch.ts';
import { countLaunch, defaultWatch, type NetworkWatch } from './network-watch.ts';
import { startRecordingProxy } from './recording-proxy.ts';

export interface ChromiumOptions {
  /** Extra command-line switches (e.g. `--lang=en-GB`). */
  args?: string[];
  acceptDownloads?: boolean;
  /** Further unpacked extensions to load beside Veil (the network watch's own probe). */
  extraExtensions?: string[];
  /**
   * The watch to record into. By default the e2e file's watch, which must stay empty (none
   * outside vitest: the benchmarks); a test that makes requests on purpose (to prove the watch
   * sees them) passes its own.
   */
  watch?: NetworkWatch;
}

const watchers = new WeakMap<BrowserContext, CdpWatcher>();

/** The browser-level DevTools session the watch holds (e.g. to stop the service worker). */
export function browserCdp(context: BrowserContext): CdpWatcher['connection'] {
  const watcher = watchers.get(context);
  if (!watcher) throw new Error('not a context from launchChromium');
  return watcher.connection;
}

export async function launchChromium(
  extensionDir: string | null,
  options: ChromiumOptions = {},
): Promise<BrowserContext> {
  const watch = options.watch ?? defaultWatch();
  const proxy = watch ? await startRecordingProxy((r) => watch.fromProxy(r)) : null;
  const dirs = [extensionDir ?? [], options.extraExtensions ?? []].flat().join(',');
  const extension = dirs
    ? [`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`]
    : ['--disable-extensions'];
  const watched = proxy
    ? [
        // Every request through the recorder, loopback included ("<-loopback>"), and a port
        // for the watch's own DevTools client.
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>',
        '--remote-debugging-port=0',
      ]
    : [];
  const userDataDir = mkdtempSync(join(tmpdir(), 'veil-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      // Extensions need the new headless mode, asked for by switch rather than Playwright's flag.
      headless: false,
      ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        ...watched,
        ...(options.args ?? []),
        ...extension,
      ],
    });
  } catch (error) {
    await proxy?.close();
    throw error;
  }
  if (!watch || !proxy) return context;
  countLaunch(watch, 'chromium');
  const watcher = await watchChromium(userDataDir, watch);
  watchers.set(context, watcher);
  context.on('close', () => {
    void watcher.close().then(() => proxy.close());
  });
  return context;
}

/**
 * A trusted drag of `paths` (files or folders) from outside the page, dropped on the middle of
 * `selector`: Chromium builds the drop's DataTransfer from the disk, as for a user's drag.
 */
export async function dropFiles(page: Page, selector: string, paths: string[]): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, data };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at });
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at });
  await cdp.detach();
}
