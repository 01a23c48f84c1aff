/**
 * How long one hostile input may take before a test calls it a hang: the same per-file bound
 * the fuzzer uses (docs/FUZZING.md). It is a guard against runaway loops, not a speed test:
 * speed is measured by `npm run bench`, side by side with other tools, never asserted in tests.
 */
export const HANG_BOUND_MS = 2000;
