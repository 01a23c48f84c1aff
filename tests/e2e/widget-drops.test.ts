/**
 * Photos dropped onto the widget libraries' own drop areas in real headless Chromium (a trusted
 * drop with files, through CDP): Dropzone and Uppy read dropped files through
 * `DataTransferItem.webkitGetAsEntry()`/`getAsFile()`, FilePond through its own drop handling,
 * react-dropzone through file-selector (entries, `getAsFileSystemHandle()` and `getAsFile()`).
 * Each must upload the cleaned photo; none may upload nothing or the original.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tools.ts';
import { dropFiles, launchChromium } from './harness/chromium.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import { CHROME_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let world: E2eWorld;
let context: BrowserContext;

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  context = await launchChromium(CHROME_DIR);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await world?.server.close();
});

const CASES: { name: string; target: string }[] = [
  { name: 'dropzone', target: '#dz' },
  { name: 'uppy', target: '.uppy-Dashboard-AddFiles' },
  { name: 'filepond', target: '.filepond--drop-label' },
  { name: 'react-dropzone', target: '#rdz' },
];

describe('Chromium: photos dropped on upload widgets arrive cleaned', () => {
  for (const { name, target } of CASES) {
    it(`${name}: drop onto its drop area`, async () => {
      const page = await context.newPage();
      await page.goto(`${world.server.origin}/page?case=${name}`);
      await page.waitForSelector(target);
      await dropFiles(page, target, [world.fixtures.gpsPhoto]);
      const [got] = await world.server.waitFor(name, 1, 20_000);
      expect(got, `${name}: an upload arrived`).toBeDefined();
      const verdict = judgePhoto(got!, world.fixtures.gpsPhoto);
      expect(verdict.identifying).toEqual([]);
      expect(verdict.pixelsEqual).toBe(true);
      expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
      await page.close();
    });
  }

  // A folder (with a subfolder) dropped on the widgets that take several files at once.
  for (const { name, target } of CASES.filter((c) => c.name !== 'filepond')) {
    it(`${name}: a folder dropped onto it gives every photo in it, cleaned`, async () => {
      const folder = tempDir('veil-folder-');
      mkdirSync(join(folder, 'more'));
      copyFileSync(world.fixtures.gpsPhoto, join(folder, 'IMG_20240301_140233.jpg'));
      copyFileSync(world.fixtures.gpsPhoto, join(folder, 'more', 'Jane Smith selfie.jpg'));
      const before = world.server.received.filter((r) => r.caseName === name).length;
      const page = await context.newPage();
      await page.goto(`${world.server.origin}/page?case=${name}`);
      await page.waitForSelector(target);
      await dropFiles(page, target, [folder]);
      const got = (await world.server.waitFor(name, before + 2, 20_000)).slice(before);
      expect(got, `${name}: both photos arrived`).toHaveLength(2);
      for (const upload of got) {
        const verdict = judgePhoto(upload, world.fixtures.gpsPhoto);
        expect(verdict.identifying).toEqual([]);
        expect(verdict.pixelsEqual).toBe(true);
        expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
      }
      await page.close();
    });
  }
});
