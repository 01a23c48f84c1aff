/**
 * The pages people see, in the built extension in headless Firefox ESR (puppeteer-core over
 * WebDriver BiDi): the welcome page Veil opens on install, the options page, the popup (opened
 * as a tab) and the manual cleaner. Each page renders its main controls, works by keyboard for
 * its core action, and passes axe-core with no violations. Dark mode is checked in Chromium
 * (pages.test.ts): BiDi cannot emulate prefers-color-scheme.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import {
  axeViolationsIn,
  goToExtensionPage,
  tabTo,
  waitReady,
  welcomeTab,
} from './harness/firefox-pages.ts';
import { FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let world: E2eWorld;
let browser: Browser;
let tab: Page;
let origin = '';

beforeAll(async () => {
  world = await setUpWorld(FIREFOX_DIR);
  browser = await launchFirefoxWithVeil(FIREFOX_DIR);
  ({ page: tab, origin } = await welcomeTab(browser));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await world?.server.close();
});

const text = (selector: string) =>
  tab.$eval(selector, (el) => (el as HTMLElement).innerText.trim());
const count = (selector: string) => tab.$$eval(selector, (els) => els.length);

describe('Firefox ESR: the pages people see', () => {
  it('welcome: opens on install with the protected sites; "Set up identities" works by keyboard', async () => {
    await waitReady(tab, 'welcome.html');
    expect(await text('h1')).toBe('Welcome to Veil');
    expect(await count('#sites li')).toBeGreaterThanOrEqual(30);
    expect(await text('#sites')).toContain('OnlyFans');
    expect(await count('#language select')).toBe(1);
    expect(await axeViolationsIn(tab), 'welcome').toEqual([]);

    const link = await tabTo(tab, (f) => f.id === 'identity-link');
    expect(link, 'Tab reaches "Set up identities"').not.toBeNull();
    expect(link!.ring, 'visible focus ring').not.toBe('none');
    await tab.keyboard.press('Enter');
    await waitReady(tab, 'options.html');
  });

  it('options: every section renders; a never-reveal entry typed and entered shows masked', async () => {
    await goToExtensionPage(tab, origin, 'options.html');
    expect(await text('h1')).toBe('Veil settings');
    for (const id of ['sites', 'identity', 'behaviour', 'discreet', 'language', 'data']) {
      expect(await count(`#${id} > *`), `#${id} has content`).toBeGreaterThan(0);
    }
    expect(await count('#sites input[role=switch]')).toBeGreaterThanOrEqual(30);
    expect(await axeViolationsIn(tab), 'options').toEqual([]);

    const field = await tabTo(tab, (f) => f.tag === 'input' && f.within.includes('never-add'), 80);
    expect(field, 'Tab reaches the never-reveal field').not.toBeNull();
    await tab.keyboard.type('Jane Smith');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.body.innerText.includes('J••• S•••'), {
      timeout: 10_000,
    });
    expect(await text('body')).not.toContain('Jane Smith');
    expect(await axeViolationsIn(tab), 'options with an entry').toEqual([]);
  });

  it('popup: status, three tips with their sources; "More tips" and the text check by keyboard', async () => {
    await goToExtensionPage(tab, origin, 'popup.html');
    // Opened as a tab, the popup's own tab is not a website.
    expect(await text('#status')).toContain('Open a website to see whether Veil protects it.');
    expect(await count('#tip-list > li')).toBe(3);
    const links = await tab.$$eval('#tip-list details[open] .tip-sources a', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        text: a.textContent ?? '',
      })),
    );
    expect(links.length, 'the open tip lists its sources').toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
      expect(link.text.length).toBeGreaterThan(3);
    }
    expect(await axeViolationsIn(tab), 'popup').toEqual([]);

    const more = await tabTo(tab, (f) => f.text === 'More tips', 80);
    expect(more, 'Tab reaches "More tips"').not.toBeNull();
    expect(more!.ring).not.toBe('none');
    await tab.keyboard.press('Enter');
    expect(await count('#tip-list > li')).toBeGreaterThan(3);

    const box = await tabTo(tab, (f) => f.tag === 'textarea' && f.within.includes('check'), 200);
    expect(box, 'Tab reaches the text check').not.toBeNull();
    await tab.keyboard.type('Text me on 07700 900123');
    const button = await tabTo(tab, (f) => f.id === 'check-button', 5);
    expect(button, 'Tab reaches the Check button').not.toBeNull();
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('#check-results[data-done]', { timeout: 10_000 });
    const results = await text('#check-results');
    expect(results).toContain('Phone number');
    expect(results).toContain('07700 900123');
    expect(await axeViolationsIn(tab), 'popup with findings').toEqual([]);
  });

  it('cleaner: a picked GPS photo is cleaned; its receipt names the location; Save is reachable by keyboard', async () => {
    await goToExtensionPage(tab, origin, 'clean.html');
    expect(await text('h1')).toBe('Clean photos and videos');
    expect(await count('#pick-files')).toBe(1);
    expect(await axeViolationsIn(tab), 'cleaner').toEqual([]);

    const input = await tab.waitForSelector('#pick-files');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(
      world.fixtures.gpsPhoto,
    );
    await tab.waitForSelector('.result[data-ok="true"]', { timeout: 20_000 });
    expect(await text('.result[data-ok="true"]')).toMatch(/Location \(/);
    const save = await tabTo(tab, (f) => f.text === 'Save clean copy', 40);
    expect(save, 'Tab reaches "Save clean copy"').not.toBeNull();
    expect(save!.ring).not.toBe('none');
    expect(await axeViolationsIn(tab), 'cleaner with a result').toEqual([]);
  });

  it('a protected test page still gets a cleaned upload (through the watched proxy)', async () => {
    const page = await browser.newPage();
    await page.goto(`${world.server.origin}/page?case=fetch`);
    const input = await page.waitForSelector('#input');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(
      world.fixtures.gpsPhoto,
    );
    const [got] = await world.server.waitFor('fetch');
    expect(got!.bytes.equals(readFileSync(world.fixtures.gpsPhoto))).toBe(false);
    await page.close();
  });
});
