/**
 * vitest globalSetup for the e2e run: a folder for each file's network-watch report, and at the
 * end one summary line over every file that ran (what the watch counted, and any finding).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { FileReport } from './network-watch.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    veilNetReportDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'veil-net-watch-'));
  project.provide('veilNetReportDir', dir);
  return () => {
    const reports = readdirSync(dir).map(
      (f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as FileReport,
    );
    rmSync(dir, { recursive: true, force: true });
    if (reports.length === 0) return;
    const sum = (pick: (r: FileReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
    const lines = [
      `network watch: ${reports.length} file(s), ` +
        `${sum((r) => r.launches.chromium)} Chromium + ${sum((r) => r.launches.firefox)} Firefox ` +
        `launches under the file watches; ${sum((r) => r.testRequests)} test requests through ` +
        `the recorder, ${sum((r) => r.cdpRequests)} seen by DevTools, ` +
        `${sum((r) => r.extensionTargets)} extension targets followed, ` +
        `${sum((r) => r.browserOwn)} browser's own (Chromium's updater, sign-in, autofill); ` +
        `extension-originated: ${sum((r) => r.findings.length)}`,
    ];
    for (const r of reports) {
      for (const f of r.findings) {
        lines.push(
          `  ${relative(process.cwd(), r.file)}: ${f.seenBy} ${f.context} ${f.method} ${f.url} (${f.why})`,
        );
      }
    }
    console.log(lines.join('\n'));
  };
}
