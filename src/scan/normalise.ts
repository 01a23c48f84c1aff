/**
 * Text normaliser with a map back to the original UTF-16 offsets.
 *
 * Ad filters and wary writers disguise details with case, accents, look-alike letters from other
 * scripts and fullwidth forms. `foldText` undoes those per character (lower case, accents
 * stripped, Cyrillic/Greek homoglyphs to Latin, NFKC for fullwidth) and records, for every output
 * unit, the original offset it came from, so findings made on the folded text can be reported on
 * the text the user typed. Digit-level tricks (number words, o/O for 0, separators) are undone
 * by `digit-runs.ts`, which uses the same offset discipline.
 */

/** Cyrillic and Greek letters that render like Latin ones (lower-case after folding). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  ς: 's',
  μ: 'u',
};

/** Letters NFKD does not decompose but that readers treat as plain Latin. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ð: 'd',
  ħ: 'h',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '–': '-',
  '—': '-',
  '‑': '-',
  '−': '-',
};

const COMBINING = /\p{M}/u;
const foldCache = new Map<string, string>();

/** Folds one code point to lower-case, accent-free Latin where it has a Latin reading. */
export function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  for (const part of ch.normalize('NFKC').toLowerCase().normalize('NFKD')) {
    if (COMBINING.test(part)) continue;
    out += HOMOGLYPHS[part] ?? EXTRA_FOLDS[part] ?? part;
  }
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each unit of `text`, the offset of the original unit it came from. */
  map: Int32Array;
  /** Length of the original text, the end offset for spans that reach the end. */
  originalLength: number;
}

const ASCII_PLAIN = /^[\x20-\x7e\n\r\t]*$/;

/** Folds a whole text, keeping the offset map. ASCII input takes a fast path. */
export function foldText(text: string): FoldedText {
  if (ASCII_PLAIN.test(text)) {
    const folded = text.toLowerCase().replace(/`/g, "'");
    const map = new Int32Array(folded.length);
    for (let i = 0; i < map.length; i++) map[i] = i;
    return { text: folded, map, originalLength: text.length };
  }
  let out = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    out += folded;
    i += ch.length;
  }
  return { text: out, map: Int32Array.from(offsets), originalLength: text.length };
}

/** Maps a folded span [start, end) back to original offsets. */
export function toOriginal(folded: FoldedText, start: number, end: number): [number, number] {
  const origStart = folded.map[start] ?? folded.originalLength;
  const origEnd =
    end < folded.map.length ? (folded.map[end] ?? folded.originalLength) : folded.originalLength;
  return [origStart, Math.max(origEnd, origStart + 1)];
}

/** Lower-case letters and digits only: how entries and candidates are compared. */
export function squash(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = foldChar(ch);
    for (const c of folded) if (/[a-z0-9]/.test(c)) out += c;
  }
  return out;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/**
 * Reads a word written in leetspeak ("B4rnsley", "M4isie", "h@rgreaves") as letters. Only applied
 * to tokens that mix letters with digits or symbols; pure numbers stay numbers.
 */
export function unleet(token: string, one: 'i' | 'l' = 'i'): string {
  let out = '';
  for (const ch of token.toLowerCase()) out += ch === '1' ? one : (LEET[ch] ?? ch);
  return out;
}
