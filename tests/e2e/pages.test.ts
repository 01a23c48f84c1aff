/**
 * The pages people see, in the built extension in headless Chromium: welcome on install, the
 * popup's status, receipts, tips and text check after a real upload on a 127.0.0.1 page, the
 * per-site switch, the manual cleaner (saved file judged by exiftool), the options page's
 * identities and erase-all, and axe-core on every page and on the in-page dialog and notice.
 */
import { readFileSync } from 'node:fs';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exiftool, identifyingTags, pixelHashes, writeTemp } from '../helpers/tools.ts';
import { axeViolations, closedShadowHtml, WCAG_AA } from './harness/axe.ts';
import { CHROME_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';
import { launchChromium } from './harness/chromium.ts';

let world: E2eWorld;
let context: BrowserContext;
let extensionId = '';

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  context = await launchChromium(CHROME_DIR, { args: ['--lang=en-GB'], acceptDownloads: true });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 120_000);

afterAll(async () => {
  await context?.close();
  await world?.server.close();
});

async function extensionPage(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${what} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function uploadOn(caseName: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${world.server.origin}/page?case=${caseName}`);
  await page.setInputFiles('#input', file);
  return page;
}

describe('Chromium: the pages people see', () => {
  it('opens the welcome page on install; it lists the protected sites', async () => {
    let welcome: Page | undefined;
    for (let i = 0; i < 100 && !welcome; i++) {
      welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
      if (!welcome) await new Promise((r) => setTimeout(r, 100));
    }
    expect(welcome, 'welcome tab').toBeDefined();
    await welcome!.waitForSelector('body[data-ready="true"]');
    expect(await welcome!.textContent('h1')).toBe('Welcome to Veil');
    expect(await welcome!.locator('#sites li').count()).toBeGreaterThanOrEqual(30);
    expect(await welcome!.textContent('#sites')).toContain('OnlyFans');
    await expectAccessible(welcome!, 'welcome');
    await welcome!.close();
  });

  it('popup: protected, with the receipt of an upload just made, and tips for it', async () => {
    const site = await uploadOn('fetch', world.fixtures.gpsPhoto);
    const [got] = await world.server.waitFor('fetch');
    expect(got).toBeDefined();
    const popup = await extensionPage('popup.html');
    await popup.waitForSelector('.receipts li');
    expect(await popup.textContent('#status')).toContain('This site is protected');
    expect(await popup.textContent('#receipts')).toContain('Cleaned: 1');
    expect(await popup.locator('#tip-list li').count()).toBe(3);
    await popup.click('text=More tips');
    expect(await popup.locator('#tip-list li').count()).toBeGreaterThan(3);
    await popup.fill('#tips input[type=search]', 'reverse image');
    expect(await popup.locator('#tip-list li').count()).toBeGreaterThan(0);
    await expectAccessible(popup, 'popup');
    await popup.close();
    await site.close();
  });

  it('popup: "Check my text" shows findings as plain text', async () => {
    const popup = await extensionPage('popup.html');
    await popup.fill('#check textarea', 'Text me on 07700 900123 or <b>mia@example.com</b>');
    await popup.click('#check-button');
    await popup.waitForSelector('#check-results[data-done]');
    const text = await popup.textContent('#check-results');
    expect(text).toContain('Phone number');
    expect(text).toContain('07700 900123');
    expect(await popup.locator('#check-results b').count()).toBe(0);
    await expectAccessible(popup, 'popup with findings');
    await popup.close();
  });

  it('popup switch: off lets the next upload go untouched, on cleans again', async () => {
    const original = readFileSync(world.fixtures.gpsPhoto);
    const xhr = () => world.server.received.filter((r) => r.caseName === 'xhr');
    /** Upload on a fresh page and return what arrived (the newest upload of the case). */
    const upload = async () => {
      const before = xhr().length;
      const page = await uploadOn('xhr', world.fixtures.gpsPhoto);
      await world.server.waitFor('xhr', before + 1);
      await page.waitForTimeout(500);
      await page.close();
      return xhr().slice(before);
    };
    // The popup is about the last web page used: keep one test page open throughout.
    const site = await uploadOn('xhr', world.fixtures.gpsPhoto);
    await world.server.waitFor('xhr', 1);
    expect(xhr()[0]!.bytes.equals(original), 'protected: cleaned').toBe(false);

    let popup = await extensionPage('popup.html');
    await popup.click('#status input[role=switch]');
    await popup.waitForSelector('#status [data-state="off"]');
    expect(await popup.textContent('#status')).toContain('Paused on this site');
    await popup.close();

    const paused = await upload();
    // Exactly one upload: a paused site once received the original twice.
    expect(paused).toHaveLength(1);
    for (const got of paused) expect(got.bytes.equals(original), 'paused: original').toBe(true);

    popup = await extensionPage('popup.html');
    await popup.click('#status input[role=switch]');
    await popup.waitForSelector('#status [data-state="on"]');
    await popup.close();

    const again = await upload();
    expect(again).toHaveLength(1);
    for (const got of again) {
      expect(got.bytes.equals(original), 'on again: cleaned').toBe(false);
      expect(identifyingTags(exiftool(writeTemp(got.bytes, 'again.jpg')))).toEqual([]);
    }
    await site.close();
  });

  it('in-page notice and dialog pass axe (WCAG A/AA)', async () => {
    const page = await uploadOn('fetch', world.fixtures.gpsPhoto);
    let notice = '';
    for (let i = 0; i < 50 && !notice.includes('role="status"'); i++) {
      await page.waitForTimeout(100);
      notice = await closedShadowHtml(context, page);
    }
    await page.keyboard.press('Escape');
    const held = await uploadOn('fetch', world.fixtures.corruptJpeg);
    let dialog = '';
    for (let i = 0; i < 50 && !dialog.includes('role="dialog"'); i++) {
      await held.waitForTimeout(100);
      dialog = await closedShadowHtml(context, held);
    }
    expect(notice).toContain('role="status"');
    expect(dialog).toContain('role="dialog"');
    await held.keyboard.press('Escape');
    for (const [what, html] of [
      ['notice', notice],
      ['dialog', dialog],
    ] as const) {
      const copy = await context.newPage();
      await copy.setContent(
        `<!doctype html><html lang="en"><head><title>${what}</title></head><body><main>${html}</main></body></html>`,
      );
      expect(await axeViolations(copy, { tags: WCAG_AA }), what).toEqual([]);
      await copy.close();
    }
    await page.close();
    await held.close();
  });

  it('cleaner: cleans a GPS photo and saves a clean copy; refuses a damaged one', async () => {
    const page = await extensionPage('clean.html');
    await page.setInputFiles('#pick-files', [world.fixtures.gpsPhoto, world.fixtures.corruptJpeg]);
    await page.waitForSelector('.result[data-ok="false"]');
    await page.waitForSelector('.result[data-ok="true"]');
    expect(await page.locator('.result[data-ok="false"] button').count()).toBe(0);
    expect(await page.textContent('.result[data-ok="true"]')).toMatch(/Location/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.result[data-ok="true"] .save'),
    ]);
    expect(download.suggestedFilename()).toBe('IMG_20240301_140233.clean.jpg');
    const saved = await download.path();
    expect(identifyingTags(exiftool(saved))).toEqual([]);
    expect(pixelHashes(saved)).toEqual(pixelHashes(world.fixtures.gpsPhoto));
    await expectAccessible(page, 'cleaner');
    await page.close();
  });

  it('options: "always hold it back" holds an uncleanable file without asking', async () => {
    const options = await extensionPage('options.html');
    await options.check('text=Always hold it back');
    await options.waitForTimeout(300);
    await options.close();
    const corrupt = readFileSync(world.fixtures.corruptJpeg);
    const page = await uploadOn('fetch', world.fixtures.corruptJpeg);
    let html = '';
    for (let i = 0; i < 50 && !html.includes('held back'); i++) {
      await page.waitForTimeout(100);
      html = await closedShadowHtml(context, page);
    }
    expect(html).toContain('held back');
    expect(html).not.toContain('role="dialog"');
    await page.waitForTimeout(500);
    expect(world.server.received.some((r) => r.bytes.equals(corrupt))).toBe(false);
    await page.close();
  });

  it('keyboard: the popup works with Tab and Enter, with a visible focus ring', async () => {
    const popup = await extensionPage('popup.html');
    const reached: string[] = [];
    for (let i = 0; i < 25; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        // Past the last control the focus leaves the page (body): start again.
        const el = active === document.body ? null : active;
        const style = el ? getComputedStyle(el) : null;
        return { text: el?.textContent?.trim() ?? '', id: el?.id ?? '', ring: style?.outlineStyle };
      });
      if (!focus.ring) continue;
      reached.push(focus.id || focus.text);
      expect(focus.ring, `focus ring on ${focus.id || focus.text}`).not.toBe('none');
      if (focus.text === 'More tips') {
        await popup.keyboard.press('Enter');
        expect(await popup.locator('#tip-list li').count()).toBeGreaterThan(3);
      }
    }
    expect(reached).toContain('More tips');
    expect(reached).toContain('check-button');
    await popup.close();
  });

  it('language choice: the pages and tips switch to Portuguese', async () => {
    const options = await extensionPage('options.html');
    await Promise.all([
      options.waitForEvent('load'),
      options.selectOption('#language select', 'pt'),
    ]);
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.textContent('h1')).toBe('Configurações do Veil');
    expect(await options.getAttribute('html', 'lang')).toBe('pt');
    const popup = await extensionPage('popup.html');
    expect(await popup.textContent('#tips-heading')).toBe('Dicas para agora');
    expect(await popup.textContent('#tip-list')).toMatch(/você/);
    await popup.close();
    await options.selectOption('#language select', 'auto');
    await options.waitForTimeout(500);
    await options.close();
  });

  it('discreet mode: a neutral toolbar title, and Veil again when switched off', async () => {
    const options = await extensionPage('options.html');
    const title = () => options.evaluate('chrome.action.getTitle({})');
    expect(await title()).toBe('Veil');
    await options.check('text=Use a neutral name in the toolbar and no badge');
    await expect.poll(title).toBe('Page tools');
    expect(await options.evaluate('chrome.action.getBadgeText({})')).toBe('');
    await options.uncheck('text=Use a neutral name in the toolbar and no badge');
    await expect.poll(title).toBe('Veil');
    await options.close();
  });

  it('options: identities are shown masked; erase all leaves storage empty', async () => {
    const page = await extensionPage('options.html');
    await expectAccessible(page, 'options');
    await page.fill('#never-add input', 'Jane Smith');
    await page.press('#never-add input', 'Enter');
    await page.waitForSelector('text=J••• S•••');
    await page.fill('#work-add input', 'Mia Rose');
    await page.press('#work-add input', 'Enter');
    await page.waitForSelector('text=Mia Rose');
    expect(await page.textContent('body')).not.toContain('Jane Smith');
    const stored = (await page.evaluate('chrome.storage.local.get(null)')) as object;
    expect(JSON.stringify(stored)).not.toContain('Jane');
    expect(Object.keys(stored).length).toBeGreaterThan(0);

    await page.click('#erase');
    await page.click('#erase-yes');
    await page.waitForSelector('#erase-status:not(:empty)');
    await page.waitForTimeout(500);
    expect(await page.evaluate('chrome.storage.local.get(null)')).toEqual({});
    expect(await page.textContent('#identity')).not.toContain('J•••');
    await page.close();
  });
});
