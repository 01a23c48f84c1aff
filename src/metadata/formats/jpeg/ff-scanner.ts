/**
 * Finds 0xFF bytes in entropy-coded data four bytes at a time. Compressed JPEG data holds an
 * 0xFF about once every few hundred bytes, so nearly every 32-bit word is dismissed with one
 * test: "has a byte equal to 0xFF" is "~word has a zero byte", the classic
 * `(x - 0x01010101) & ~x & 0x80808080` check, which never misses a zero byte. Candidate words are
 * then checked byte by byte, so the answer is exact. This is about twice as fast as calling
 * `indexOf(0xFF)` once per 0xFF (a builtin call each time), and the walk over a 12 MB photo is
 * most of the cleaning time.
 *
 * The state is a plain record passed to a plain function (not a class method): optimised code
 * then specialises on types only, so walking a new file does not throw the optimisation away.
 */
export interface FFScanner {
  readonly bytes: Uint8Array;
  /** `bytes` seen as 32-bit words from the first 4-byte-aligned position. */
  readonly words: Int32Array;
  /** Index in `bytes` of `words[0]`. */
  readonly first: number;
  readonly wordsEnd: number;
}

export function ffScanner(bytes: Uint8Array): FFScanner {
  const first = Math.min((4 - (bytes.byteOffset & 3)) & 3, bytes.length);
  const count = (bytes.length - first) >> 2;
  // A view must start on a multiple of 4 even when it is empty, hence the special case.
  const words =
    count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + first, count) : new Int32Array(0);
  return { bytes, words, first, wordsEnd: first + count * 4 };
}

/** The first offset at or after `at` holding 0xFF, or -1. */
export function nextFF(scanner: FFScanner, at: number): number {
  const { bytes: b, words, first, wordsEnd } = scanner;
  const length = b.length;
  let i = at > 0 ? at : 0;
  // Single bytes until `i` sits on a word boundary inside the word region (or to the end).
  while (i < length && (i < first || i >= wordsEnd || ((i - first) & 3) !== 0)) {
    if (b[i] === 0xff) return i;
    i++;
  }
  if (i >= length) return -1;
  const count = words.length;
  let w = (i - first) >> 2;
  // Two words per step: one branch for eight bytes in the common case.
  for (; w + 1 < count; w += 2) {
    const x = ~words[w]!;
    const y = ~words[w + 1]!;
    if (((((x - 0x01010101) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) === 0) continue;
    const base = first + (w << 2);
    for (let k = base; k < base + 8; k++) if (b[k] === 0xff) return k;
  }
  for (; w < count; w++) {
    const x = ~words[w]!;
    if (((x - 0x01010101) & ~x & 0x80808080) === 0) continue;
    const base = first + (w << 2);
    for (let k = base; k < base + 4; k++) if (b[k] === 0xff) return k;
  }
  for (let k = wordsEnd; k < length; k++) if (b[k] === 0xff) return k;
  return -1;
}
