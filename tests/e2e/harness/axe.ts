/**
 * axe-core in a page: evaluated through the DevTools protocol (extension pages' CSP would block
 * an injected <script>), then run; the result is a readable list of violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeOptions {
  /** Only these rule tags (e.g. WCAG levels) instead of every rule. */
  tags?: string[];
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
      .axe;
    interface AxeResult {
      violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}),
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
    );
  }, options.tags ?? null);
}

/**
 * The markup inside Veil's closed shadow root in a page, read through the DevTools protocol
 * (pierce: true), so axe can be run on a copy of it. Inline styles come along.
 */
export async function closedShadowHtml(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  interface DomNode {
    nodeId: number;
    children?: DomNode[];
    shadowRoots?: (DomNode & { shadowRootType?: string })[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const parts: string[] = [];
  const visit = async (node: DomNode): Promise<void> => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType !== 'closed') continue;
      for (const child of shadow.children ?? []) {
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as {
          outerHTML: string;
        };
        parts.push(outerHTML);
      }
    }
    for (const child of node.children ?? []) await visit(child);
  };
  await visit(root);
  await cdp.detach();
  return parts.join('\n');
}

/** WCAG A and AA rules: for fragments copied out of a page (no page-level landmarks). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
