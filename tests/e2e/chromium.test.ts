/**
 * The built extension in real headless Chromium (playwright-core, Debian /usr/bin/chromium),
 * against upload pages on 127.0.0.1: every path must deliver a clean file or hold it.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tools.ts';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axNames, waitForDialog as waitForDialogIn } from './harness/ax.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import { CHROME_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';
import { dropFiles, launchChromium } from './harness/chromium.ts';

let world: E2eWorld;
let context: BrowserContext;

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  context = await launchChromium(CHROME_DIR);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: world.server.origin,
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await world?.server.close();
});

async function open(caseName: string, extra = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${world.server.origin}/page?case=${caseName}${extra}`);
  return page;
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

const axNodes = (page: Page, role: string) => axNames(context, page, role);
const waitForDialog = (page: Page) => waitForDialogIn(context, page);

/**
 * Headless Chromium cannot show the OS picker (CDP interception aborts it), so the user's choice
 * alone is stood in for, before any other script: the stand-in writes the GPS photo into the
 * origin-private file system and returns that real FileSystemFileHandle.
 */
async function standInForThePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showOpenFilePicker', {
      configurable: true,
      writable: true,
      value: async function showOpenFilePicker() {
        const bytes = await (await fetch('/raw-photo')).arrayBuffer();
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle('IMG_20240301_140233.jpg', { create: true });
        const writable = await handle.createWritable();
        await writable.write(new Blob([bytes], { type: 'image/jpeg' }));
        await writable.close();
        return [handle];
      },
    });
  });
}

