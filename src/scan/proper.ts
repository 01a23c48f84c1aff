/**
 * Reads proper-noun phrases ("Leicester Royal Infirmary", "St Mary's RC Primary",
 * "Harrison & Lowe", "Mercado de San Miguel") from a position in the text. Location and workplace
 * hints are built from these: a capital letter is the cheapest signal that a place is named
 * rather than described ("the hospital" is vague, "Baptist Hospital" is findable).
 */

const WORD = /^\p{Lu}[\p{L}\d'’.&-]*/u;
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'la',
  'las',
  'los',
  'du',
  'des',
  'di',
  'da',
  'do',
  'dos',
  'von',
  'der',
  'am',
  'upon',
  'on',
  'under',
  'the',
  '&',
  'and',
  'y',
  'et',
  'und',
]);
/** Connectors that may only join, never end or start, a phrase and that end it before a street. */
const ATTACH_WORDS = new Set(['on', 'in', 'at', 'by', 'off']);

export interface Phrase {
  start: number;
  end: number;
  words: string[];
  /** End offset of each word. */
  ends: number[];
}

/** Reads the capitalised phrase starting exactly at `pos`, or undefined. */
export function readProperPhrase(text: string, pos: number, maxWords = 6): Phrase | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  let i = pos;
  let end = pos;
  while (words.length < maxWords) {
    const rest = text.slice(i, i + 40);
    const m = WORD.exec(rest);
    if (!m) break;
    let word = m[0];
    while (/[.'’&-]$/.test(word) && !/^(St|Dr|Mt|Ste)\.$/.test(word)) word = word.slice(0, -1);
    words.push(word);
    end = i + word.length;
    ends.push(end);
    // Look for a connector followed by another capitalised word.
    const gap = /^(\s+|-)((?:[\p{Ll}&]+\s+){1,2}|&\s*)?/u.exec(text.slice(end, end + 16));
    if (!gap) break;
    const connectors = gap[2]?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (connectors.some((c) => !CONNECTORS.has(c) || ATTACH_WORDS.has(c))) break;
    const next = end + gap[0].length;
    if (!WORD.test(text.slice(next, next + 2))) break;
    i = next;
  }
  if (words.length === 0) return undefined;
  return { start: pos, end, words, ends };
}

/** Starts of capitalised words in the text. */
export function capitalisedWordStarts(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![\p{L}\d'’@#$/.])[\p{Lu}][\p{L}'’-]*/gu;
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/** Reads " on|in|by|off [the] <Proper>" right after `end` (a street or area attached to a place). */
export function readAttachment(
  text: string,
  end: number,
  preps = /^\s+(on|in|by|off|at)\s+(the\s+)?/i,
): Phrase | undefined {
  const m = preps.exec(text.slice(end, end + 20));
  if (!m) return undefined;
  return readProperPhrase(text, end + m[0].length, 5);
}
