/**
 * A site the user protects themselves, in headless Firefox ESR: before, an upload there leaves
 * as it is; the user adds the site in the options page (the optional host permission is
 * answered without a prompt by a test preference, as clicking "Allow" would); then the same
 * upload arrives cleaned, and still does after Veil restarts (the registration is rebuilt
 * from the stored settings).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import { goToExtensionPage, welcomeTab } from './harness/firefox-pages.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import { ADDED_SITE_HOST } from './harness/recording-proxy.ts';
import { FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let world: E2eWorld;
let browser: Browser;
let site = '';

beforeAll(async () => {
  world = await setUpWorld(FIREFOX_DIR);
  browser = await launchFirefoxWithVeil(FIREFOX_DIR, {
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  site = `http://${ADDED_SITE_HOST}:${new URL(world.server.origin).port}`;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await world?.server.close();
});

/** Picks the GPS photo on the site's fetch page; returns what arrived for `caseName`. */
async function uploadOnSite(caseName: string) {
  const page = await browser.newPage();
  await page.goto(`${site}/page?case=${caseName}`);
  const input = await page.waitForSelector('#input');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(
    world.fixtures.gpsPhoto,
  );
  const [got] = await world.server.waitFor(caseName, 1, 20_000);
  await page.close();
  return got!;
}

async function addSite(tab: Page): Promise<void> {
  await goToExtensionPage(tab, (await welcomeTab(browser)).origin, 'options.html');
  await tab.type('form.add-form input', ADDED_SITE_HOST);
  await tab.click('form.add-form button[type=submit]');
  await tab.waitForFunction(
    (host) =>
      [...document.querySelectorAll('li.entry')].some((li) => li.textContent?.includes(host)),
    { timeout: 15_000, polling: 100 },
    ADDED_SITE_HOST,
  );
}

describe('Firefox ESR: a site the user adds is protected', () => {
  it('unprotected before; cleaned once added in the options page; still after Veil restarts', async () => {
    const original = readFileSync(world.fixtures.gpsPhoto);
    const before = await uploadOnSite('added-before');
    expect(before.bytes.equals(original), 'not a protected site yet: sent as it is').toBe(true);

    const { page: tab } = await welcomeTab(browser);
    await addSite(tab);
    const after = await uploadOnSite('added-after');
    const verdict = judgePhoto(after, world.fixtures.gpsPhoto);
    expect(verdict.identifying).toEqual([]);
    expect(verdict.pixelsEqual).toBe(true);
    expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);

    // Veil restarts (as after an update): its background registers the site's scripts again.
    await tab
      .evaluate(() => {
        (
          globalThis as unknown as { browser: { runtime: { reload(): void } } }
        ).browser.runtime.reload();
      })
      .catch(() => undefined);
    // A reload closes the extension's own tabs: proof that Veil really restarted.
    let state = '';
    for (let i = 0; i < 50; i++) {
      state = await tab.evaluate(() => location.href).catch((e: Error) => `gone: ${e.message}`);
      if (state.startsWith('gone')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(state, 'the options tab went away with the reload').toMatch(/^gone/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const restarted = await uploadOnSite('added-restarted');
    const again = judgePhoto(restarted, world.fixtures.gpsPhoto);
    expect(again.identifying).toEqual([]);
    expect(again.name).toMatch(NEUTRAL_JPEG_NAME);
  }, 120_000);
});
