/**
 * More upload paths in real headless Chromium with the built extension: a video with a
 * location, the iPhone HEIC from the shared corpus (read where it is), fifty photos in one
 * pick, and the receipt notice. The server judges what arrived. Case names without a page of their own get the fetch
 * page (an input with `multiple`, sent with fetch and FormData).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
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
import { axNames } from './harness/ax.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import type { Received } from './harness/server.ts';
import { CHROME_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';
import { launchChromium } from './harness/chromium.ts';

const HEIC = corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC');

let world: E2eWorld;
let context: BrowserContext;
let video: string;

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  // A phone-like clip: H.264 + AAC with a location and a recording date in the movie box.
  video = join(tempDir('veil-e2e-video-'), 'VID_20240301_140233.mp4');
  ffmpeg([
    ...CLIP_INPUTS,
    ...CLIP_CODECS,
    '-metadata', 'location=+51.5072-000.1276/',
    '-metadata', 'creation_time=2024-03-01T14:02:33Z',
    '-movflags', '+use_metadata_tags',
    video,
  ]); // prettier-ignore
  context = await launchChromium(CHROME_DIR);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await world?.server.close();
});

async function open(caseName: string, extra = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${world.server.origin}/page?case=${caseName}${extra}`);
  return page;
}

function saved(received: Received, name: string): string {
  return writeTemp(received.bytes, name, tempDir('veil-recv-'));
}

describe('Chromium: videos, HEIC, many photos', () => {
  it('an MP4 with a location: cleaned, streams unchanged, neutral name', async () => {
    expect(videoLeaks(video).some((tag) => /GPS|Location|Coordinates/i.test(tag))).toBe(true);
    const page = await open('video');
    await page.setInputFiles('#input', video);
    const [got] = await world.server.waitFor('video', 1);
    expect(got, 'the video arrived').toBeDefined();
    const path = saved(got!, 'received.mp4');
    expect(videoLeaks(path)).toEqual([]);
    expect(streamHash(path)).toBe(streamHash(video));
    expect(got!.filename).toMatch(/^video-\d+\.mp4$/);
    expect(got!.type).toBe('video/mp4');
    await page.close();
  });

  it('an iPhone HEIC: cleaned, pixels unchanged, neutral name', async () => {
    expect(identifyingTags(exiftool(HEIC)).length).toBeGreaterThan(0);
    const page = await open('heic');
    await page.setInputFiles('#input', HEIC);
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
    await page.setInputFiles('#input', paths);
    const got = await world.server.waitFor('fifty', 50, 60_000);
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
  }, 180_000);

  it('the receipt notice names what the background read from the removed EXIF block', async () => {
    const page = await open('receipt');
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    await world.server.waitFor('receipt', 1);
    let notice = '';
    for (let i = 0; i < 50 && !/location/.test(notice); i++) {
      await page.waitForTimeout(100);
      notice = (await noticeTexts(page)).join(' ');
    }
    expect(notice).toMatch(/^Cleaned 1 file\. Removed location, phone model/);
    await page.close();
  });
});

async function noticeTexts(page: Page): Promise<string[]> {
  // A status region takes no name from its content: read the texts inside it.
  return (await axNames(context, page, 'StaticText')).filter((text) => text.startsWith('Cleaned'));
}
