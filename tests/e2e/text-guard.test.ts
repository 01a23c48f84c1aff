/**
 * The in-page text guard in real Chromium (Playwright) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi): typing a personal phone number shows the marker and a finding, the field
 * keeps exactly what was typed, the declared work number is not flagged, dismissing hides the
 * finding, and the page cannot read Veil's UI.
 *
 * Chromium reads Veil's closed-shadow UI through the accessibility tree (CDP); Firefox has no
 * CDP here, so it checks what the page itself can observe: whether Veil's marker covers the
 * field's corner (elementFromPoint), and keyboard use of the popover.
 */
import { type BrowserContext, type Page } from 'playwright-core';
import type { Browser, Page as PPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR } from './harness/setup.ts';
import { getTip } from '../../src/tips/tips.ts';
import { PERSONAL, startTextPageServer, WORK, type TextPageServer } from './text-guard-page.ts';
import { launchFirefoxWithVeil } from './harness/firefox.ts';
import { launchChromium } from './harness/chromium.ts';

let server: TextPageServer;
beforeAll(async () => {
  server = await startTextPageServer();
});
afterAll(async () => {
  await server?.close();
});

/** Page-side: where Veil's marker would sit for a field, and what is drawn there. */
function markerProbe(selector: string): { veil: boolean; x: number; y: number } {
  const field = document.querySelector(selector) as HTMLElement;
  const r = field.getBoundingClientRect();
  const x = r.left + field.clientLeft + field.clientWidth - 4 - 11;
  const y = r.top + field.clientTop + field.clientHeight - 4 - 11;
  const hit = document.elementFromPoint(x, y);
  return { veil: hit !== null && hit.parentElement === document.documentElement, x, y };
}

/** Page-side: Veil's hosts expose nothing (closed roots, no children, no text). */
function pageView(): { hosts: number; readable: boolean; html: string } {
  const hosts = [...document.documentElement.children].filter(
    (e) => e !== document.head && e !== document.body,
  );
  const readable = hosts.some((h) => h.shadowRoot !== null || h.childNodes.length > 0);
  return { hosts: hosts.length, readable, html: document.documentElement.outerHTML };
}

