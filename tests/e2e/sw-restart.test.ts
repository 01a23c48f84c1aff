/**
 * Chromium: Veil's service worker stops in the middle of an upload (issue 7). Cleaning runs in
 * the content script, but the background describes the removed EXIF for the receipt and keeps
 * the receipt log; a worker that dies and restarts must never let the original through, leave
 * the upload or its receipt hanging, or break the log.
 *
 * The worker is stopped the way DevTools' "Stop" does it (Target.closeTarget on its target):
 * right after the file is chosen, while a large photo is being cleaned, and again each time it
 * wakes (for the receipt's EXIF description and the log) until the receipt is on screen.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tools.ts';
import { closedShadowHtml } from './harness/axe.ts';
import { browserCdp, launchChromium } from './harness/chromium.ts';
import { judgePhoto, NEUTRAL_JPEG_NAME } from './harness/judge.ts';
import { CHROME_DIR, setUpWorld, type E2eWorld } from './harness/setup.ts';

let world: E2eWorld;
let context: BrowserContext;
let extensionId = '';
let bigPhoto = '';

beforeAll(async () => {
  world = await setUpWorld(CHROME_DIR);
  // A 24 MP photo (noise does not compress) with a location, device and owner, so cleaning is
  // still under way when the worker is first stopped.
  bigPhoto = join(tempDir('veil-sw-'), 'IMG_20240302_101500.jpg');
  execFileSync('convert', [
    '-size',
    '6000x4000',
    'xc:gray',
    '+noise',
    'Random',
    '-quality',
    '92',
    bigPhoto,
  ]);
  const tagged = join(tempDir('veil-sw-'), 'tagged.jpg');
  copyFileSync(world.fixtures.gpsPhoto, tagged);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-TagsFromFile',
    tagged,
    '-all:all',
    bigPhoto,
  ]);
  context = await launchChromium(CHROME_DIR);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 180_000);

afterAll(async () => {
  await context?.close();
  await world?.server.close();
});

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function veilWorkers(): Promise<TargetInfo[]> {
  const { targetInfos } = (await browserCdp(context).send('Target.getTargets')) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/**
 * Stops Veil's worker each time it is up and running (its script has run and its message
 * listener is in place), at most `MAX_STOPS` times, until `stop()`; counts the stops. Chromium
 * stops idle workers that have started, never one still starting or still paused for the
 * DevTools clients that follow it: a worker stopped in that window could be left unable to
 * start again (seen in CI: no worker target ever came back), which tests Chromium, not Veil.
 */
const MAX_STOPS = 12;
function stopWorkerWheneverItRuns(): { stops: () => number; stop: () => Promise<void> } {
  let stops = 0;
  let running = true;
  const loop = (async () => {
    while (running && stops < MAX_STOPS) {
      for (const target of await veilWorkers()) {
        if (!(await isUpAndListening())) continue;
        const closed = (await browserCdp(context)
          .send('Target.closeTarget', { targetId: target.targetId })
          .catch(() => ({ success: false }))) as { success: boolean };
        if (closed.success) stops++;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stops: () => stops,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** Whether Veil's worker has run its script and listens for messages (answers within 1 s). */
async function isUpAndListening(): Promise<boolean> {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  if (!worker) return false;
  const probe = worker.evaluate(() => {
    const api = globalThis as unknown as {
      chrome?: { runtime?: { onMessage?: { hasListeners(): boolean } } };
    };
    return api.chrome?.runtime?.onMessage?.hasListeners() === true;
  });
  const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), 1_000));
  return Promise.race([probe.catch(() => false), timeout]);
}

/** The receipt notice Veil shows once the report is done (a hang guard, not a speed test). */
async function waitForReceiptNotice(page: Page): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const notice = /Cleaned [^<]*/.exec(await closedShadowHtml(context, page))?.[0];
    if (notice) return notice;
    await page.waitForTimeout(100);
  }
  return '';
}

/** A value from extension storage, read by an extension page (the browser answers, not the worker). */
async function stored(key: string): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const value = await page.evaluate(async (k) => {
    const api = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    return (await api.chrome.storage.local.get(k))[k];
  }, key);
  await page.close();
  return value;
}

/** The receipt log as the background stored it. */
async function receiptLog(): Promise<{ site: string; cleaned: number }[]> {
  return ((await stored('receipts')) ?? []) as { site: string; cleaned: number }[];
}

/** The receipt log once it has more than `count` entries, or as it is after 20 s (a hang guard). */
async function receiptLogLongerThan(count: number): Promise<{ site: string; cleaned: number }[]> {
  const deadline = Date.now() + 20_000;
  let log = await receiptLog();
  while (log.length <= count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    log = await receiptLog();
  }
  // A repeated receipt would show up a moment later: look once more before judging the count.
  await new Promise((r) => setTimeout(r, 500));
  return receiptLog();
}

/** Veil's running worker, woken by opening its popup if it was asleep. */
async function runningWorker(): Promise<Worker> {
  for (let i = 0; i < 50; i++) {
    if ((await veilWorkers()).length > 0) {
      const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      if (worker) return worker;
    }
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('body[data-ready="true"]');
    await popup.close();
  }
  throw new Error("Veil's worker did not start");
}

