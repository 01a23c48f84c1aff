/**
 * The normalised forms of never-reveal entries, and of token windows of a text, that the personal
 * matcher compares. Both the plain matcher and the keyed-hash matcher use these same forms, so the
 * hash store finds exactly what the plain list would.
 *
 * Forms are lower-case letters and digits only ("Ashton-under-Lyne" -> "ashtonunderlyne",
 * "@jo.whitfield" -> "jowhitfield", "YX19 ABC" -> "yx19abc"), prefixed by a kind:
 *   x:  the whole entry, or a distinctive part of it ("hargreaves", "kerryann", "calderhigh")
 *   d:  the form with one character deleted, for near misspellings (SymSpell, distance 1)
 */
import { foldChar } from '../normalise.ts';
import { COMMON_WORDS, GENERIC_NAME_PARTS, NAME_LIKE_WORDS } from '../lexicon/words.ts';

export const FULL = 1;
export const PART = 2;
/** An everyday word too ("Bath", "Poppy"): counts only when written with a capital. */
export const COMMON = 4;
export const FUZZY = 8;

/** Misspellings are matched only on long forms, where one slip cannot turn into another word. */
export const FUZZY_MIN_LENGTH = 7;
const CONNECTORS = new Set([
  'the',
  'of',
  'de',
  'del',
  'la',
  'le',
  'upon',
  'under',
  'on',
  'in',
  'by',
  'and',
  'y',
  'st',
  'saint',
  'von',
  'van',
  'ni',
  'mc',
  'mac',
  'o',
]);

export function foldTokens(text: string): string[] {
  let folded = '';
  for (const ch of text.replace(/['’]/g, '')) folded += foldChar(ch);
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

export function deletions(form: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < form.length; i++) out.add(form.slice(0, i) + form.slice(i + 1));
  return [...out];
}

function isCommon(form: string): boolean {
  return NAME_LIKE_WORDS.has(form) || COMMON_WORDS.has(form);
}

/** All forms of one entry with their flags. */
export function entryForms(entry: string): Map<string, number> {
  const forms = new Map<string, number>();
  const put = (form: string, flags: number) => forms.set(form, (forms.get(form) ?? 0) | flags);
  const tokens = foldTokens(entry);
  const full = tokens.join('');
  if (full.length < 3) return forms;
  const commonFull = tokens.length === 1 && isCommon(full);
  put(`x:${full}`, FULL | (commonFull ? COMMON : 0));
  if (full.length >= FUZZY_MIN_LENGTH && !commonFull)
    for (const d of deletions(full)) put(`d:${d}`, FULL | FUZZY);
  for (let n = 1; n < tokens.length; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const gram = tokens.slice(i, i + n);
      if (gram.some((t) => !/^[a-z]+$/.test(t))) continue;
      if (CONNECTORS.has(gram[0] ?? '') || CONNECTORS.has(gram[gram.length - 1] ?? '')) continue;
      if (gram.every((t) => GENERIC_NAME_PARTS.has(t))) continue;
      // A middle name alone ("Anne" of "Kirsty Anne Fairbairn") is too common to point at anyone.
      if (
        n === 1 &&
        i > 0 &&
        i < tokens.length - 1 &&
        tokens.length >= 3 &&
        (gram[0]?.length ?? 0) < 6
      )
        continue;
      const form = gram.join('');
      if (form.length < 4) continue;
      const common = n === 1 && isCommon(form);
      put(`x:${form}`, PART | (common ? COMMON : 0));
      if (form.length >= FUZZY_MIN_LENGTH && !common)
        for (const d of deletions(form)) put(`d:${d}`, PART | FUZZY);
    }
  }
  return forms;
}

export interface TextToken {
  start: number;
  end: number;
  form: string;
  /** The leetspeak reading ("B4rnsley" -> "barnsley"), when the token mixes letters and digits. */
  leet?: string[];
}

const LEET_MAP: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

function leetReadings(raw: string): string[] | undefined {
  if (!/\p{L}/u.test(raw) || !/[\d@$]/.test(raw)) return undefined;
  const read = (one: string) => {
    let out = '';
    for (const ch of raw) out += ch === '1' ? one : (LEET_MAP[ch] ?? foldChar(ch));
    return out.replace(/[^a-z]/g, '');
  };
  return [...new Set([read('i'), read('l')])];
}

/** Word tokens of the text with original offsets; '@' and '$' inside a word count as letters. */
export function textTokens(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[@$](?=\p{L}))*/gu)) {
    let form = '';
    for (const ch of m[0]) form += foldChar(ch);
    form = form.replace(/[^a-z0-9]/g, '');
    if (!form) continue;
    const token: TextToken = { start: m.index, end: m.index + m[0].length, form };
    const leet = leetReadings(m[0]);
    if (leet) token.leet = leet;
    out.push(token);
  }
  return out;
}

/** Tokens may be joined into one window across spaces, dots, hyphens, underscores, apostrophes. */
export function softGap(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap.length <= 3 && /^[\s.\-_'’]*$/.test(gap) && !gap.includes('\n');
}
