/**
 * Property tests over mutated files of every format: bit flips, truncations, length fields set
 * to extremes, repeated slices. Whatever the input, cleaning returns (never throws, never
 * hangs), and a cleaned output never carries the marker the seed hid in its metadata.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanImage } from '../../src/metadata/clean.ts';
import { STRIP_ERROR_CODES } from '../../src/metadata/errors.ts';
import { containsMarker, makeSeeds, type Seed } from '../helpers/seeds.ts';

let seeds: Seed[] = [];
beforeAll(() => {
  seeds = makeSeeds();
});

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'extreme'; at: number; value: number }
  | { kind: 'repeat'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('extreme' as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 0xffff, 8, 16),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
);

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % Math.max(1, input.length);
  switch (m.kind) {
    case 'flip': {
      const out = input.slice();
      out[at] = out[at]! ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return input.slice(0, at);
    case 'extreme': {
      if (input.length < 4) return input;
      const out = input.slice();
      new DataView(out.buffer).setUint32(Math.min(at, Math.max(0, out.length - 4)), m.value >>> 0);
      return out;
    }
    case 'repeat': {
      const piece = input.subarray(at, at + m.length);
      const out = new Uint8Array(input.length + piece.length);
      out.set(input.subarray(0, at + piece.length));
      out.set(piece, at + piece.length);
      out.set(input.subarray(at + piece.length), at + 2 * piece.length);
      return out;
    }
  }
}

describe('mutated files of every format', () => {
  it('seeds are real, dirty files that the cleaner accepts', async () => {
    expect(seeds.map((s) => s.name)).toEqual(['jpg', 'png', 'webp', 'gif', 'heic', 'avif']);
    for (const seed of seeds) {
      expect(containsMarker(seed.bytes), seed.name).toBe(true);
      const result = await cleanImage(seed.bytes);
      expect(result.ok, `${seed.name}: ${result.ok ? '' : result.detail}`).toBe(true);
      if (result.ok) expect(containsMarker(result.output), seed.name).toBe(false);
    }
  });

  it('never throw and never leak the marker', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          const seed = seeds[which % seeds.length]!;
          const input = mutations.reduce(mutate, seed.bytes);
          const result = await cleanImage(input);
          if (result.ok) {
            expect(containsMarker(result.output)).toBe(false);
          } else {
            expect(STRIP_ERROR_CODES).toContain(result.code);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
