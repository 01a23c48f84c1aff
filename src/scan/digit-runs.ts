/**
 * Finds runs of digits however they are disguised, with offsets in the original text.
 *
 * Ad sites block phone numbers, so writers split them with spaces, dots, emoji, letters or line
 * breaks, spell digits as words, or type o/O for 0 and l/I for 1. A run is a sequence of digit
 * tokens separated only by such gaps; `groups` mark where a gap was, so a phone detector can try
 * sub-runs ("Text 07700 900 701 10am" holds a number followed by a time).
 */
import { foldText } from './normalise.ts';
import {
  DIGIT_WORDS,
  REPEAT_WORDS,
  SCALE_WORDS,
  ZERO_LETTER_WORDS,
} from './lexicon/number-words.ts';

export interface DigitToken {
  digits: string;
  /** Original offsets. */
  start: number;
  end: number;
  /** True when the token is a word, a leet letter or a repeat/scale word rather than a digit. */
  disguised: boolean;
}

export interface DigitGroup {
  tokens: DigitToken[];
  /** Whether a gap (separator) precedes this group. */
  gapBefore: string;
}

export interface DigitRun {
  groups: DigitGroup[];
  /** A '+' written right before the run (international format). */
  plus: boolean;
}

const SEPARATOR = /[\s.\-/()[\]_~*|•·+=:\p{So}\p{Sk}\p{Cf}\p{Cs}\uFE0F\u200D]/u;
const LETTER = /[a-z]/;
const DIGIT = /[0-9]/;
const MAX_GAP = 8;

function isSeparatorGap(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  if ((gap.match(/\n/g)?.length ?? 0) > 1) return false;
  // Letters in a gap are fillers readTokens already judged harmless ("0x7x7"); other words end runs.
  for (const ch of gap) if (!SEPARATOR.test(ch) && !LETTER.test(ch.toLowerCase())) return false;
  return true;
}

/** The letters word that starts after `j` and one space ("oh seven": the word after "oh"). */
function nextWord(folded: string, j: number): string {
  return /^\s([a-z]+)/.exec(folded.slice(j, j + 12))?.[1] ?? '';
}

/** Reads every digit token of the folded text, in order. */
function readTokens(folded: string, map: Int32Array, originalLength: number): DigitToken[] {
  const tokens: DigitToken[] = [];
  const orig = (i: number) => (i < map.length ? (map[i] ?? originalLength) : originalLength);
  let pendingRepeat = 1;
  let repeatStart = -1;
  let i = 0;
  const push = (digits: string, start: number, end: number, disguised: boolean) => {
    const first = repeatStart >= 0 ? repeatStart : start;
    tokens.push({
      digits: digits.repeat(pendingRepeat),
      start: orig(first),
      end: orig(end),
      disguised: disguised || pendingRepeat > 1,
    });
    pendingRepeat = 1;
    repeatStart = -1;
  };
  while (i < folded.length) {
    const ch = folded[i] ?? '';
    if (DIGIT.test(ch)) {
      push(ch, i, i + 1, false);
      i++;
      continue;
    }
    if (!LETTER.test(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < folded.length && LETTER.test(folded[j] ?? '')) j++;
    const word = folded.slice(i, j);
    const before = folded[i - 1] ?? '';
    const after = folded[j] ?? '';
    const touchesDigit = DIGIT.test(before) || DIGIT.test(after);
    const digit = DIGIT_WORDS.get(word);
    const last = tokens[tokens.length - 1];
    if (digit !== undefined) {
      push(digit, i, j, true);
    } else if (/^[oil]+$/.test(word) && touchesDigit) {
      // o77oo, 9oo, O7, l5: look-alike letters glued to digits.
      for (let k = i; k < j; k++) push(folded[k] === 'o' ? '0' : '1', k, k + 1, true);
    } else if (
      ZERO_LETTER_WORDS.has(word) &&
      (pendingRepeat > 1 ||
        (last?.digits && last.end >= orig(i) - 2) ||
        DIGIT_WORDS.has(nextWord(folded, j)))
    ) {
      push('0', i, j, true);
    } else if (REPEAT_WORDS.has(word)) {
      pendingRepeat = REPEAT_WORDS.get(word) ?? 1;
      repeatStart = i;
    } else if (SCALE_WORDS.has(word) && last?.digits && last.end >= orig(i) - 2) {
      // "nine hundred": extend the previous token rather than starting a new one.
      last.digits += SCALE_WORDS.get(word) ?? '';
      last.end = orig(j);
      last.disguised = true;
    } else if (word.length === 1 && DIGIT.test(before) && DIGIT.test(after)) {
      // 0x7x7x0: a filler letter between digits is a separator, nothing to read.
    } else {
      pendingRepeat = 1;
      repeatStart = -1;
      tokens.push({ digits: '', start: orig(i), end: orig(j), disguised: false }); // a barrier
    }
    i = j;
  }
  return tokens;
}

/** Splits a text into runs of disguised digits. */
export function findDigitRuns(text: string): DigitRun[] {
  const folded = foldText(text);
  const tokens = readTokens(folded.text, folded.map, folded.originalLength);
  const runs: DigitRun[] = [];
  let current: DigitRun | undefined;
  let prevEnd = -1;
  for (const token of tokens) {
    if (token.digits === '') {
      current = undefined;
      continue;
    }
    const gap = prevEnd >= 0 ? text.slice(prevEnd, token.start) : '';
    if (current && gap === '') {
      current.groups[current.groups.length - 1]?.tokens.push(token);
    } else if (current && isSeparatorGap(gap)) {
      current.groups.push({ tokens: [token], gapBefore: gap });
    } else {
      const lead = text.slice(Math.max(0, token.start - 2), token.start);
      current = { groups: [{ tokens: [token], gapBefore: '' }], plus: /\+\s?$/.test(lead) };
      runs.push(current);
    }
    prevEnd = token.end;
  }
  return runs;
}

export function groupDigits(group: DigitGroup): string {
  return group.tokens.map((t) => t.digits).join('');
}
