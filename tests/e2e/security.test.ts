/**
 * Hostile pages against the built extension, in headless Chromium and Firefox ESR: a page must
 * not make Veil skip cleaning (early listeners, poisoned built-ins, forged bridge messages,
 * forged file identities, a detached input it polls), must not read settings or identity lists,
 * must not reach the background or Veil's files, must not tell Veil's wrappers from built-ins by
 * their shape, and metadata markup must never become elements or run (issue 7 §2).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser, Page as FxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exiftool, identifyingTags, writeTemp } from '../helpers/tools.ts';
import { closedShadowHtml } from './harness/axe.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import {
  markupPhoto,
  PROBE_PATH,
  startHostileServer,
  type HostileServer,
} from './harness/hostile.ts';
import { nativeShapes, probeVeilFiles, snoopPage, type Shape } from './harness/hostile-probes.ts';
import { CHROME_DIR, FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let world: E2eWorld;
let hostile: HostileServer;
let xssPhoto: string;

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  hostile = await startHostileServer(readFileSync(world.fixtures.gpsPhoto), world.handshake);
  xssPhoto = markupPhoto();
}, 120_000);

afterAll(async () => {
  await hostile?.close();
  await world?.server.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file that reached the server for a case: at least one, and none identifying. */
function expectOnlyClean(caseName: string, atLeast = 1): void {
  const got = hostile.uploads.filter((u) => u.caseName === caseName);
  expect(got.length, `${caseName}: uploads`).toBeGreaterThanOrEqual(atLeast);
  const original = readFileSync(world.fixtures.gpsPhoto);
  for (const upload of got) {
    expect(upload.bytes.equals(original), `${caseName}: the original arrived`).toBe(false);
    const path = writeTemp(upload.bytes, 'received.jpg');
    expect(identifyingTags(exiftool(path)), `${caseName}: identifying tags`).toEqual([]);
  }
}

const UPLOAD_ATTACKS = ['early-capture', 'poisoned-builtins', 'forged-config'] as const;

