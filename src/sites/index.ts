/**
 * The protected-site registry: the built-in platforms (one file each in `platforms/`) and the
 * match patterns the content scripts are declared with. Pure: used at build time by the
 * entrypoints and at run time by the background and the content scripts.
 */
import { PLATFORMS } from './platforms/index.ts';
import type { Site } from './types.ts';

export type { Site } from './types.ts';
export { PLATFORMS };

/** `*://example.com/*` and `*://*.example.com/*` for every domain of every site. */
export function matchPatternsFor(sites: readonly Site[]): string[] {
  const patterns = new Set<string>();
  for (const site of sites) {
    for (const domain of site.domains) {
      patterns.add(`*://${domain}/*`);
      patterns.add(`*://*.${domain}/*`);
    }
  }
  return [...patterns];
}

/** The patterns of the built-in platforms, in a stable order (the manifest's `matches`). */
export const PLATFORM_MATCHES: readonly string[] = matchPatternsFor(PLATFORMS);

/** The built-in platform a hostname belongs to (the domain itself or any subdomain). */
export function platformForHost(hostname: string): Site | undefined {
  const host = normaliseHost(hostname);
  if (!host) return undefined;
  return PLATFORMS.find((site) =>
    site.domains.some((domain) => host === domain || host.endsWith(`.${domain}`)),
  );
}

/** Lower-case, without a trailing dot; empty when it is not a plausible host name. */
export function normaliseHost(hostname: string): string {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) && !host.startsWith('.') ? host : '';
}
