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
    // The network watch (issue 7): every file ends by asserting that no extension context made
    // a request; the run ends with a summary over every file.
    setupFiles: ['tests/e2e/harness/network-watch.setup.ts'],
    globalSetup: ['tests/e2e/harness/network-watch.global.ts'],
  },
});
