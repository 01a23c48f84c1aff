/**
 * The network watch can fail: a probe add-on, made here, sends requests from each kind of
 * extension context — background (service worker in Chromium), an extension page, a content
 * script — and Veil's own popup sends one, and the watch must record every one of them, by the
 * context that made it. These browsers record into their own watches, so the per-file zero
 * assertion (network-watch.setup.ts) never counts them; it checks Veil in the other files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tools.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import { NetworkWatch, type Finding } from './harness/network-watch.ts';
import { CHROME_DIR, FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

/** TEST-NET-3 (RFC 5737): never routed, so nothing can answer even if the proxy let it out. */
const AWAY = 'http://203.0.113.7/probe';

let world: E2eWorld;

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
}, 120_000);

afterAll(async () => {
  await world?.server.close();
});

/** A minimal add-on that makes requests from its background, a page and a content script. */
function makeProbe(browser: 'chromium' | 'firefox', origin: string): string {
  const dir = join(tempDir('veil-net-probe-'), browser);
  mkdirSync(dir);
  const manifest = {
    manifest_version: 3,
    name: 'Network watch probe',
    version: '1.0',
    host_permissions: ['http://127.0.0.1/*', 'http://203.0.113.7/*'],
    background:
      browser === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'network-watch-probe@veil.test' } } }
      : {}),
  };
  const send = (where: string) =>
    `fetch('${AWAY}/${where}').catch(() => 0); ` +
    `fetch('${origin}/log?case=probe&event=${where}').catch(() => 0);`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'background.js'),
    `globalThis.probe = () => { ${send('background')} chrome.tabs.create({ url: 'page.html' }); };\n` +
      `chrome.runtime.onMessage.addListener(() => globalThis.probe());\n`,
  );
  writeFileSync(
    join(dir, 'content.js'),
    `${send('content-script')} chrome.runtime.sendMessage('go');\n`,
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<!doctype html><title>probe</title><script src="page.js"></script>',
  );
  writeFileSync(join(dir, 'page.js'), send('extension-page'));
  return dir;
}

interface ChromeGlobal {
  chrome: { runtime: { getManifest(): { name: string } } };
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
}

const away = (findings: Finding[], where: string) =>
  findings.filter((f) => f.url === `${AWAY}/${where}`);

describe('the network watch records requests made on purpose from extension contexts', () => {
  it('Chromium: service worker, extension page, content script and Veil popup, by context', async () => {
    const watch = new NetworkWatch('probe');
    const probe = makeProbe('chromium', world.server.origin);
    const context = await launchChromium(CHROME_DIR, { watch, extraExtensions: [probe] });
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=probe`);
    await until(() => away(watch.findings(), 'extension-page').length >= 2);

    // Veil's own extension pages are followed too: its popup sends one request on purpose.
    let veilId = '';
    for (let i = 0; i < 100 && !veilId; i++) {
      for (const worker of context.serviceWorkers()) {
        const name = await worker.evaluate(
          () => (globalThis as unknown as ChromeGlobal).chrome.runtime.getManifest().name,
        );
        if (name !== 'Network watch probe') veilId = new URL(worker.url()).host;
      }
      if (!veilId) await new Promise((r) => setTimeout(r, 100));
    }
    expect(veilId, "Veil's service worker").not.toBe('');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${veilId}/popup.html`);
    await popup.evaluate((url) => {
      new Image().src = url;
    }, `${AWAY}/veil-popup`);
    await until(() => away(watch.findings(), 'veil-popup').length >= 2);
    await context.close();

    const findings = watch.findings();
    const by = (where: string) => away(findings, where).map((f) => `${f.seenBy}: ${f.why}`);
    expect(by('background')).toEqual(
      expect.arrayContaining(['cdp: extension context', 'proxy: left the machine']),
    );
    expect(away(findings, 'background').find((f) => f.seenBy === 'cdp')?.context).toMatch(
      /^service_worker chrome-extension:\/\//,
    );
    expect(by('extension-page')).toEqual(
      expect.arrayContaining(['cdp: extension context', 'proxy: left the machine']),
    );
    expect(by('content-script')).toEqual(
      expect.arrayContaining(['cdp: made by an extension script', 'proxy: left the machine']),
    );
    expect(by('veil-popup')).toEqual(
      expect.arrayContaining(['cdp: extension context', 'proxy: left the machine']),
    );
    // Loopback requests from extension contexts are findings too, though they never leave.
    const local = (where: string) =>
      findings
        .filter((f) => f.url === `${world.server.origin}/log?case=probe&event=${where}`)
        .map((f) => `${f.seenBy}: ${f.why}`);
    expect(local('background')).toEqual(
      expect.arrayContaining(['cdp: extension context', 'proxy: no web page behind it']),
    );
    expect(local('extension-page')).toEqual(
      expect.arrayContaining(['cdp: extension context', 'proxy: no web page behind it']),
    );
    expect(local('content-script')).toEqual(['cdp: made by an extension script']);
    // The probe page itself, loaded by the test, is the tests' own traffic.
    expect(watch.testRequests()).toBeGreaterThan(0);
  });

  it('Firefox: background, extension page and content script reach the recorder', async () => {
    const watch = new NetworkWatch('probe');
    const probe = makeProbe('firefox', world.server.origin);
    const browser = await launchFirefoxWithVeil(FIREFOX_DIR, { watch, extraExtensions: [probe] });
    const page = await browser.newPage();
    await page.goto(`${world.server.origin}/page?case=probe`);
    const local = (where: string) =>
      watch
        .findings()
        .filter((f) => f.url === `${world.server.origin}/log?case=probe&event=${where}`)
        .map((f) => `${f.seenBy}: ${f.why}`);
    // Firefox upgrades an extension's http:// requests to https (its extension CSP), so the
    // recorder sees the tunnel, by host only: one from the background, one from the page.
    const tunnelsIn = (all: Finding[]) =>
      all.filter((f) => f.method === 'CONNECT' && f.url === '203.0.113.7:443');
    // The page's two requests go out together and may reach the recorder in either order: wait
    // for both before closing (seen once: closed after the local one, before the tunnel).
    await until(
      () => local('extension-page').length > 0 && tunnelsIn(watch.findings()).length >= 2,
    );
    await browser.close();

    const findings = watch.findings();
    const tunnels = tunnelsIn(findings);
    expect(tunnels.map((f) => f.why)).toEqual(['left the machine', 'left the machine']);
    expect(away(findings, 'content-script').map((f) => `${f.seenBy}: ${f.why}`)).toEqual([
      'proxy: left the machine',
    ]);
    expect(local('background')).toEqual(['proxy: no web page behind it']);
    expect(local('extension-page')).toEqual(['proxy: no web page behind it']);
    expect(watch.testRequests()).toBeGreaterThan(0);
  });
});