describe('Chromium: hostile pages', () => {
  let context: BrowserContext;
  let extensionId = '';

  beforeAll(async () => {
    context = await launchChromium(CHROME_DIR);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }, 120_000);
  afterAll(async () => context?.close());

  const open = async (caseName: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`${hostile.origin}/page?case=${caseName}`);
    return page;
  };
  const pickDetached = async (page: Page, path: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
    await chooser.setFiles(path);
  };

  for (const attack of UPLOAD_ATTACKS) {
    it(`${attack}: attached and detached inputs deliver only cleaned files`, async () => {
      const page = await open(attack);
      await page.setInputFiles('#input', world.fixtures.gpsPhoto);
      await hostile.waitFor(attack, 1);
      await pickDetached(page, world.fixtures.gpsPhoto);
      await hostile.waitFor(attack, 3);
      await page.evaluate(() => (window as unknown as { sendSeen(): Promise<void> }).sendSeen());
      expectOnlyClean(attack, 2);
      await page.close();
    });
  }

  it('a detached input the page only polls (no listener, FormData of its form) is cleaned', async () => {
    const page = await open('none');
    await pickDetached(page, world.fixtures.gpsPhoto);
    await hostile.waitFor('none', 1);
    await page.evaluate(() => (window as unknown as { sendSeen(): Promise<void> }).sendSeen());
    expectOnlyClean('none', 1);
    await page.close();
  });

  it('files that claim a cleaned file’s name, size, type and date are still cleaned', async () => {
    const page = await open('forged-key');
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    await hostile.waitFor('forged-key', 1);
    await pickDetached(page, world.fixtures.gpsPhoto);
    await hostile.waitFor('forged-key', 2);
    await page.evaluate(() => (window as unknown as { sendSeen(): Promise<void> }).sendSeen());
    expectOnlyClean('forged-key', 2);
    await page.close();
  });

  it('a JPEG named .pdf is cleaned; a page-made JPEG typed application/pdf is held', async () => {
    const asPdf = writeTemp(readFileSync(world.fixtures.gpsPhoto), 'rates.pdf');
    const page = await open('fake-type');
    await page.setInputFiles('#input', asPdf);
    await hostile.waitFor('fake-type', 1);
    expectOnlyClean('fake-type', 1);
    const before = hostile.uploads.length;
    await page.click('#send-made');
    let html = '';
    for (let i = 0; i < 50 && !html.includes('role="dialog"'); i++) {
      await sleep(100);
      html = await closedShadowHtml(context, page);
    }
    expect(html).toContain('role="dialog"');
    await page.keyboard.press('Escape');
    await sleep(1000);
    expect(hostile.uploads.length).toBe(before);
    await page.close();
  });

  it('a page finds no settings or never-reveal words, and cannot reach the background', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.fill('#never-add input', 'Quenby Zebediah');
    await options.press('#never-add input', 'Enter');
    await options.waitForSelector('text=Q••• Z•••');
    await options.close();
    const page = await open('none');
    const seen = await snoopPage(page, extensionId);
    expect(seen.controlFound, 'the snoop finds what the page itself put out').toBe(true);
    expect(seen.text).not.toMatch(/Quenby|Zebediah/i);
    expect(seen.runtime).toBe('unreachable');
    await page.close();
  });

  it('Veil’s files cannot be fetched or loaded by a page; the manifest exposes none', async () => {
    const manifest = JSON.parse(readFileSync(`${CHROME_DIR}/manifest.json`, 'utf8')) as object;
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    const page = await open('none');
    const results = await probeVeilFiles(page, `chrome-extension://${extensionId}`);
    expect(results.length).toBeGreaterThan(3);
    expect(results.filter((r) => r.readable)).toEqual([]);
    await page.close();
  });

  it('stacks through Veil’s page-world wrappers do not name its id or script', async () => {
    const page = await open('none');
    const stacks = await page.evaluate(() => {
      const out: string[] = [];
      try {
        EventTarget.prototype.addEventListener.call({}, 'x', () => undefined);
      } catch (e) {
        out.push(String((e as Error).stack));
      }
      const input = document.createElement('input');
      input.type = 'file';
      input.addEventListener('change', () => out.push(String(new Error('in listener').stack)));
      input.dispatchEvent(new Event('change'));
      return out;
    });
    expect(stacks).toHaveLength(2);
    for (const stack of stacks) {
      expect(stack).not.toContain(extensionId);
      expect(stack).not.toMatch(/chrome-extension:|upload-hook/);
    }
    await page.close();
  });

  it('wrapped built-ins have the shape of a browser without Veil', async () => {
    const plain = await launchChromium(null);
    const vanillaPage = await plain.newPage();
    await vanillaPage.goto(`${hostile.origin}/page?case=none`);
    const vanilla = await nativeShapes(vanillaPage);
    await plain.close();
    const page = await open('none');
    const withVeil = await nativeShapes(page);
    expect(Object.keys(withVeil).length).toBeGreaterThan(10);
    expect(withVeil).toEqual(vanilla);
    await page.close();
  });

  it('metadata markup is text in the notice, the popup and the cleaner; nothing runs', async () => {
    const page = await open('none');
    await page.setInputFiles('#input', xssPhoto);
    await hostile.waitFor('none', 3);
    let html = '';
    for (let i = 0; i < 50 && !html.includes('Cleaned'); i++) {
      await sleep(100);
      html = await closedShadowHtml(context, page);
    }
    expect(html, 'the receipt notice').toContain('Cleaned');
    expect(html).not.toMatch(/<img|<script|<b>/i);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('.receipts li');
    expect(await popup.locator('#receipts img, #receipts script, #receipts b').count()).toBe(0);
    const cleaner = await context.newPage();
    await cleaner.goto(`chrome-extension://${extensionId}/clean.html`);
    await cleaner.waitForSelector('body[data-ready="true"]');
    await cleaner.setInputFiles('#pick-files', xssPhoto);
    await cleaner.waitForSelector('.result[data-ok="true"]');
    expect(await cleaner.textContent('#results')).toContain('<');
    expect(await cleaner.locator('#results img, #results script, #results b').count()).toBe(0);
    await sleep(500);
    for (const p of [page, popup, cleaner]) {
      expect(await p.evaluate(() => (window as unknown as { __veilXss?: number }).__veilXss)).toBe(
        undefined,
      );
    }
    expect(hostile.paths).not.toContain(PROBE_PATH);
    for (const p of [page, popup, cleaner]) await p.close();
  });

  it('a content-script-world message asking for settings, and malformed page messages, are rejected', async () => {
    const page = await open('none');
    const cdp = await context.newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    await cdp.send('Runtime.enable');
    const isolated = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId),
    );
    expect(isolated, 'Veil’s content-script world').toBeDefined();
    const ask = async (message: object) =>
      (
        (await cdp.send('Runtime.evaluate', {
          expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
          contextId: isolated!.id,
          awaitPromise: true,
          returnByValue: true,
        })) as { result: { value: unknown } }
      ).result.value;
    expect(await ask({ type: 'getSettings' })).toEqual({ ok: false, error: 'rejected' });
    expect(await ask({ type: 'getIdentity' })).toEqual({ ok: false, error: 'rejected' });
    expect(await ask({ type: 'scanText', text: 'x', field: 'BAD FIELD' })).toEqual({
      ok: false,
      error: 'rejected',
    });
    await cdp.detach();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const send = (m: object) =>
      popup.evaluate(
        (msg) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
            }
          ).chrome.runtime.sendMessage(msg),
        m,
      );
    expect(await send({ type: 'setEnabled', enabled: 'no' })).toEqual({
      ok: false,
      error: 'rejected',
    });
    expect(await send({ type: 'noSuchMessage' })).toEqual({ ok: false, error: 'rejected' });
    expect(await send({ type: 'getSettings' })).toMatchObject({ ok: true });
    await popup.close();
    await page.close();
  });
});

