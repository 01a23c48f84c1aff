/**
 * Digit words in the languages of Veil's users (English, Spanish, French, German, Portuguese,
 * Romanian), accent-free because they are looked up in folded text. Used to read phone numbers
 * written as words ("zero seven seven...", "07700 nine hundred 615", "2one3 555 01two3").
 */

export const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  // English
  ['zero', '0'],
  ['nought', '0'],
  ['nil', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  // Spanish
  ['cero', '0'],
  ['uno', '1'],
  ['dos', '2'],
  ['tres', '3'],
  ['cuatro', '4'],
  ['cinco', '5'],
  ['seis', '6'],
  ['siete', '7'],
  ['ocho', '8'],
  ['nueve', '9'],
  // French
  ['un', '1'],
  ['deux', '2'],
  ['trois', '3'],
  ['quatre', '4'],
  ['cinq', '5'],
  ['sept', '7'],
  ['huit', '8'],
  ['neuf', '9'],
  // German (fünf folds to funf)
  ['null', '0'],
  ['eins', '1'],
  ['zwei', '2'],
  ['zwo', '2'],
  ['drei', '3'],
  ['vier', '4'],
  ['funf', '5'],
  ['fuenf', '5'],
  ['sechs', '6'],
  ['sieben', '7'],
  ['acht', '8'],
  ['neun', '9'],
  // Portuguese
  ['um', '1'],
  ['dois', '2'],
  ['quatro', '4'],
  ['sete', '7'],
  ['oito', '8'],
  ['nove', '9'],
  // Romanian (ș and ă fold to s and a)
  ['unu', '1'],
  ['doi', '2'],
  ['trei', '3'],
  ['patru', '4'],
  ['cinci', '5'],
  ['sase', '6'],
  ['sapte', '7'],
  ['opt', '8'],
  ['noua', '9'],
]);

/** "oh"/"o" mean zero only between other digits ("seven oh seven"). */
export const ZERO_LETTER_WORDS: ReadonlySet<string> = new Set(['oh', 'o']);

/** "double seven" = 77, "triple 0" = 000. */
export const REPEAT_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
  ['doble', 2],
  ['doppel', 2],
  ['dublu', 2],
  ['dupla', 2],
]);

/** "nine hundred" = 900, "seven thousand" = 7000. */
export const SCALE_WORDS: ReadonlyMap<string, string> = new Map([
  ['hundred', '00'],
  ['cien', '00'],
  ['cent', '00'],
  ['hundert', '00'],
  ['cem', '00'],
  ['sute', '00'],
  ['thousand', '000'],
  ['mil', '000'],
  ['mille', '000'],
  ['tausend', '000'],
  ['mii', '000'],
]);
