/**
 * Debian's Chromium, headless, with a Veil build loaded (or with no extension, for baselines).
 * Background networking, component updates and sync are off: this machine has no network, and
 * Veil's own traffic must be the only traffic worth looking at.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface ChromiumOptions {
  /** Extra command-line switches (e.g. `--lang=en-GB`). */
  args?: string[];
  acceptDownloads?: boolean;
}

export function launchChromium(
  extensionDir: string | null,
  options: ChromiumOptions = {},
): Promise<BrowserContext> {
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'veil-chromium-')), {
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
      ...(options.args ?? []),
      ...extension,
    ],
  });
}
