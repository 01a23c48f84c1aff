/**
 * A short fuzz run inside `npm test` (the long runs are `npm run fuzz`, docs/FUZZING.md): the
 * same engine, a fixed seed, ~12 seconds (plus ~8 s making the seeds) over the seeds and the corpus, exiftool judging a
 * sample. Any crash, leak or case over the time bound fails, with the format and mutations.
 */
import { describe, expect, it } from 'vitest';
import { loadBases } from '../fuzz/bases.ts';
import { fuzz } from '../fuzz/engine.ts';

describe('fuzz smoke run', () => {
  it('mutated seeds and corpus files never crash, leak or stall', async () => {
    const bases = loadBases({ corpus: true });
    const report = await fuzz(bases, { seed: 7, ms: 12_000, exiftoolEvery: 25, boundMs: 2000 });
    const failures = report.failures.map(
      (f) => `${f.kind} ${f.format} (${f.mutations.join('+')}): ${f.detail}`,
    );
    expect(failures).toEqual([]);
    expect(report.cases).toBeGreaterThan(1000);
    expect(report.cleaned).toBeGreaterThan(100);
    expect(report.exiftoolJudged).toBeGreaterThan(0);
  });
});
