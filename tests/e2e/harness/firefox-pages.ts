/**
 * Veil's own pages (welcome, popup, options, cleaner) in Firefox ESR over WebDriver BiDi.
 *
 * Firefox gives each install a random moz-extension UUID, and BiDi refuses to navigate an
 * ordinary tab to a moz-extension:// URL ("not allowed in this context"). The welcome tab Veil
 * opens on install is an extension page, though: its address names the UUID, and from inside it
 * the page itself can move to any other page of the extension (`location.assign`). Puppeteer's
 * `page.url()` does not follow that navigation, so the address is read with script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const href = (page: Page): Promise<string> => page.evaluate(() => location.href).catch(() => '');

/**
 * The tab Veil opened on install (its welcome page) and the extension's origin. Call after
 * `launchFirefoxWithVeil`, which installs Veil.
 */
export async function welcomeTab(browser: Browser): Promise<{ page: Page; origin: string }> {
  for (let i = 0; i < 100; i++) {
    for (const page of await browser.pages()) {
      const url = await href(page);
      if (url.startsWith('moz-extension://') && url.endsWith('/welcome.html')) {
        return { page, origin: `moz-extension://${new URL(url).host}` };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the welcome tab did not open on install');
}

/** Moves an extension tab to another page of the extension and waits until it is ready. */
export async function goToExtensionPage(page: Page, origin: string, path: string): Promise<void> {
  const target = `${origin}/${path}`;
  if ((await href(page)) !== target) await page.evaluate((url) => location.assign(url), target);
  await waitReady(page, path);
}

/** Waits for `path` to be the tab's page and for the page to say it is ready. */
export async function waitReady(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    (want) => location.pathname === `/${want}` && document.body?.dataset.ready === 'true',
    { timeout: 15_000, polling: 100 },
    path,
  );
}

/** axe-core's violations on the page, as readable lines (none expected). */
export async function axeViolationsIn(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
  });
}

export interface Focused {
  id: string;
  text: string;
  tag: string;
  /** The ids of the element's ancestors, nearest first. */
  within: string[];
  /** The computed outline style: a visible focus ring is anything but 'none'. */
  ring: string;
}

/** Presses Tab until `match` holds for the focused element (at most `limit` presses). */
export async function tabTo(
  page: Page,
  match: (focused: Focused) => boolean,
  limit = 40,
): Promise<Focused | null> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const within: string[] = [];
      for (let up = el.parentElement; up; up = up.parentElement) if (up.id) within.push(up.id);
      return {
        id: el.id,
        text: (el.textContent ?? '').trim(),
        tag: el.localName,
        within,
        ring: getComputedStyle(el).outlineStyle,
      };
    });
    if (focused && match(focused)) return focused;
  }
  return null;
}
