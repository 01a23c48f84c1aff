/**
 * Screenshots of Veil's pages from the real built extension (the e2e build, so a local page
 * counts as a protected site): `npm run build:e2e` (or VEIL_OUT_DIR=... VEIL_E2E=1 wxt build)
 * first, then `npm run screenshots`. Writes docs/screenshots/{popup,popup-dark,options,clean,
 * welcome}.png. A sample photo is uploaded on a page served on 127.0.0.1 so the popup shows a
 * real receipt, and cleaned on the cleaner page so it shows a real one too.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const extension = resolve(root, process.env.VEIL_OUT_DIR ?? '.output/e2e', 'chrome-mv3');
const out = join(root, 'docs', 'screenshots');
const photo = join(root, 'samples', 'sample-photo.jpg');

const UPLOAD_PAGE = `<!doctype html><html lang="en"><head><title>Upload</title></head><body>
<main><h1>New post</h1><input type="file" id="input" accept="image/*">
<script>document.getElementById('input').addEventListener('change', (e) => {
  const body = new FormData(); body.append('file', e.target.files[0]);
  fetch('/upload', { method: 'POST', body });
});</script></main></body></html>`;

async function main(): Promise<void> {
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`no e2e build in ${extension}: run npm run build:e2e first`);
  }
  mkdirSync(out, { recursive: true });
  let uploads = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        uploads += 1;
        res.end('ok');
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(UPLOAD_PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'veil-shots-')),
    {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: false,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--hide-scrollbars',
        '--lang=en-GB',
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
      ],
    },
  );
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const open = async (path: string, width: number): Promise<Page> => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 600 });
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    };

    const site = await context.newPage();
    await site.goto(`${origin}/`);
    await site.setInputFiles('#input', photo);
    for (let i = 0; i < 100 && uploads === 0; i++) await site.waitForTimeout(100);
    await site.waitForTimeout(500);

    const popup = await open('popup.html', 380);
    await popup.waitForSelector('.receipts li');
    await popup.fill(
      '#check textarea',
      'New in town! Text me on 07700 900123, near Leicester station.',
    );
    await popup.click('#check-button');
    await popup.waitForSelector('#check-results[data-done]');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const name = scheme === 'light' ? 'popup.png' : 'popup-dark.png';
      await popup.screenshot({ path: join(out, name), fullPage: true });
    }

    const options = await open('options.html', 960);
    await options.fill('#work-add input', 'Mia Rose');
    await options.press('#work-add input', 'Enter');
    await options.waitForSelector('text=Mia Rose');
    await options.fill('#never-add input', 'Jane Smith');
    await options.press('#never-add input', 'Enter');
    await options.waitForSelector('text=J••• S•••');
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: join(out, 'options.png'), fullPage: true });

    const clean = await open('clean.html', 960);
    await clean.setInputFiles('#pick-files', photo);
    await clean.waitForSelector('.result');
    await clean.screenshot({ path: join(out, 'clean.png'), fullPage: true });

    const welcome = await open('welcome.html', 960);
    await welcome.screenshot({ path: join(out, 'welcome.png'), fullPage: true });
    console.log(`screenshots written to ${out}`);
  } finally {
    await context.close();
    server.close();
  }
}

await main();
