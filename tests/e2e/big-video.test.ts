/**
 * A 2 GB video picked in each browser: Veil cleans it through Blob slices (reading the boxes
 * and the movie header, never the whole file), and the page's handler gets a file of the full
 * size under a neutral name. The page returns the file's two ends; rebuilt around the unwritten
 * hole they are the cleaned file, which exiftool and ffmpeg then judge.
 */
import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamHash, videoLeaks } from '../unit/video/video-tools.ts';
import { END_BYTES, HOLE, makeBigVideo, rebuild } from './harness/big-video.ts';
import { launchChromium } from './harness/chromium.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import { CHROME_DIR, FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let big: { path: string; size: number };

beforeAll(async () => {
  big = await makeBigVideo();
  expect(big.size).toBeGreaterThan(HOLE);
  expect(videoLeaks(big.path).some((tag) => /GPS|Location|Coordinates/i.test(tag))).toBe(true);
}, 60_000);

/** Judges what one browser's page got and sent back. */
async function expectCleanBigVideo(world: E2eWorld): Promise<void> {
  const parts = await world.server.waitFor('big-video', 2, 120_000);
  const head = parts.find((p) => p.field === 'head');
  const tail = parts.find((p) => p.field === 'tail');
  expect(head?.bytes.length).toBe(END_BYTES);
  expect(tail?.bytes.length).toBe(END_BYTES);
  const got = world.server.logs.find((l) => l.caseName === 'big-video')?.event ?? '';
  const [, size = '', type = '', name = ''] = got.split(':');
  // Same size: the movie header is rewritten in place of the old one, the media kept as is.
  expect(Number(size)).toBeGreaterThan(HOLE);
  expect(type).toBe('video/mp4');
  expect(name).toMatch(/^video-\d+\.mp4$/);
  const path = await rebuild(head!.bytes, tail!.bytes, Number(size));
  expect(videoLeaks(path)).toEqual([]);
  expect(streamHash(path)).toBe(streamHash(big.path));
}

describe('Chromium: a 2 GB video', () => {
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

  it('is cleaned in the page: full size, neutral name, nothing identifying, streams intact', async () => {
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=big-video`);
    await page.setInputFiles('#input', big.path);
    await expectCleanBigVideo(world);
    await page.close();
  }, 180_000);
});

describe('Firefox ESR: a 2 GB video', () => {
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

  it('is cleaned in the page: full size, neutral name, nothing identifying, streams intact', async () => {
    const page = await browser.newPage();
    await page.goto(`${world.server.origin}/page?case=big-video`);
    const input = await page.waitForSelector('#input');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(big.path);
    await expectCleanBigVideo(world);
    await page.close();
  }, 180_000);
});