/**
 * Keeps Veil's worker busy for `ms` from the first `type` message on (a test listener after
 * Veil's own, so Veil has the message but cannot answer), and marks storage when it starts.
 */
async function holdWorkerOn(type: string, ms: number): Promise<void> {
  const worker = await runningWorker();
  await worker.evaluate(
    ([held, span]) => {
      const api = globalThis as unknown as {
        chrome: {
          runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } };
          storage: { local: { set(v: object): Promise<void> } };
        };
      };
      let until = 0;
      api.chrome.runtime.onMessage.addListener((message) => {
        if (message?.type !== held) return;
        void api.chrome.storage.local.set({ swRestartTest: 'holding' });
        until ||= Date.now() + span;
        while (Date.now() < until) {
          // busy: the worker answers nothing until the time is up or it is stopped
        }
      });
    },
    [type, ms] as const,
  );
}

function expectNoOriginal(original: string): void {
  const bytes = readFileSync(original);
  expect(world.server.received.filter((r) => r.bytes.equals(bytes))).toEqual([]);
}

describe('Chromium: the service worker restarts in the middle of an upload', () => {
  it('a large photo still arrives cleaned, never the original, and its receipt still shows', async () => {
    expect(await veilWorkers(), 'the worker runs before the upload').not.toEqual([]);
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=fetch`);
    await page.setInputFiles('#input', bigPhoto);
    const stopper = stopWorkerWheneverItRuns();
    const [got] = await world.server.waitFor('fetch', 1, 60_000);
    const notice = await waitForReceiptNotice(page);
    await stopper.stop();

    expect(stopper.stops(), 'the worker was stopped during the upload').toBeGreaterThan(0);
    expect(got, 'an upload arrived').toBeDefined();
    const verdict = judgePhoto(got!, bigPhoto);
    expect(verdict.identifying).toEqual([]);
    expect(verdict.pixelsEqual).toBe(true);
    expect(verdict.name).toMatch(NEUTRAL_JPEG_NAME);
    expectNoOriginal(bigPhoto);
    expect(notice, 'the receipt notice (the report did not hang)').toMatch(/Cleaned/);
    await page.close();
  });

  it('after the restarts, the next upload is cleaned and the receipt log records it', async () => {
    const before = (await receiptLog()).length;
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=xhr`);
    await page.setInputFiles('#input', world.fixtures.gpsPhoto);
    const [got] = await world.server.waitFor('xhr');
    expect(got, 'an upload arrived').toBeDefined();
    expect(judgePhoto(got!, world.fixtures.gpsPhoto).identifying).toEqual([]);
    expectNoOriginal(world.fixtures.gpsPhoto);
    expect(await waitForReceiptNotice(page)).toMatch(/Cleaned/);
    const log = await receiptLogLongerThan(before);
    expect(log.length, 'a new receipt in the log').toBe(before + 1);
    expect(log.at(-1) ?? log[0]).toMatchObject({ site: '127.0.0.1', cleaned: 1 });
    expect(await veilWorkers(), 'the worker is running again').not.toEqual([]);
    await page.close();
  });
  it('the worker dies while describing the removed details: the receipt still comes', async () => {
    // Hold the worker once the EXIF description request reaches it, and stop it right there,
    // with Veil's answer still owed.
    await holdWorkerOn('describeExif', 10_000);
    const before = (await receiptLog()).length;
    const count = world.server.received.filter((r) => r.caseName === 'uppy').length;
    const page = await context.newPage();
    await page.goto(`${world.server.origin}/page?case=uppy`);
    await page.locator('input.uppy-Dashboard-input').first().setInputFiles(world.fixtures.gpsPhoto);
    let holding = false;
    for (let i = 0; i < 100 && !holding; i++) {
      holding = (await stored('swRestartTest')) === 'holding';
      if (!holding) await page.waitForTimeout(100);
    }
    expect(holding, 'the description request reached the worker').toBe(true);
    const [target] = await veilWorkers();
    const closed = (await browserCdp(context).send('Target.closeTarget', {
      targetId: target!.targetId,
    })) as { success: boolean };
    expect(closed.success, 'the worker was stopped mid-request').toBe(true);

    const got = await world.server.waitFor('uppy', count + 1);
    expect(got[count], 'an upload arrived').toBeDefined();
    const verdict = judgePhoto(got[count]!, world.fixtures.gpsPhoto);
    expect(verdict.identifying).toEqual([]);
    expect(verdict.pixelsEqual).toBe(true);
    expectNoOriginal(world.fixtures.gpsPhoto);
    expect(await waitForReceiptNotice(page), 'the receipt notice (no hang)').toMatch(/Cleaned 1/);
    const log = await receiptLogLongerThan(before);
    expect(log.length, 'the receipt reached the log through a new worker').toBe(before + 1);
    await page.close();
  });

  it('a worker that never answers: the popup says so in words instead of staying blank', async () => {
    // Veil's answer to the first settings request cannot be sent, and the popup's repeats
    // get none either.
    await holdWorkerOn('getSettings', 20_000);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('body[data-failed="true"]', { timeout: 19_000 });
    const alert = popup.getByRole('alert');
    expect(await alert.textContent()).toMatch(/not answering.*still cleaned/);
    expect(await popup.locator('body[data-ready="true"]').count()).toBe(0);
    await popup.close();
  });
});
