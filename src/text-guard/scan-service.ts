/**
 * Background side of the text guard: scans text for a page or the popup with the user's work
 * identity, never-reveal hashes and region, drops findings dismissed on that site, and returns
 * offsets without the text. Runs in the background so the detector bundle stays out of pages.
 * Never logs text.
 */
import type { ScanTextResult, TextFindingData } from '../messaging/protocol.ts';
import { scanText, type Finding } from '../scan/index.ts';
import { readSettings } from '../settings/items.ts';
import {
  dismissHash,
  keyBytes,
  personalHashesOf,
  readIdentity,
  readTextGuard,
  regionFromLocale,
  textGuardActiveOn,
  withDismissed,
  writeTextGuard,
} from '../settings/text-guard.ts';
import { normaliseHost, platformForHost } from '../sites/index.ts';
import { selectTips } from '../tips/index.ts';

/** One matching tip per category found, chosen here so the tip catalog stays out of pages. */
function tipsFor(findings: readonly Finding[], host: string | null): ScanTextResult['tips'] {
  const tips: NonNullable<ScanTextResult['tips']> = {};
  const siteId = host ? platformForHost(host)?.id : undefined;
  const locale = globalThis.navigator?.language;
  for (const category of new Set(findings.map((f) => f.category))) {
    const [tip] = selectTips(
      { activity: 'writing', findings: [category], ...(siteId ? { siteId } : {}) },
      { limit: 1, ...(locale ? { locale } : {}) },
    );
    if (tip) tips[category] = { title: tip.title, body: tip.body };
  }
  return tips;
}

function strip(f: Finding): TextFindingData {
  return {
    category: f.category,
    start: f.start,
    end: f.end,
    severity: f.severity,
    reason: f.reason,
  };
}

/** Scan `text`; `host` is the page's site (null for Veil's own pages: nothing dismissed). */
export async function scanForSite(text: string, host: string | null): Promise<ScanTextResult> {
  const [settings, guard, identity] = await Promise.all([
    readSettings(),
    readTextGuard(),
    readIdentity(),
  ]);
  if (host !== null && !textGuardActiveOn(settings.enabled, guard, host)) {
    return { active: false, findings: [] };
  }
  const key = keyBytes(identity);
  const personalHashes = personalHashesOf(identity);
  const findings = scanText(text, {
    work: identity.work,
    ...(personalHashes ? { personalHashes, personalKey: key } : {}),
    defaultRegion: guard.region || regionFromLocale(globalThis.navigator?.language),
  });
  const dismissed = new Set(host ? (guard.dismissed[host] ?? []) : []);
  const kept = dismissed.size
    ? findings.filter((f) => !dismissed.has(dismissHash(key, f.category, f.text)))
    : findings;
  return { active: true, findings: kept.map(strip), tips: tipsFor(kept, host) };
}

export async function dismissOnSite(host: string, category: string, text: string): Promise<void> {
  const key = keyBytes(await readIdentity());
  const guard = await readTextGuard();
  const hash = dismissHash(key, category, text);
  await writeTextGuard({ dismissed: withDismissed(guard, host, hash) });
}

export async function setTextGuardPaused(rawHost: string, paused: boolean): Promise<void> {
  const host = normaliseHost(rawHost);
  if (!host) throw new Error('bad host');
  const { pausedSites } = await readTextGuard();
  const rest = pausedSites.filter((h) => h !== host);
  await writeTextGuard({ pausedSites: paused ? [...rest, host] : rest });
}