describe('Firefox ESR: hostile pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchFirefoxWithVeil(FIREFOX_DIR);
  }, 180_000);
  afterAll(async () => browser?.close());

  const open = async (caseName: string): Promise<FxPage> => {
    const page = await browser.newPage();
    await page.goto(`${hostile.origin}/page?case=${caseName}`);
    return page;
  };
  const pickAttached = async (page: FxPage, path: string) => {
    const input = await page.waitForSelector('#input');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  };
  const pickDetached = async (page: FxPage, path: string) => {
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#pick')]);
    await chooser.accept([path]);
  };

  for (const attack of [...UPLOAD_ATTACKS, 'forged-key'] as const) {
    it(`${attack}: attached and detached inputs deliver only cleaned files`, async () => {
      const caseName = `${attack}`;
      const page = await open(caseName);
      await pickAttached(page, world.fixtures.gpsPhoto);
      await hostile.waitFor(caseName, countBefore(caseName) + 1);
      const before = countBefore(caseName);
      await pickDetached(page, world.fixtures.gpsPhoto);
      await hostile.waitFor(caseName, before + 1);
      await page.evaluate(() => (window as unknown as { sendSeen(): Promise<void> }).sendSeen());
      expectOnlyClean(caseName, 2);
      await page.close();
    });
  }

  it('a page finds no extension API, and errors through wrappers do not name Veil’s script', async () => {
    const page = await open('none');
    // The add-on's random moz-extension host must not show in an error thrown through a wrapper.
    expect(await stackThroughWrapper(page)).toMatch(/Illegal|TypeError|not implement|called on/i);
    expect(await stackThroughWrapper(page)).not.toMatch(/moz-extension|upload-hook/);
    const seen = await snoopPage(page, 'veil@veil.invalid');
    expect(seen.controlFound).toBe(true);
    expect(seen.runtime).toBe('unreachable');
    const manifest = JSON.parse(readFileSync(`${FIREFOX_DIR}/manifest.json`, 'utf8')) as object;
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    await page.close();
  });

  it('wrapped built-ins look native (no prototype, not constructible, native source)', async () => {
    const page = await open('none');
    const shapes = await nativeShapes(page);
    expect(Object.keys(shapes).length).toBeGreaterThan(10);
    for (const [path, shape] of Object.entries(shapes)) expectNativeShape(path, shape);
    await page.close();
  });

  it('metadata markup in an upload never becomes an element or runs', async () => {
    const page = await open('none');
    const before = countBefore('none');
    await pickAttached(page, xssPhoto);
    await hostile.waitFor('none', before + 1);
    await sleep(1500);
    expect(await page.evaluate(() => (window as unknown as { __veilXss?: number }).__veilXss)).toBe(
      undefined,
    );
    expect(hostile.paths).not.toContain(PROBE_PATH);
    await page.close();
  });
});

function countBefore(caseName: string): number {
  return hostile.uploads.filter((u) => u.caseName === caseName).length;
}

function expectNativeShape(path: string, shape: Shape): void {
  expect(shape.own, path).toEqual(['length', 'name']);
  expect(shape.constructible, path).toBe(false);
  expect(shape.source, path).toMatch(/^function [\w ]*\(\) \{\s*\[native code\]\s*\}$/);
}

/** The message and stack of an error thrown through Veil's `addEventListener` wrapper. */
function stackThroughWrapper(page: FxPage): Promise<string> {
  return page.evaluate(() => {
    try {
      EventTarget.prototype.addEventListener.call({}, 'x', () => undefined);
    } catch (e) {
      return `${String(e)}\n${String((e as Error).stack)}`;
    }
    return '';
  });
}
