/**
 * The upload guard's cost in real headless Chromium (`npm run bench:upload`, after an e2e
 * build): the delay Veil adds between choosing a file and the page's `change` handler seeing
 * the cleaned file, the content scripts' size (gzip) and their start-up cost at page load.
 *
 * Delay: the driver notes the time, sets the file on an `<input>` (a real file on disk, as a
 * picker gives it), and the page's own `change` handler puts a performance mark; the same
 * steps run in a browser without Veil (the two take turns), and the added delay is the
 * difference of the medians.
 * Start-up: the time V8 spends compiling and running each content script at page load, read
 * from a Chromium performance trace. The table goes into docs/BENCHMARKS.md between the
 * upload-bench markers, leaving the rest of the file alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type Page } from 'playwright-core';
import { corpusFile, PROJECT_ROOT } from '../helpers/corpus.ts';
import { BENCH_CACHE, make } from './inputs.ts';
import { replaceBlock, UPLOAD_BLOCK } from './upload-block.ts';
import { launchChromium } from '../e2e/harness/chromium.ts';

const OUT = resolve(PROJECT_ROOT, process.env.VEIL_OUT_DIR ?? '.output/e2e', 'chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARM_UP = 3;
const TABS = 5;
const LOADS_PER_TAB = 4;

const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<input type="file" id="input">
<script>
  window.handled = [];
  document.getElementById('input').addEventListener('change', (e) => {
    const mark = performance.mark('change-handler');
    const file = e.target.files[0];
    window.handled.push({ at: performance.timeOrigin + mark.startTime, size: file ? file.size : -1 });
  });
</script>`;

interface Input {
  label: string;
  path: string;
}

function inputs(): Input[] {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const jpeg = make('camera-5mb.jpg', '2000x1500', ['-quality', '95', '-sampling-factor', '1x1']);
  return [
    { label: 'JPEG, 5 MB camera photo', path: jpeg },
    {
      label: 'HEIC, 12 MP iPhone 13 Pro Max',
      path: corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC'),
    },
  ];
}

function launch(withVeil: boolean): Promise<BrowserContext> {
  return launchChromium(withVeil ? OUT : null);
}

/** Milliseconds from setting the file to the page's own change handler, one run. */
async function changeDelay(page: Page, path: string): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { handled: [] }).handled.length);
  const start = performance.timeOrigin + performance.now();
  await page.setInputFiles('#input', path);
  await page.waitForFunction(
    (n) => (window as unknown as { handled: unknown[] }).handled.length > n,
    before,
    { polling: 5, timeout: 30_000 },
  );
  const at = await page.evaluate(
    () => (window as unknown as { handled: { at: number }[] }).handled.at(-1)!.at,
  );
  await page.evaluate(() => {
    (document.getElementById('input') as HTMLInputElement).value = '';
  });
  return at - start;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** V8 compile + run time of each content script (ms) in one page load, from a trace. */
