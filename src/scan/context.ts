/**
 * Context scoring in the manner of Presidio's LemmaContextAwareEnhancer: a pattern's base score
 * rises when a context word appears shortly before (or after) the match, and falls when a word
 * says it is something else (a price, a duration, a date). Windows are measured in characters on
 * the same line, which is close to "five words" and cheaper to compute.
 */

export const CONTEXT_BOOST = 0.35;
export const THRESHOLD = 0.5;

/** The text of the same line within `chars` before `start` (lower case). */
export function before(text: string, start: number, chars = 40): string {
  const from = Math.max(0, start - chars);
  const slice = text.slice(from, start);
  const nl = slice.lastIndexOf('\n');
  return (nl >= 0 ? slice.slice(nl + 1) : slice).toLowerCase();
}

/** The text of the same line within `chars` after `end` (lower case). */
export function after(text: string, end: number, chars = 25): string {
  const slice = text.slice(end, end + chars);
  const nl = slice.indexOf('\n');
  return (nl >= 0 ? slice.slice(0, nl) : slice).toLowerCase();
}

/** Raises `base` by the boost when `words` occur in the window before the match. */
export function withContext(
  base: number,
  text: string,
  start: number,
  end: number,
  words: RegExp,
  chars = 40,
): number {
  const hit = words.test(before(text, start, chars)) || words.test(after(text, end, 12));
  return Math.min(1, hit ? base + CONTEXT_BOOST : base);
}

/** Words of a proper noun: Capitalised, ALL CAPS, or a capitalised possessive ("James's"). */
export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word);
}

/** True when `start` begins a sentence (start of text, after . ! ? or a line break). */
export function atSentenceStart(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 6), start);
  return (
    start === 0 ||
    /(^|[.!?\n…:]\s*|[\p{So}]\s*)$/u.test(head.trimEnd() + ' ') ||
    /\n\s*$/.test(head)
  );
}
