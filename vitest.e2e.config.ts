// End-to-end tests: the built extension in real browsers. One file at a time, one browser at a
// time (the machine has 2 cores); run with `npm run test:e2e` after `npm run build:e2e`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
