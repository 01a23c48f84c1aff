/**
 * Finds occurrences of the never-reveal list in a text, either from the plain list or from its
 * keyed hashes. Token windows of the text (1 to 5 words, joined only across soft gaps) are turned
 * into the same forms as the entries (`personal-forms.ts`) and looked up; the longest, most exact
 * match wins. Entries that are also everyday words match only when capitalised in the text.
 */
import type { Candidate } from '../types.ts';
import {
  COMMON,
  FULL,
  FUZZY,
  FUZZY_MIN_LENGTH,
  deletions,
  entryForms,
  softGap,
  textTokens,
} from './personal-forms.ts';

/** Answers "is this form one of the entries' forms, and with which flags?". */
export interface FormLookup {
  get(form: string): number | undefined;
}

export function plainLookup(entries: readonly string[]): FormLookup {
  const map = new Map<string, number>();
  for (const entry of entries) {
    for (const [form, flags] of entryForms(entry)) map.set(form, (map.get(form) ?? 0) | flags);
  }
  return map;
}

interface Match {
  start: number;
  end: number;
  rank: number;
}

const MAX_WINDOW = 5;

export function findPersonalTerms(text: string, lookup: FormLookup): Candidate[] {
  const tokens = textTokens(text);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first) continue;
    let plain = '';
    let leet = [''];
    for (let j = i; j < tokens.length && j < i + MAX_WINDOW; j++) {
      const token = tokens[j];
      const prev = tokens[j - 1];
      if (!token || (j > i && prev && !softGap(text, prev.end, token.start))) break;
      plain += token.form;
      leet = leet.flatMap((l) => (token.leet ?? [token.form]).map((r) => l + r));
      const capitalised = /^\p{Lu}/u.test(text.slice(first.start, first.start + 1));
      let best = 0;
      for (const form of new Set([plain, ...leet.slice(0, 4)])) {
        const flags = lookup.get(`x:${form}`);
        if (flags === undefined || (flags & COMMON && !capitalised)) continue;
        best = Math.max(best, flags & FULL ? 3 : 2);
      }
      if (best === 0 && j - i < 2 && plain.length >= FUZZY_MIN_LENGTH) {
        // One edit away: text missing a letter, an extra letter, or one letter changed.
        const hit =
          lookup.get(`d:${plain}`) !== undefined ||
          deletions(plain).some((d) => {
            const exact = lookup.get(`x:${d}`);
            if (exact !== undefined && !(exact & COMMON)) return true;
            return ((lookup.get(`d:${d}`) ?? 0) & FUZZY) !== 0;
          });
        if (hit) best = 1;
      }
      if (best > 0)
        matches.push({
          start: first.start,
          end: token.end,
          rank: best * 1000 + (token.end - first.start),
        });
    }
  }
  matches.sort((a, b) => b.rank - a.rank || a.start - b.start);
  const out: Candidate[] = [];
  for (const m of matches) {
    if (out.some((c) => c.start < m.end && m.start < c.end)) continue;
    let start = m.start;
    if (text[start - 1] === '@') start--;
    out.push({ category: 'personal_term', start, end: m.end, score: m.rank >= 2000 ? 0.95 : 0.7 });
  }
  return out;
}
