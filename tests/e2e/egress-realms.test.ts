/**
 * The last line of defence across frames, in real headless Chromium: a photo Veil never saw,
 * made as another frame's File (and sent in that frame's FormData or this one's), must be
 * stopped like any other; the dialog shows and "Don't upload" sends nothing.
 */
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium.ts';
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

async function dialogNames(page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.role?.value === 'dialog')
    .map((n) => n.name?.value ?? '');
}

describe('Chromium: photos from another frame are still stopped', () => {
  for (const wrapForm of [false, true]) {
    const what = wrapForm ? "that frame's FormData" : "this page's FormData";
    it(`another frame's File in ${what}`, async () => {
      const page = await context.newPage();
      await page.goto(`${world.server.origin}/page?case=foreign-realm`);
      const logsBefore = world.server.logs.length;
      page
        .evaluate(
          (w) => (window as unknown as { sendForeign(w: boolean): Promise<void> }).sendForeign(w),
          wrapForm,
        )
        .catch(() => undefined);
      let dialogs: string[] = [];
      for (let i = 0; i < 100 && dialogs.length === 0; i++) {
        await page.waitForTimeout(100);
        dialogs = await dialogNames(page);
      }
      expect(dialogs.length, 'Veil asked before anything was sent').toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      for (let i = 0; i < 50; i++) {
        if (world.server.logs.slice(logsBefore).some((l) => l.event === 'blocked')) break;
        await page.waitForTimeout(100);
      }
      expect(world.server.logs.slice(logsBefore).map((l) => l.event)).toContain('blocked');
      expect(world.server.received.filter((r) => r.caseName === 'foreign-realm')).toEqual([]);
      await page.close();
    });
  }
});
