import { describe, expect, it } from 'vitest';
import { foldText, squash, toOriginal, unleet } from '../../src/scan/normalise.ts';
import { findDigitRuns, groupDigits } from '../../src/scan/digit-runs.ts';

const runDigits = (text: string) =>
  findDigitRuns(text).map((r) => r.groups.map(groupDigits).join(''));

describe('foldText', () => {
  it('folds case, accents, fullwidth and Cyrillic/Greek look-alikes, keeping offsets', () => {
    const text = 'Ｓіоbhán 😀 Zoë';
    const folded = foldText(text);
    expect(folded.text).toBe('siobhan 😀 zoe');
    const at = folded.text.indexOf('zoe');
    expect(toOriginal(folded, at, at + 3)).toEqual([text.indexOf('Zoë'), text.length]);
  });

  it('keeps the identity map for plain ASCII', () => {
    const folded = foldText('Hello World');
    expect(folded.text).toBe('hello world');
    expect(Array.from(folded.map)).toEqual([...Array(11).keys()]);
  });

  it('squashes to letters and digits and reads leetspeak words', () => {
    expect(squash('Ashton-under-Lyne')).toBe('ashtonunderlyne');
    expect(squash("St Anne's")).toBe('stannes');
    expect(unleet('B4rn$l3y')).toBe('barnsley');
    expect(unleet('sm1th', 'i')).toBe('smith');
  });
});

describe('findDigitRuns', () => {
  it('reads digits split by spaces, dots, dashes, emoji, letters and a line break', () => {
    expect(runDigits('ring 0 7 9 1 1 - 2 3 4 . 5 6 7')).toEqual(['07911234567']);
    expect(runDigits('07911🌸234🌸567')).toEqual(['07911234567']);
    expect(runDigits('0z7z9z1z1 2z3z4 5z6z7')).toEqual(['07911234567']);
    expect(runDigits('07911\n234567')).toEqual(['07911234567']);
  });

  it('reads o/O/l/I next to digits and number words in several languages', () => {
    expect(runDigits('O79ll 2345 6o7')).toEqual(['079112345607']);
    expect(runDigits('zero seven nine one one two three')).toEqual(['0791123']);
    expect(runDigits('cero seis nueve nueve uno dos')).toEqual(['069912']);
    expect(runDigits('null sieben fünf acht')).toEqual(['0758']);
    expect(runDigits('zéro six douze')).toEqual(['06']);
  });

  it('expands double, triple and hundred', () => {
    expect(runDigits('oh seven seven double oh nine hundred triple four')).toEqual(['07700900444']);
  });

  it('does not join digits across ordinary words', () => {
    expect(runDigits('30 mins 80, 1 hour 120')).toEqual(['30', '80', '1', '120']);
  });
});
