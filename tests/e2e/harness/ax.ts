/**
 * Reading Veil's in-page dialog and notices through Chromium's accessibility tree: they live in
 * a closed shadow root, which page scripts (and so the tests' page.evaluate) cannot enter, but
 * assistive technology can.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

export async function axTree(context: BrowserContext, page: Page): Promise<AxNode[]> {
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

/** The accessible names of the nodes with `role`. */
export async function axNames(
  context: BrowserContext,
  page: Page,
  role: string,
): Promise<string[]> {
  return (await axTree(context, page))
    .filter((n) => n.role?.value === role)
    .map((n) => n.name?.value ?? '');
}

/** The names of the dialogs once one shows (polled for up to ten seconds), or []. */
export async function waitForDialog(context: BrowserContext, page: Page): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const dialogs = await axNames(context, page, 'dialog');
    if (dialogs.length) return dialogs;
    await page.waitForTimeout(100);
  }
  return [];
}
