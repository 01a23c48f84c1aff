/**
 * Workplace hints: a day job or course tied to an employer or institution that can be found
 * ("nurse at St James's", "final-year law student at Durham", "receptionist at the Audi
 * dealership in Bury", "Erzieherin in einer Kita in Prenzlauer Berg"). A role alone ("Nurse by
 * day") or a broad employer ("NHS staff") is not specific enough, so it is not flagged.
 */
import { foldChar } from '../normalise.ts';
import { readAttachment, readProperPhrase } from '../proper.ts';
import { BROAD_EMPLOYERS, ORG_NOUNS, ROLES } from '../lexicon/places.ts';
import type { Candidate } from '../types.ts';

const ROLE_ALT = ROLES.map((r) => r.replace(/ /g, '\\s+')).join('|');
const STARTERS = String.raw`(?:(?:${ROLE_ALT})s?|TA|PA|GP|HCA|my\s+(?:shift|job|placement|internship|work)|(?:i\s+|i'm\s+|currently\s+)?(?:work|working|works|worked)|(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]year|studying|trabajo|arbeite|travaille)`;
const STARTER = new RegExp(String.raw`\b${STARTERS}\b`, 'giu');
const PREPS = new Set(['at', 'with', 'for', 'in', '@', 'bei', 'chez', 'en', 'à']);
const ARTICLE = /^(?:(?:the|a|an|my|einer|einem|der|dem|die|un|une|la|le|el|los)\s+|l['’])/i;
const LOWER_WORD = /^([\p{Ll}][\p{L}'-]*|[\p{Lu}][\p{L}'-]*)\s+/u;

function fold(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += foldChar(ch);
  return out;
}

/** "a tiny primary in Otley", "the Audi dealership in Bury": org noun plus a named place. */
function readOrgNounPlace(text: string, pos: number): number | undefined {
  let i = pos;
  for (let k = 0; k < 3; k++) {
    const m = LOWER_WORD.exec(text.slice(i, i + 30));
    if (!m) return undefined;
    const word = fold(m[1] ?? '');
    i += m[0].length;
    if (ORG_NOUNS.has(word)) {
      const place = readAttachment(text, i - 1, /^\s+(in|on|at|near|off|in der|im)\s+/i);
      // "l'hôpital Necker", "el Hospital La Paz": the noun followed directly by its name.
      return place?.end ?? readProperPhrase(text, i, 4)?.end;
    }
  }
  return undefined;
}

/** Tries to read an employer or institution right after a preposition at `pos`. */
function readEmployer(
  text: string,
  pos: number,
  prep: string,
): { end: number; score: number } | undefined {
  const article = ARTICLE.exec(text.slice(pos, pos + 8));
  const afterArticle = pos + (article?.[0].length ?? 0);
  const placed = readOrgNounPlace(text, afterArticle);
  if (placed !== undefined) return { end: placed, score: 0.75 };
  if (prep === 'in' || prep === 'en') return undefined; // "student in Leeds" names a city only
  const org = readProperPhrase(text, afterArticle, 5);
  if (!org || org.words.map(fold).every((w) => BROAD_EMPLOYERS.has(w))) return undefined;
  const extra = readAttachment(
    text,
    org.end,
    /^(?:\s+(?:on|in|at|near|off|based (?:out of|in|at))\s+|,\s+(?=\p{Lu}))/iu,
  );
  return { end: extra?.end ?? org.end, score: 0.7 };
}

export function detectWorkplaceHints(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(STARTER)) {
    const starter = m[0];
    if (/^(TA|PA|GP|HCA)$/i.test(starter) && starter !== starter.toUpperCase()) continue;
    const start = m.index;
    if (out.some((c) => start < c.end)) continue;
    // Walk up to six following words looking for a preposition that introduces an employer.
    const words = /^(?:\s+[\p{L}\d'’@&-]+){1,7}/u.exec(
      text.slice(start + starter.length, start + starter.length + 90),
    );
    if (!words) continue;
    let offset = start + starter.length;
    for (const w of words[0].matchAll(/(\s+)([\p{L}\d'’@&-]+)/gu)) {
      offset += (w[1] ?? '').length;
      const word = (w[2] ?? '').toLowerCase();
      const wordEnd = offset + word.length;
      if (PREPS.has(word)) {
        const hit = readEmployer(
          text,
          wordEnd + (text.slice(wordEnd).match(/^\s+/)?.[0].length ?? 0),
          word,
        );
        if (hit) {
          out.push({ category: 'workplace_hint', start, end: hit.end, score: hit.score });
          break;
        }
      }
      offset = wordEnd;
    }
  }
  return out;
}
