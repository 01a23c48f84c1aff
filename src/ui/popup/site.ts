/**
 * What the popup knows about the current tab: its site, whether Veil protects it (by the
 * manifest's content scripts or a site the user added), and whether the user paused it.
 */
import type { Settings } from '../../settings/schema.ts';
import { guardActiveOn } from '../../settings/site-active.ts';
import { normaliseHost, platformForHost, type Site } from '../../sites/index.ts';
import { patternForUrl } from '../../sites/user-sites.ts';
import { patternMatches } from '../match.ts';

export type SiteState =
  | { kind: 'none' }
  | { kind: 'unprotected'; host: string; pattern: string }
  | { kind: 'protected'; host: string; platform: Site | undefined; active: boolean };

export function siteState(
  url: string | undefined,
  settings: Settings,
  builtInMatches: readonly string[],
): SiteState {
  const pattern = url ? patternForUrl(url) : null;
  if (!url || !pattern) return { kind: 'none' };
  const host = normaliseHost(new URL(url).hostname);
  if (!host) return { kind: 'none' };
  const covered = [...builtInMatches, ...settings.userSites].some((p) => patternMatches(p, url));
  if (!covered) return { kind: 'unprotected', host, pattern };
  return {
    kind: 'protected',
    host,
    platform: platformForHost(host),
    active: guardActiveOn(settings, host),
  };
}

/** The tab the popup is about. Opened as a tab itself, it is the last web page used. */
export async function currentTab(): Promise<{ url?: string; id?: number }> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const own = browser.runtime.getURL('/');
  if (active?.url && !active.url.startsWith(own)) return { url: active.url, id: active.id };
  const tabs = await browser.tabs.query({});
  const [web] = tabs
    .filter((tab) => tab.url && /^https?:/.test(tab.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web ? { url: web.url, id: web.id } : {};
}

/** The static content-script patterns from the manifest (built-in sites; test pages in e2e). */
export function manifestMatches(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.flatMap((script) => script.matches ?? []);
}