describe('Chromium: every upload path delivers a cleaned photo', () => {
  it('plain form submit', async () => {
    const page = await open('form');
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    await page.waitForTimeout(300);
    await page.click('#submit');
    await world.server.waitFor('form');
    expectClean('form', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('input + fetch(FormData), two files at once, with a receipt notice', async () => {
    const page = await open('fetch');
    await page.setInputFiles('#input', [world.fixtures.gpsPhoto, world.fixtures.samplePhoto]);
    await world.server.waitFor('fetch', 2);
    expectClean('fetch', 0, world.fixtures.gpsPhoto);
    expectClean('fetch', 1, world.fixtures.samplePhoto);
    const names = world.server.received
      .filter((r) => r.caseName === 'fetch')
      .map((r) => r.filename);
    expect(new Set(names).size).toBe(2);
    const status = (await axNodes(page, 'status')).join(' ') + (await page.content());
    expect(status).not.toContain('Jane Smith');
    await page.close();
  });

  it('input + XMLHttpRequest (onchange property)', async () => {
    const page = await open('xhr');
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    await world.server.waitFor('xhr');
    expectClean('xhr', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('an input that is never added to the page', async () => {
    const page = await open('detached');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
    await chooser.setFiles(world.fixtures.gpsPhoto);
    await world.server.waitFor('detached');
    expectClean('detached', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`an input in a ${mode} shadow root`, async () => {
      const page = await open(`shadow-${mode}`);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
      await chooser.setFiles(world.fixtures.gpsPhoto);
      await world.server.waitFor(`shadow-${mode}`);
      expectClean(`shadow-${mode}`, 0, world.fixtures.gpsPhoto);
      await page.close();
    });
  }

  it('an input inside an iframe', async () => {
    const page = await open('iframe');
    const frame = page.frameLocator('#frame');
    await frame.locator('#input').setInputFiles(world.fixtures.gpsPhoto);
    await world.server.waitFor('iframe');
    expectClean('iframe', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('a drop zone (trusted drop with files)', async () => {
    const page = await open('drop');
    await dropFiles(page, '#zone', [world.fixtures.gpsPhoto]);
    await world.server.waitFor('drop');
    expectClean('drop', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('a folder dropped on a drop zone: every photo in it, subfolders too, arrives cleaned', async () => {
    const folder = tempDir('veil-folder-');
    mkdirSync(join(folder, 'more'));
    copyFileSync(world.fixtures.gpsPhoto, join(folder, 'IMG_20240301_140233.jpg'));
    copyFileSync(world.fixtures.samplePhoto, join(folder, 'Jane Smith selfie.jpg'));
    copyFileSync(world.fixtures.gpsPhoto, join(folder, 'more', 'IMG_20240302_101500.jpg'));
    const page = await open('drop-folder');
    await dropFiles(page, '#zone', [folder]);
    const got = await world.server.waitFor('drop-folder', 3);
    expect(got, 'three photos from the folder').toHaveLength(3);
    const sources = [world.fixtures.gpsPhoto, world.fixtures.samplePhoto];
    for (const upload of got) {
      const source = sources.find(
        (s) => upload.bytes.length <= statSync(s).size && judgePhoto(upload, s).pixelsEqual,
      );
      expect(source, 'each upload is one of the photos, pixels unchanged').toBeDefined();
      const verdict = judgePhoto(upload, source!);
      expect(verdict.identifying).toEqual([]);
      expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
    }
    await page.close();
  });

  it('showOpenFilePicker: the handles the page gets hold cleaned files under neutral names', async () => {
    const page = await context.newPage();
    await standInForThePicker(page);
    await page.goto(`${world.server.origin}/page?case=picker`);
    await page.click('#pick');
    await world.server.waitFor('picker');
    expectClean('picker', 0, world.fixtures.gpsPhoto);
    const logs = world.server.logs.filter((l) => l.caseName === 'picker').map((l) => l.event);
    const shown = logs.find((e) => e.startsWith('handle-name:'))?.slice('handle-name:'.length);
    expect(shown, 'the handle shows the neutral name').toMatch(NEUTRAL_JPEG_NAME);
    await page.close();
  });

  it('a paste target (image from the clipboard)', async () => {
    const page = await open('paste');
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 8;
      canvas.height = 8;
      const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    });
    await page.focus('#paste');
    await page.keyboard.press('Control+V');
    const got = await world.server.waitFor('paste', 1, 10_000);
    expect(got).toHaveLength(1);
    expect(got[0]!.filename).toMatch(/^photo-\d+\.png$/);
    await page.close();
  });

  it('Dropzone', async () => {
    const page = await open('dropzone');
    await page.setInputFiles('input.dz-hidden-input', world.fixtures.gpsPhoto);
    await world.server.waitFor('dropzone');
    expectClean('dropzone', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('FilePond', async () => {
    const page = await open('filepond');
    await page.setInputFiles('input.filepond--browser', world.fixtures.gpsPhoto);
    await world.server.waitFor('filepond');
    expectClean('filepond', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('react-dropzone (React 19): a photo picked through its hidden input', async () => {
    const page = await open('react-dropzone');
    await page.setInputFiles('#rdz input[type=file]', world.fixtures.gpsPhoto);
    await world.server.waitFor('react-dropzone');
    expectClean('react-dropzone', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('react-dropzone with useFsAccessApi: a click opens the File System Access picker', async () => {
    const page = await context.newPage();
    await standInForThePicker(page);
    await page.goto(`${world.server.origin}/page?case=react-dropzone-fs`);
    await page.click('#rdz');
    await world.server.waitFor('react-dropzone-fs');
    expectClean('react-dropzone-fs', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('Plupload (html5 runtime): its browse button', async () => {
    const page = await open('plupload');
    await page.waitForSelector('body[data-uploader-ready="true"]', { state: 'attached' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#browse')]);
    await chooser.setFiles(world.fixtures.gpsPhoto);
    await world.server.waitFor('plupload');
    expectClean('plupload', 0, world.fixtures.gpsPhoto);
    await page.close();
  });

  it('Uppy Dashboard + XHR upload', async () => {
    const page = await open('uppy');

    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(world.fixtures.gpsPhoto);
    await world.server.waitFor('uppy');
    expectClean('uppy', 0, world.fixtures.gpsPhoto);
    await page.close();
  });
});

describe('Chromium: fail closed, pass the rest, resist the page', () => {
  it('a corrupt JPEG is held, the dialog shows, and Escape means do not upload', async () => {
    const page = await open('fetch', '&n=corrupt');
    await page.setInputFiles('#input', world.fixtures.corruptJpeg);
    const dialogs = await waitForDialog(page);
    expect(dialogs[0]).toMatch(/held back/);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
    expect(await axNodes(page, 'dialog')).toEqual([]);
    const sent = world.server.received.filter((r) =>
      r.bytes.equals(readFileSync(world.fixtures.corruptJpeg)),
    );
    expect(sent).toEqual([]);
    await page.close();
  });

  it('"Upload the original anyway" sends the original, under a neutral name', async () => {
    const page = await open('xhr', '&n=corrupt-anyway');
    await page.setInputFiles('#input', world.fixtures.corruptJpeg);
    await waitForDialog(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const got = await world.server.waitFor('xhr', 2);
    const last = got.at(-1)!;
    expect(last.bytes.equals(readFileSync(world.fixtures.corruptJpeg))).toBe(true);
    expect(last.filename).toMatch(NEUTRAL_JPEG_NAME);
    await page.close();
  });

  it('a PDF passes untouched', async () => {
    const page = await open('fetch', '&n=pdf');
    const before = world.server.received.length;
    await page.setInputFiles('#input', world.fixtures.pdf);
    for (let i = 0; i < 100 && world.server.received.length === before; i++)
      await page.waitForTimeout(100);
    const got = world.server.received.at(-1)!;
    expect(got.filename).toBe('rates.pdf');
    expect(got.bytes.equals(readFileSync(world.fixtures.pdf))).toBe(true);
    await page.close();
  });

  it('a page that spoofs the bridge cannot pair, mark an original clean, or send it', async () => {
    const page = await open('spoof', `&h=${world.handshake}`);
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    await page.waitForTimeout(500);
    // The spoof stays pending while Veil's dialog holds the upload; it is judged by what the
    // server and the dialog saw, so its promise may reject when the page closes.
    page
      .evaluate(() => (window as unknown as { spoof(): Promise<void> }).spoof())
      .catch(() => undefined);
    const dialogs = await waitForDialog(page);
    expect(dialogs[0]).toMatch(/not cleaned/);
    await page.keyboard.press('Escape');
    for (
      let i = 0;
      i < 50 && !world.server.logs.some((l) => l.caseName === 'spoof' && l.event === 'blocked');
      i++
    ) {
      await page.waitForTimeout(100);
    }
    const events = world.server.logs.filter((l) => l.caseName === 'spoof').map((l) => l.event);
    expect(events).toContain('heard:'); // nothing but its own dispatches
    expect(events).toContain('native:true');
    expect(events).toContain('blocked');
    expect(world.server.received.filter((r) => r.caseName === 'spoof')).toEqual([]);
    await page.close();
  });
});
