/**
 * Email addresses: linkifyjs for written ones, plus the spelled-out forms people use to get past
 * filters ("name dot surname at example dot org", "laura [at] example [dot] com", "mia (at) x.org").
 */
import { findLinks } from '../links.ts';
import type { Candidate } from '../types.ts';

const DOT = String.raw`(?:\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)`;
const AT = String.raw`(?:\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+at\s+|\s+@\s*|\s*@\s+)`;
const WORD = String.raw`[a-z0-9][a-z0-9_%+-]*`;
const TLD = String.raw`(?:com|org|net|co|uk|ie|de|es|fr|ca|au|io|me|info|nl|it|pt|us|nz|eu|biz|email|mail|ro|br|mx|at|ch|be)`;
const SPELLED = new RegExp(
  String.raw`(?<![\w.])${WORD}(?:${DOT}${WORD})*${AT}${WORD}(?:${DOT}${WORD})*${DOT}${TLD}\b`,
  'giu',
);

/** Canonical form used to compare with the work email: "a.b (at) x [dot] org" -> "a.b@x.org". */
export function canonicalEmail(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+/g, '.')
    .replace(/\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+at\s+|\s*@\s*/g, '@')
    .replace(/\s+/g, '');
}

export function detectEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const link of findLinks(text).filter((l) => l.type === 'email')) {
    out.push({
      category: 'email',
      start: link.start,
      end: link.end,
      score: 0.9,
      value: canonicalEmail(link.value),
    });
  }
  for (const m of text.matchAll(SPELLED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start <= start && c.end >= end)) continue;
    const value = canonicalEmail(m[0]);
    // With a plain " at ", the local part must look like an address, not "I'm at www.site.com".
    const plainAt = /\s+at\s+/i.test(m[0]) && !/[([{<]/.test(m[0]);
    const local = value.split('@')[0] ?? '';
    if (
      plainAt &&
      (/['’]$/.test(text.slice(0, start)) ||
        local.length < 3 ||
        /^www\./.test(value.split('@')[1] ?? ''))
    )
      continue;
    // "see you at the hotel.com"? A plain " at " needs a dotted domain that reads as an address.
    if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(value)) continue;
    out.push({ category: 'email', start, end, score: 0.8, value });
  }
  return out;
}
