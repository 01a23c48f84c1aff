import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ffScanner, nextFF, type FFScanner } from '../../src/metadata/formats/jpeg/ff-scanner.ts';

/** Every 0xFF position, found the slow, obvious way. */
function allFF(bytes: Uint8Array, from: number): number[] {
  const hits: number[] = [];
  for (let i = Math.max(0, from); i < bytes.length; i++) if (bytes[i] === 0xff) hits.push(i);
  return hits;
}

function scanAll(scanner: FFScanner, from: number): number[] {
  const hits: number[] = [];
  for (let at = nextFF(scanner, from); at >= 0; at = nextFF(scanner, at + 1)) hits.push(at);
  return hits;
}

describe('nextFF', () => {
  it('finds exactly the 0xFF bytes, at any alignment and starting point', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.nat(3),
        fc.nat(210),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, shift, from, density) => {
          // Sprinkle 0xFF bytes (and runs of them) at the chosen density.
          const body = raw.map((v, i) => ((v + i) % 100 < density * 100 ? 0xff : v));
          const backing = new Uint8Array(body.length + shift);
          backing.set(body, shift);
          const bytes = backing.subarray(shift);
          expect(scanAll(ffScanner(bytes), from)).toEqual(allFF(bytes, from));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('handles empty and tiny inputs', () => {
    expect(nextFF(ffScanner(new Uint8Array(0)), 0)).toBe(-1);
    expect(nextFF(ffScanner(Uint8Array.of(0xff)), 0)).toBe(0);
    expect(nextFF(ffScanner(Uint8Array.of(1, 2, 0xff)), 1)).toBe(2);
    expect(nextFF(ffScanner(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 0xff)), 8)).toBe(-1);
  });
});
