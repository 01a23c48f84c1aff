/**
 * More upload paths in real headless Firefox ESR with the built extension: a video with a
 * location, the iPhone HEIC from the shared corpus (read where it is), fifty photos in one
 * pick, and inputs the page never attaches or hides in shadow roots (through the file chooser,
 * as a user picks).
 * Case names without a page of their own get the fetch page (an input with `multiple`).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../helpers/corpus.ts';
import { exiftool, identifyingTags, pixelHashes, tempDir, writeTemp } from '../helpers/tools.ts';
import {
  CLIP_CODECS,
  CLIP_INPUTS,
  ffmpeg,
  streamHash,
  videoLeaks,
} from '../unit/video/video-tools.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import type { Received } from './harness/server.ts';
import { FIREFOX_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';

const HEIC = corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC');

let world: E2eWorld;
let browser: Browser;
let video: string;

beforeAll(async () => {
  world = await setUpWorld(FIREFOX_DIR);
  video = join(tempDir('veil-e2e-video-'), 'VID_20240301_140233.mp4');
  ffmpeg([
    ...CLIP_INPUTS,
    ...CLIP_CODECS,
    '-metadata', 'location=+51.5072-000.1276/',
    '-metadata', 'creation_time=2024-03-01T14:02:33Z',
    '-movflags', '+use_metadata_tags',
    video,
  ]); // prettier-ignore
  browser = await launchFirefoxWithVeil(FIREFOX_DIR);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await world?.server.close();
});

async function open(caseName: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${world.server.origin}/page?case=${caseName}`);
  return page;
}

async function pick(page: Page, paths: string[]): Promise<void> {
  const input = await page.waitForSelector('#input');
  await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...paths);
}

function saved(received: Received, name: string): string {
  return writeTemp(received.bytes, name, tempDir('veil-recv-'));
}

describe('Firefox ESR: videos, HEIC, many photos, detached and shadow-root inputs', () => {
  it('an MP4 with a location: cleaned, streams unchanged, neutral name', async () => {
    const page = await open('video');
    await pick(page, [video]);
    const [got] = await world.server.waitFor('video', 1);
    expect(got, 'the video arrived').toBeDefined();
    const path = saved(got!, 'received.mp4');
    expect(videoLeaks(path)).toEqual([]);
    expect(streamHash(path)).toBe(streamHash(video));
    expect(got!.filename).toMatch(/^video-\d+\.mp4$/);
    await page.close();
  });

  it('an iPhone HEIC: cleaned, pixels unchanged, neutral name', async () => {
    const page = await open('heic');
    await pick(page, [HEIC]);
    const [got] = await world.server.waitFor('heic', 1);
    expect(got, 'the HEIC arrived').toBeDefined();
    const path = saved(got!, 'received.heic');
    expect(identifyingTags(exiftool(path))).toEqual([]);
    expect(pixelHashes(path)).toEqual(pixelHashes(HEIC));
    expect(got!.filename).toMatch(/^photo-\d+\.heic$/);
    await page.close();
  });

  it('fifty photos in one pick: all fifty cleaned, none leaked', async () => {
    const dir = tempDir('veil-e2e-fifty-');
    const paths = Array.from({ length: 50 }, (_, i) => {
      const path = join(dir, `IMG_20240301_1402${String(i).padStart(2, '0')}.jpg`);
      copyFileSync(world.fixtures.gpsPhoto, path);
      return path;
    });
    const page = await open('fifty');
    await pick(page, paths);
    const got = await world.server.waitFor('fifty', 50, 90_000);
    expect(got).toHaveLength(50);
    const original = readFileSync(world.fixtures.gpsPhoto);
    expect(got.filter((r) => r.bytes.equals(original))).toEqual([]);
    for (const received of got) {
      const verdict = judgePhoto(received, world.fixtures.gpsPhoto);
      expect(verdict.identifying).toEqual([]);
      expect(verdict.pixelsEqual).toBe(true);
      expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
    }
    expect(new Set(got.map((r) => r.filename)).size).toBe(50);
    await page.close();
  }, 240_000);

  it('an input the page never attaches, picked through the file chooser', async () => {
    const page = await open('detached');
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#pick')]);
    await chooser.accept([world.fixtures.gpsPhoto]);
    const [got] = await world.server.waitFor('detached', 1);
    expect(got, 'the photo arrived').toBeDefined();
    const verdict = judgePhoto(got!, world.fixtures.gpsPhoto);
    expect(verdict.identifying).toEqual([]);
    expect(verdict.pixelsEqual).toBe(true);
    expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
    await page.close();
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`an input in a ${mode} shadow root, picked through the file chooser`, async () => {
      const page = await open(`shadow-${mode}`);
      const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('#pick')]);
      await chooser.accept([world.fixtures.gpsPhoto]);
      const [got] = await world.server.waitFor(`shadow-${mode}`, 1);
      expect(got, 'the photo arrived').toBeDefined();
      const verdict = judgePhoto(got!, world.fixtures.gpsPhoto);
      expect(verdict.identifying).toEqual([]);
      expect(verdict.pixelsEqual).toBe(true);
      expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
      await page.close();
    });
  }
});
