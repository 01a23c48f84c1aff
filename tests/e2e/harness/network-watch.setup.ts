/**
 * Runs in every e2e file (vitest setupFiles): at the end of the file, after its own afterAll
 * hooks have closed its browsers, the file's network watch must hold no request from an
 * extension context, and must have been in the path (it saw the tests' own requests; in
 * Chromium the DevTools watcher saw requests too). The result goes to the run's summary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, inject } from 'vitest';
import { fileWatchIfStarted, launchesThisFile, reportOf } from './network-watch.ts';

afterAll(() => {
  const file = expect.getState().testPath ?? '';
  const watch = fileWatchIfStarted();
  const report = reportOf(file, watch);
  const dir = inject('veilNetReportDir');
  if (dir) {
    writeFileSync(join(dir, `${process.pid}-${Date.now()}.json`), JSON.stringify(report));
  }
  expect(launchesThisFile(), 'every e2e browser is launched through the harness').toBeGreaterThan(
    0,
  );
  if (!watch) return; // only launches under their own watch (the watch's own probe test)
  expect(report.findings, 'requests from extension contexts').toEqual([]);
  expect(report.testRequests, "the recording proxy saw the tests' own requests").toBeGreaterThan(0);
  if (report.launches.chromium > 0) {
    expect(report.cdpRequests, 'the DevTools watcher saw requests').toBeGreaterThan(0);
  }
});
