/** The streaming contract: ByteSources over bytes and over a plan, and plan lengths. */
import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  planLength,
  planSource,
  pushSource,
  pushZeros,
  type OutputPlan,
} from '../../../src/metadata/source.ts';

const original = Uint8Array.from({ length: 100 }, (_, i) => i);

describe('byte sources and output plans', () => {
  it('reads exact ranges from bytes and refuses reads past the end with a typed error', async () => {
    const source = bytesSource(original);
    expect(Array.from(await source.read(10, 3))).toEqual([10, 11, 12]);
    await expect(source.read(99, 2)).rejects.toMatchObject({ code: 'truncated' });
    await expect(source.read(-1, 2)).rejects.toMatchObject({ code: 'malformed' });
  });

  it('serves a plan of slices, rewritten bytes and zeros as one file', async () => {
    const plan: OutputPlan = [];
    pushSource(plan, 0, 5);
    pushSource(plan, 5, 5); // merged with the previous slice
    plan.push({ from: 'bytes', data: Uint8Array.from([200, 201]) });
    pushZeros(plan, 3);
    pushSource(plan, 90, 10);
    expect(plan).toHaveLength(4);
    expect(planLength(plan)).toBe(25);
    const out = planSource(plan, bytesSource(original));
    expect(out.size).toBe(25);
    const all = Array.from(await out.read(0, 25));
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 200, 201, 0, 0, 0, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]); // prettier-ignore
    expect(Array.from(await out.read(9, 4))).toEqual([9, 200, 201, 0]);
    await expect(out.read(20, 6)).rejects.toMatchObject({ code: 'truncated' });
  });

  it('splits long zero runs into views of one shared block', () => {
    const plan: OutputPlan = [];
    pushZeros(plan, 3 * 1024 * 1024 + 5);
    expect(plan).toHaveLength(4);
    expect(planLength(plan)).toBe(3 * 1024 * 1024 + 5);
  });
});
