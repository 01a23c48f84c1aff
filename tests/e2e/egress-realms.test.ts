/**
 * The last line of defence where the Blobs are harder to see, in real headless Chromium: a
 * photo Veil never saw, made as another frame's File (sent in that frame's FormData or this
 * one's), or sent inside a `Request` object, must be stopped like any other: the dialog shows
 * and "Don't upload" sends nothing. A cleaned file sent inside a Request goes through.
 */
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axNames, waitForDialog } from './harness/ax.ts';
import { launchChromium } from './harness/chromium.ts';
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

describe('Chromium: photos from another frame are still stopped', () => {
  for (const wrapForm of [false, true]) {
    const what = wrapForm ? "that frame's FormData" : "this page's FormData";
    it(`another frame's File in ${what}`, async () => {
      const page = await context.newPage();
      await page.goto(`${world.server.origin}/page?case=foreign-realm`);
      await expectStopped(page, 'foreign-realm', () =>
        page.evaluate(
          (w) => (window as unknown as { sendForeign(w: boolean): Promise<void> }).sendForeign(w),
          wrapForm,
        ),
      );
      await page.close();
    });
  }
});

/** Runs `send` on the page, expects Veil's dialog, answers "Don't upload", expects nothing sent. */
async function expectStopped(page: Page, caseName: string, send: () => Promise<unknown>) {
  const logsBefore = world.server.logs.length;
  send().catch(() => undefined);
  const dialogs = await waitForDialog(context, page);
  expect(dialogs.length, 'Veil asked before anything was sent').toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  for (let i = 0; i < 50; i++) {
    if (world.server.logs.slice(logsBefore).some((l) => l.event === 'blocked')) break;
    await page.waitForTimeout(100);
  }
  expect(world.server.logs.slice(logsBefore).map((l) => l.event)).toContain('blocked');
  expect(world.server.received.filter((r) => r.caseName === caseName)).toEqual([]);
}

describe('Chromium: uploads inside a Request object', () => {
  for (const raw of [false, true]) {
    it(`an original photo as a Request's ${raw ? 'raw body' : 'FormData body'} is stopped`, async () => {
      const page = await context.newPage();
      await page.goto(`${world.server.origin}/page?case=request-body`);
      await expectStopped(page, 'request-body', () =>
        page.evaluate(
          (r) => (window as unknown as { sendOriginal(r: boolean): Promise<void> }).sendOriginal(r),
          raw,
        ),
      );
      await page.close();
    });
  }

  it('a JSON request goes through without a question', async () => {
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=request-body`);
    await page.evaluate(() => (window as unknown as { sendJson(): Promise<unknown> }).sendJson());
    expect(world.server.logs.some((l) => l.caseName === 'request-body' && l.event === 'json')).toBe(
      true,
    );
    expect(await axNames(context, page, 'dialog')).toEqual([]);
    await page.close();
  });

  it('a picked photo, cleaned by Veil, goes through inside a Request', async () => {
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=request-body`);
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    const [got] = await world.server.waitFor('request-body', 1, 20_000);
    const verdict = judgePhoto(got!, world.fixtures.gpsPhoto);
    expect(verdict.identifying).toEqual([]);
    expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
    await page.close();
  });
});
