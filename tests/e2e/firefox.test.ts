/**
 * The built extension in real headless Firefox ESR (puppeteer-core over WebDriver BiDi, the
 * add-on installed temporarily). Drop, paste and shadow-root cases are covered in Chromium:
 * BiDi cannot drop files, and its `setFiles` on closed-shadow inputs does not reach `window`
 * (PLATFORMS-AND-INTERCEPTION.md §3.2).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import { FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';

let world: E2eWorld;
let browser: Browser;

beforeAll(async () => {
  world = await setUpWorld(FIREFOX_DIR);
  browser = await launchFirefoxWithVeil(FIREFOX_DIR);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await world?.server.close();
});

async function open(caseName: string, extra = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${world.server.origin}/page?case=${caseName}${extra}`);
  return page;
}

async function pick(page: Page, selector: string, path: string): Promise<void> {
  const input = await page.waitForSelector(selector);
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

function expectClean(caseName: string, index: number, original: string) {
  const got = world.server.received.filter((r) => r.caseName === caseName)[index];
  expect(got, `${caseName}: an upload arrived`).toBeDefined();
  const verdict = judgePhoto(got!, original);
  expect(verdict.identifying, `${caseName}: identifying tags`).toEqual([]);
  expect(verdict.pixelsEqual, `${caseName}: pixels unchanged`).toBe(true);
  expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
  expect(verdict.type).toBe('image/jpeg');
}

/** The closed-shadow host Veil adds for its dialog (its contents are invisible to the page). */
async function veilHostCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.documentElement.children].filter(
        (el) => el.localName === 'div' && getComputedStyle(el).position === 'fixed',
      ).length,
  );
}

describe('Firefox ESR: upload paths deliver a cleaned photo', () => {
  it('plain form submit', async () => {
    const page = await open('form');
    await pick(page, '#input', world.fixtures.gpsPhoto);
    await new Promise((r) => setTimeout(r, 800));
    await page.click('#submit');
    await world.server.waitFor('form');
    expectClean('form', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('input + fetch(FormData)', async () => {
    const page = await open('fetch');
    await pick(page, '#input', world.fixtures.gpsPhoto);
    await world.server.waitFor('fetch');
    expectClean('fetch', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('input + XMLHttpRequest', async () => {
    const page = await open('xhr');
    await pick(page, '#input', world.fixtures.samplePhoto);
    await world.server.waitFor('xhr');
    expectClean('xhr', 0, world.fixtures.samplePhoto);
    await page.close();
  });

  it('an input inside an iframe', async () => {
    const page = await open('iframe');
    const frame = await (await page.waitForSelector('#frame'))!.contentFrame();
    if (!frame) throw new Error('the test page has no iframe');
    const input = await frame.waitForSelector('#input');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(
      world.fixtures.gpsPhoto,
    );
    await world.server.waitFor('iframe');
    expectClean('iframe', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('Dropzone', async () => {
    const page = await open('dropzone');
    await pick(page, 'input.dz-hidden-input', world.fixtures.gpsPhoto);
    await world.server.waitFor('dropzone');
    expectClean('dropzone', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('react-dropzone (React 19)', async () => {
    const page = await open('react-dropzone');
    await page.waitForSelector('#rdz');
    await pick(page, '#rdz input[type=file]', world.fixtures.gpsPhoto);
    await world.server.waitFor('react-dropzone');
    expectClean('react-dropzone', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('Plupload (html5 runtime)', async () => {
    const page = await open('plupload');
    await page.waitForSelector('body[data-uploader-ready="true"]');
    await pick(page, '#pl-container input[type=file]', world.fixtures.gpsPhoto);
    await world.server.waitFor('plupload');
    expectClean('plupload', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('FilePond', async () => {
    const page = await open('filepond');
    await pick(page, 'input.filepond--browser', world.fixtures.gpsPhoto);
    await world.server.waitFor('filepond');
    expectClean('filepond', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('Uppy Dashboard + XHR upload', async () => {
    const page = await open('uppy');
    await pick(page, 'input.uppy-Dashboard-input:not([webkitdirectory])', world.fixtures.gpsPhoto);
    await world.server.waitFor('uppy');
    expectClean('uppy', 0, world.fixtures.gpsPhoto);
    await page.close();
  });
});

describe('Firefox ESR: fail closed, pass the rest, resist the page', () => {
  it('a corrupt JPEG is held behind the dialog; Escape sends nothing', async () => {
    const page = await open('fetch', '&n=corrupt');
    const before = await veilHostCount(page);
    await pick(page, '#input', world.fixtures.corruptJpeg);
    for (let i = 0; i < 50 && (await veilHostCount(page)) === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await veilHostCount(page)).toBeGreaterThan(before);
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 1000));
    const corrupt = readFileSync(world.fixtures.corruptJpeg);
    expect(world.server.received.filter((r) => r.bytes.equals(corrupt))).toEqual([]);
    await page.close();
  });

  it('a PDF passes untouched', async () => {
    const page = await open('xhr', '&n=pdf');
    const before = world.server.received.length;
    await pick(page, '#input', world.fixtures.pdf);
    for (let i = 0; i < 100 && world.server.received.length === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const got = world.server.received.at(-1)!;
    expect(got.filename).toBe('rates.pdf');
    expect(got.bytes.equals(readFileSync(world.fixtures.pdf))).toBe(true);
    await page.close();
  });

  it('a page that spoofs the bridge cannot send an original it made itself', async () => {
    const page = await open('spoof', `&h=${world.handshake}`);
    // The spoof stays pending while Veil's dialog holds the upload; it is judged by what the
    // server and the dialog saw, so its promise may reject when the page closes.
    page
      .evaluate(() => (window as unknown as { spoof(): Promise<void> }).spoof())
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    await page.keyboard.press('Escape');
    for (
      let i = 0;
      i < 50 && !world.server.logs.some((l) => l.caseName === 'spoof' && l.event === 'blocked');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const events = world.server.logs.filter((l) => l.caseName === 'spoof').map((l) => l.event);
    expect(events).toContain('heard:');
    expect(events).toContain('blocked');
    expect(world.server.received.filter((r) => r.caseName === 'spoof')).toEqual([]);
    await page.close();
  });
});
