/**
 * CRC-32 (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320), as PNG chunks use it (PNG spec §5.5).
 *
 * Slicing-by-16: sixteen 256-entry tables, stored flat in one Int32Array (table t at t * 256),
 * let the loop consume sixteen bytes per step. The PNG verifier recomputes the CRC of every
 * chunk, IDAT included, so this runs over the whole image: measured on Node 20, about 3x faster
 * than slicing-by-8 with separate tables and 10x faster than the one-table loop.
 */

// Built on first use, not at load: the upload content script loads on every page of a site,
// and filling 4,096 entries in cold code cost about 7 ms of its start-up.
let table: Int32Array | null = null;

function buildTable(): Int32Array {
  const table = new Int32Array(16 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = table[n]!;
    for (let t = 1; t < 16; t++) {
      c = table[c & 0xff]! ^ (c >>> 8);
      table[t * 256 + n] = c;
    }
  }
  return table;
}

/** Feed `b` into a running CRC (start with 0); returns the CRC of everything fed so far. */
export function crc32(b: Uint8Array, previous = 0): number {
  const T = (table ??= buildTable());
  let c = ~previous;
  let i = 0;
  const n = b.length;
  const fast = n - (n % 16);
  // The loop bounds keep every index inside `b` and every table index below 4096; the `!`s only
  // satisfy noUncheckedIndexedAccess.
  for (; i < fast; i += 16) {
    const a = c ^ (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24));
    c =
      T[3840 + (a & 0xff)]! ^
      T[3584 + ((a >>> 8) & 0xff)]! ^
      T[3328 + ((a >>> 16) & 0xff)]! ^
      T[3072 + (a >>> 24)]! ^
      T[2816 + b[i + 4]!]! ^
      T[2560 + b[i + 5]!]! ^
      T[2304 + b[i + 6]!]! ^
      T[2048 + b[i + 7]!]! ^
      T[1792 + b[i + 8]!]! ^
      T[1536 + b[i + 9]!]! ^
      T[1280 + b[i + 10]!]! ^
      T[1024 + b[i + 11]!]! ^
      T[768 + b[i + 12]!]! ^
      T[512 + b[i + 13]!]! ^
      T[256 + b[i + 14]!]! ^
      T[b[i + 15]!]!;
  }
  for (; i < n; i++) c = T[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