describe('Chromium', () => {
  let context: BrowserContext;
  let extensionId = '';

  beforeAll(async () => {
    context = await launchChromium(CHROME_DIR);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    // The declared work identity, as the options page would store it.
    await worker.evaluate(async (work) => {
      const key = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
      const identity = { key, work: [work], personalHashes: null, personalCount: 0 };
      const api = globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void> } } };
      };
      await api.chrome.storage.local.set({ identity });
    }, '+44 7700 900456');
  });

  afterAll(async () => {
    await context?.close();
  });

  interface AxNode {
    role?: { value?: string };
    name?: { value?: string };
    ignored?: boolean;
    backendDOMNodeId?: number;
  }

  interface FrameTree {
    frame: { id: string };
    childFrames?: FrameTree[];
  }

  /** Every frame's accessibility tree (iframes are separate trees in CDP). */
  async function ax(page: Page): Promise<AxNode[]> {
    const cdp = await context.newCDPSession(page);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const ids: string[] = [];
    const walk = (t: FrameTree) => {
      ids.push(t.frame.id);
      t.childFrames?.forEach(walk);
    };
    walk(frameTree);
    const all: AxNode[] = [];
    for (const frameId of ids) {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as {
        nodes: AxNode[];
      };
      all.push(...nodes);
    }
    await cdp.detach();
    return all.filter((n) => !n.ignored);
  }

  async function markers(page: Page): Promise<AxNode[]> {
    return (await ax(page)).filter(
      (n) => n.role?.value === 'button' && /^Veil found/.test(n.name?.value ?? ''),
    );
  }

  async function waitMarkers(page: Page, count: number): Promise<AxNode[]> {
    for (let i = 0; i < 60; i++) {
      const found = await markers(page);
      if (found.length === count) return found;
      await page.waitForTimeout(100);
    }
    return markers(page);
  }

  async function clickNode(page: Page, node: AxNode): Promise<void> {
    const cdp = await context.newCDPSession(page);
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: node.backendDOMNodeId,
    })) as { model: { content: number[] } };
    await cdp.detach();
    const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = model.content;
    await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
  }

  async function open(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    return page;
  }

  it("the popup's tips follow what is written on the page: a phone number brings contact tips", async () => {
    const firstTipContexts = async (): Promise<readonly string[]> => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.waitForSelector('body[data-ready="true"]');
      const id = (await popup.locator('#tip-list li').first().getAttribute('data-tip')) ?? '';
      await popup.close();
      return getTip(id)?.contexts ?? [];
    };
    const page = await open();
    expect(await firstTipContexts(), 'before writing').not.toContain('text:phone');
    await page.click('#ta');
    await page.keyboard.type(`Bookings: ${PERSONAL}`, { delay: 5 });
    await waitMarkers(page, 1);
    await page.bringToFront();
    expect(await firstTipContexts(), 'after a phone number was written').toContain('text:phone');
    await page.close();
  });

  it('flags a personal number in a textarea, not the work number; the value is untouched', async () => {
    const page = await open();
    await page.click('#ta');
    const typed = `${WORK}\n${PERSONAL}`;
    await page.keyboard.type(typed, { delay: 5 });
    const [marker] = await waitMarkers(page, 1);
    expect(marker?.name?.value).toBe('Veil found 1 detail that could identify you');
    expect(await page.inputValue('#ta')).toBe(typed);

    await clickNode(page, marker!);
    const nodes = await ax(page);
    const dialog = nodes.find((n) => n.role?.value === 'dialog');
    expect(dialog?.name?.value).toBe('One detail could identify you');
    const texts = nodes.map((n) => n.name?.value ?? '').join('\n');
    expect(texts).toContain('+44 7700 900123');
    // One finding listed: the work number is not among them.
    const dismissButtons = nodes.filter((n) => (n.name?.value ?? '').startsWith('Dismiss:'));
    expect(dismissButtons).toHaveLength(1);

    // Escape closes the popover and gives focus back to the marker.
    await page.keyboard.press('Escape');
    expect((await ax(page)).some((n) => n.role?.value === 'dialog')).toBe(false);

    const view = await page.evaluate(pageView);
    expect(view.readable).toBe(false);
    expect(view.html).not.toContain('Veil found');
    expect(await page.inputValue('#ta')).toBe(typed);
    await page.close();
  });

  it('flags an input and a contenteditable editor without changing their DOM', async () => {
    const page = await open();
    await page.click('#in');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    await waitMarkers(page, 1);
    expect(await page.inputValue('#in')).toBe(PERSONAL);

    await page.click('#ce');
    await page.keyboard.type('Hi, I am Mia.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const before = await page.$eval('#ce', (e) => e.outerHTML);
    const layout = () =>
      page.evaluate(() =>
        ['#ta', '#in', '#ce', 'body'].map((q) => {
          const r = document.querySelector(q)!.getBoundingClientRect();
          return [r.left, r.top, r.width, r.height].join(',');
        }),
      );
    const layoutBefore = await layout();
    const found = await waitMarkers(page, 2);
    expect(found).toHaveLength(2);
    await page.waitForTimeout(300);
    expect(await page.$eval('#ce', (e) => e.outerHTML)).toBe(before);
    // Nothing moved, and the editor's finding is drawn with the Custom Highlight API.
    expect(await layout()).toEqual(layoutBefore);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    expect(await page.$eval('#ce', (e) => e.textContent)).toBe(`Hi, I am Mia.${PERSONAL}`);
    await page.close();
  });

  it('flags text in a Quill editor without changing its document', async () => {
    const page = await open();
    await page.click('#quill .ql-editor');
    await page.keyboard.type('Hi, I am Mia.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const before = await page.$eval('#quill', (e) => e.innerHTML);
    expect(await waitMarkers(page, 1)).toHaveLength(1);
    await page.waitForTimeout(300);
    expect(await page.$eval('#quill', (e) => e.innerHTML)).toBe(before);
    const text = await page.evaluate(() =>
      (window as unknown as { quill: { getText(): string } }).quill.getText(),
    );
    expect(text).toBe(`Hi, I am Mia.\n${PERSONAL}\n`);
    await page.close();
  });

  it('flags text in an editor inside an iframe', async () => {
    const page = await open();
    const frame = page.frameLocator('#fr');
    await frame.locator('#ce2').click();
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const found = await waitMarkers(page, 1);
    expect(found).toHaveLength(1);
    await page.close();
  });

  it('typing in a 5,000-character field: no Veil task over 16 ms', async () => {
    const page = await open();
    await page.click('#ta');
    const filler = `${'Friendly and discreet, ask me anything. '.repeat(120)}\n${PERSONAL}\n`;
    await page.keyboard.insertText(filler.slice(0, 5000));
    await waitMarkers(page, 1);
    const cdp = await context.newCDPSession(page);
    const events: { name: string; dur?: number; args?: { data?: { url?: string } } }[] = [];
    cdp.on(
      'Tracing.dataCollected',
      (e) => void events.push(...(e.value as unknown as typeof events)),
    );
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await page.keyboard.type(' Call me on 07700 900321 after nine.', { delay: 30 });
    await page.waitForTimeout(900);
    await page.evaluate(() => document.querySelector('#ta')!.scrollTo(0, 200));
    await page.waitForTimeout(300);
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // Veil's work is the content script's own calls (listeners, timers, frames), layout included.
    const veil = events.filter(
      (e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').includes('text-guard.js'),
    );
    expect(veil.length).toBeGreaterThan(10);
    const longest = Math.max(...veil.map((e) => (e.dur ?? 0) / 1000));
    expect(longest).toBeLessThan(16);
    expect((await markers(page)).length).toBe(1);
    await page.close();
  });

  it('dismissing a finding hides it, also after reloading', async () => {
    const page = await open();
    await page.click('#ta');
    await page.keyboard.type('Call 07700 900987 tonight', { delay: 5 });
    const [marker] = await waitMarkers(page, 1);
    await clickNode(page, marker!);
    const dismiss = (await ax(page)).find(
      (n) => n.role?.value === 'button' && (n.name?.value ?? '').startsWith('Dismiss'),
    );
    await clickNode(page, dismiss!);
    expect(await waitMarkers(page, 0)).toHaveLength(0);
    expect(await page.inputValue('#ta')).toBe('Call 07700 900987 tonight');

    await page.reload();
    await page.click('#ta');
    await page.keyboard.type('Call 07700 900987 tonight', { delay: 5 });
    await page.waitForTimeout(1200);
    expect(await markers(page)).toHaveLength(0);
    await page.close();
  });
});

describe('Firefox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchFirefoxWithVeil(FIREFOX_DIR);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<PPage> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    return page;
  }

  async function waitMarker(page: PPage, selector: string, shown: boolean) {
    for (let i = 0; i < 60; i++) {
      const probe = await page.evaluate(markerProbe, selector);
      if (probe.veil === shown) return probe;
      await new Promise((r) => setTimeout(r, 100));
    }
    return page.evaluate(markerProbe, selector);
  }

  it('shows a marker for a personal number in a textarea; the value is untouched', async () => {
    const page = await open();
    await page.click('#ta');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const probe = await waitMarker(page, '#ta', true);
    expect(probe.veil).toBe(true);
    expect(await page.$eval('#ta', (e) => (e as HTMLTextAreaElement).value)).toBe(PERSONAL);
    const view = await page.evaluate(pageView);
    expect(view.readable).toBe(false);
    expect(view.html).not.toContain('Veil found');
    await page.close();
  });

  it('marks a contenteditable editor without changing it', async () => {
    const page = await open();
    await page.click('#ce');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const before = await page.$eval('#ce', (e) => e.outerHTML);
    expect((await waitMarker(page, '#ce', true)).veil).toBe(true);
    // Underlined with the Custom Highlight API (Firefox 140+), not with nodes in the editor.
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    expect(await page.$eval('#ce', (e) => e.outerHTML)).toBe(before);
    expect(await page.$eval('#ce', (e) => e.textContent)).toBe(PERSONAL);
    await page.close();
  });

  it('marks a Quill editor without changing its document', async () => {
    const page = await open();
    await page.click('#quill .ql-editor');
    await page.keyboard.type(PERSONAL, { delay: 5 });
    const before = await page.$eval('#quill', (e) => e.innerHTML);
    expect((await waitMarker(page, '#quill .ql-editor', true)).veil).toBe(true);
    expect(await page.$eval('#quill', (e) => e.innerHTML)).toBe(before);
    await page.close();
  });

  it('the popover works from the keyboard; dismissing hides the marker', async () => {
    const page = await open();
    await page.click('#in');
    await page.keyboard.type('Call 07700 900988 tonight', { delay: 5 });
    const probe = await waitMarker(page, '#in', true);
    expect(probe.veil).toBe(true);
    await page.mouse.click(probe.x, probe.y);
    await new Promise((r) => setTimeout(r, 200));
    // Focus is in the dialog: Tab reaches the first Dismiss button, Enter presses it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await waitMarker(page, '#in', false)).veil).toBe(false);
    expect(await page.$eval('#in', (e) => (e as HTMLInputElement).value)).toBe(
      'Call 07700 900988 tonight',
    );
    await page.close();
  });
});
