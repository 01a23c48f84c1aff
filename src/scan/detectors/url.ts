/**
 * Links to a specific page or site (linkifyjs). A bare platform home page ("onlyfans.com") names
 * a platform, not a person, so it is left alone; a path or a personal domain is flagged.
 */
import { findLinks } from '../links.ts';
import type { Candidate } from '../types.ts';

const PLATFORM_HOMES = new Set(
  `onlyfans.com fansly.com instagram.com twitter.com x.com tiktok.com snapchat.com facebook.com
  reddit.com adultwork.com vivastreet.co.uk manyvids.com chaturbate.com pornhub.com linktr.ee
  allmylinks.com beacons.ai telegram.org t.me whatsapp.com google.com youtube.com`.split(/\s+/),
);

/** Canonical link: lower case, no scheme, no www, no trailing slash. */
export function canonicalUrl(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#]+$/, '');
}

export function detectUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const link of findLinks(text).filter((l) => l.type === 'url')) {
    const value = canonicalUrl(link.value);
    if (PLATFORM_HOMES.has(value)) continue;
    // linkify reads "5.30" or "hr.com"-like fragments only with a TLD; require a letter domain.
    if (!/[a-z]{2,}\.[a-z]{2,}/.test(value)) continue;
    out.push({ category: 'url', start: link.start, end: link.end, score: 0.85, value });
  }
  return out;
}