async function startUpCost(page: Page, url: string): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const costs = new Map<string, number>();
  for (const event of events) {
    const script = /content-scripts\/([\w-]+)\.js/.exec(event.args?.data?.url ?? '')?.[1];
    // EvaluateScript spans compiling and running the script's top level.
    if (!script || event.ph !== 'X' || event.name !== 'EvaluateScript') continue;
    costs.set(script, (costs.get(script) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return costs;
}

/**
 * Cold: the first load in a new tab (a new renderer process, nothing compiled yet). Warm: later
 * loads in the same tab, as when moving between pages of one site (V8 reuses its code cache).
 */
async function startUpCosts(context: BrowserContext, url: string) {
  const cold = new Map<string, number[]>();
  const warm = new Map<string, number[]>();
  const add = (into: Map<string, number[]>, costs: Map<string, number>) => {
    for (const [script, ms] of costs) into.set(script, [...(into.get(script) ?? []), ms]);
  };
  for (let tab = 0; tab < TABS; tab++) {
    const page = await context.newPage();
    add(cold, await startUpCost(page, url));
    for (let load = 1; load < LOADS_PER_TAB; load++) add(warm, await startUpCost(page, url));
    await page.close();
  }
  return { cold, warm };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function scriptSizes(): { name: string; raw: number; gzip: number }[] {
  const dir = join(OUT, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return {
        name: f.replace(/\.js$/, ''),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    });
}

async function main(): Promise<void> {
  if (!existsSync(join(OUT, 'manifest.json'))) throw new Error(`no e2e build in ${OUT}`);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const files = inputs();

  const medians: Record<string, { bare: number; veil: number }> = {};
  // Both browsers stay open and take turns, run by run, so that load from other work on this
  // shared machine falls on both alike; only one of them works at any moment.
  const bare = await launch(false);
  const veil = await launch(true);
  const pages = { bare: await bare.newPage(), veil: await veil.newPage() };
  await pages.bare.goto(url);
  await pages.veil.goto(url);
  for (const file of files) {
    const runs = { bare: [] as number[], veil: [] as number[] };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      for (const mode of ['bare', 'veil'] as const) {
        const ms = await changeDelay(pages[mode], file.path);
        if (i >= WARM_UP) runs[mode].push(ms);
      }
    }
    medians[file.label] = { bare: median(runs.bare), veil: median(runs.veil) };
    process.stdout.write(`${file.label}: ${JSON.stringify(medians[file.label])}\n`);
  }
  await bare.close();
  const startUp = await startUpCosts(veil, url);
  await veil.close();
  server.close();

  const rows = files.map((f) => {
    const m = medians[f.label]!;
    const added = m.veil - m.bare;
    const mb = (statSync(f.path).size / 2 ** 20).toFixed(2);
    return `| ${f.label} (${mb} MB) | ${m.bare.toFixed(1)} ms | ${m.veil.toFixed(1)} ms | **${added.toFixed(1)} ms** |`;
  });
  const sizes = scriptSizes().map((s) => {
    const ms = (costs: number[] | undefined) =>
      costs ? `${median(costs).toFixed(1)} ms` : 'not in trace';
    return `| ${s.name} | ${(s.raw / 1024).toFixed(1)} KB | ${(s.gzip / 1024).toFixed(1)} KB | ${ms(startUp.warm.get(s.name))} | ${ms(startUp.cold.get(s.name))} |`;
  });
  const when = new Date().toISOString().slice(0, 10);
  const block = [
    '## Upload guard in Chromium',
    '',
    `Written by \`npm run bench:upload\` on ${when} (${cpus()[0]?.model ?? 'CPU'}, ${cpus().length} cores, shared; headless Chromium, e2e build). Median of ${RUNS} runs after ${WARM_UP} warm-up runs, the browsers with and without Veil taking turns run by run. Targets: added delay ≤ 50 ms (JPEG) and ≤ 100 ms (HEIC); content script ≤ 60 KB gzip and ≤ 5 ms at page load.`,
    '',
    'Delay from setting the file on an input (a file on disk) to the page’s own `change` handler (a performance mark in the page), without and with Veil:',
    '',
    '| File | Without Veil | With Veil | Added by Veil |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Content scripts: size, and start-up at page load (V8 compiling and running the script, from a Chromium trace). Warm: later loads in the same tab, as when moving between pages of a site (median of ${TABS * (LOADS_PER_TAB - 1)}); cold: the first load in a new tab, a new renderer process with nothing compiled yet (median of ${TABS}).`,
    '',
    '| Script | Size | Gzip | Start-up, warm | Start-up, cold |',
    '| --- | --- | --- | --- | --- |',
    ...sizes,
  ].join('\n');
  process.stdout.write(`${block}\n`);
  const path = join(PROJECT_ROOT, 'docs/BENCHMARKS.md');
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  writeFileSync(path, replaceBlock(doc, UPLOAD_BLOCK, block));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
