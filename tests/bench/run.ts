/**
 * `npm run bench`: Veil against piexifjs, exiftool (one process per file, and batched with
 * -stay_open), a canvas re-encode in headless Chromium (canvas.ts) and a plain byte copy, on the
 * same files in one run: speed, peak memory (memory.ts) and output size for each. Writes
 * docs/BENCHMARKS.md (with the machine, machine.ts) and the summary table in the README.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import piexif from 'piexifjs';
import { cleanImage, stripImage } from '../../src/metadata/clean.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { CanvasBench } from './canvas.ts';
import { BENCH_CACHE, benchInputs, type BenchInput } from './inputs.ts';
import { describeMachine, machineLines, machineSummary } from './machine.ts';
import { imageMemory } from './memory.ts';
import {
  CANVAS_METHOD,
  howMeasured,
  mb,
  section,
  summaryRow,
  WHY_NOT_CANVAS,
  type ImageResult,
  type Row,
} from './report.ts';
import { keepBlock, UPLOAD_BLOCK } from './upload-block.ts';
import { benchVideo, makeVideo } from './video.ts';

const RUNS = Number(process.env.VEIL_BENCH_RUNS ?? 15);
const PROCESS_RUNS = 5;
const CANVAS_RUNS = Number(process.env.VEIL_BENCH_CANVAS_RUNS ?? 9);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Frees garbage between runs (when node runs with --expose-gc) so no run pays for another's. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const WARM_UP = 5;

function timeSync(runs: number, fn: () => number): { ms: number; outBytes: number } {
  let outBytes = 0;
  for (let i = 0; i < WARM_UP; i++) outBytes = fn(); // JIT warm-up, also the output size
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    outBytes = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), outBytes };
}

async function timeAsync(
  runs: number,
  fn: () => Promise<number>,
): Promise<{ ms: number; outBytes: number }> {
  let outBytes = 0;
  for (let i = 0; i < WARM_UP; i++) outBytes = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    outBytes = await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), outBytes };
}

/** A long-lived exiftool, as ExifCleaner runs it: one command per file, no start-up cost. */
class StayOpenExifTool {
  private child = spawn('exiftool', ['-stay_open', 'True', '-@', '-'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  private buffer = '';
  private waiting: (() => void) | null = null;
  constructor() {
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      if (this.buffer.includes('{ready}') && this.waiting) {
        this.buffer = '';
        const done = this.waiting;
        this.waiting = null;
        done();
      }
    });
  }
  run(args: string[]): Promise<void> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.child.stdin.write(`${args.join('\n')}\n-execute\n`);
    });
  }
  close(): void {
    this.child.stdin.write('-stay_open\nFalse\n');
  }
}

async function benchOne(input: BenchInput, exiftool: StayOpenExifTool): Promise<Row[]> {
  const bytes = new Uint8Array(readFileSync(input.path));
  const rows: Row[] = [];
  const veil = timeSync(RUNS, () => {
    const r = stripImage(bytes);
    if (!r.ok) throw new Error(`Veil refused a benchmark file: ${r.detail}`);
    return r.result.output.length;
  });
  rows.push({ method: 'Veil (sniff, strip, verify)', ...veil });
  const withReceipt = await timeAsync(RUNS, async () => {
    const r = await cleanImage(bytes);
    if (!r.ok) throw new Error(r.detail);
    return r.output.length;
  });
  rows.push({ method: 'Veil with receipt', ...withReceipt });
  if (input.kind === 'jpeg') {
    const binary = Buffer.from(bytes).toString('latin1');
    const pie = timeSync(RUNS, () => piexif.remove(binary).length);
    rows.push({ method: 'piexifjs remove() (binary string in hand)', ...pie });
  }
  const out = join(tmpdir(), `veil-bench-out${input.path.slice(input.path.lastIndexOf('.'))}`);
  const perProcess: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    rmSync(out, { force: true });
    const start = performance.now();
    spawnSync('exiftool', ['-q', '-q', '-all=', '-o', out, input.path]);
    perProcess.push(performance.now() - start);
  }
  rows.push({
    method: 'exiftool -all= (one process per file)',
    ms: median(perProcess),
    outBytes: statSync(out).size,
  });
  const batched: number[] = [];
  for (let i = 0; i < PROCESS_RUNS + 1; i++) {
    rmSync(out, { force: true });
    const start = performance.now();
    await exiftool.run(['-all=', '-o', out, input.path]); // no -q: it would suppress {ready}
    if (i > 0) batched.push(performance.now() - start);
  }
  rows.push({
    method: 'exiftool -all= (-stay_open, batched)',
    ms: median(batched),
    outBytes: statSync(out).size,
  });
  const copy = timeSync(RUNS, () => bytes.slice().length);
  rows.push({ method: 'Uint8Array.slice (plain copy, the floor)', ...copy });
  return rows;
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const exiftool = new StayOpenExifTool();
  const speed: Array<{ input: BenchInput; rows: Row[] }> = [];
  for (const input of benchInputs()) {
    speed.push({ input, rows: await benchOne(input, exiftool) });
    process.stdout.write(`timed: ${input.label}\n`);
  }
  exiftool.close();
  // Chromium starts after the in-process timings so an idle browser does not share their CPU.
  const canvas = await CanvasBench.start();
  const images: ImageResult[] = [];
  try {
    for (const { input, rows } of speed) {
      const bytes = new Uint8Array(readFileSync(input.path));
      const veilOutput = stripImage(bytes);
      if (!veilOutput.ok) throw new Error(veilOutput.detail);
      const c = await canvas.run(bytes, veilOutput.result.output, CANVAS_RUNS);
      const at = rows.findIndex((r) => r.method.startsWith('Uint8Array'));
      rows.splice(at, 0, {
        method: CANVAS_METHOD,
        ms: c.ok ? c.ms : null,
        outBytes: c.ok ? c.outBytes : null,
      });
      const memory = imageMemory(input);
      if (c.ok) {
        memory.rows.push({
          method: CANVAS_METHOD,
          peakMb: c.rendererPeakMb,
          extraMb: c.rendererExtraMb,
        });
      }
      images.push({ input, size: bytes.length, rows, memory, canvas: c });
      process.stdout.write(`${section(images.at(-1)!)}\n\n`);
    }
  } finally {
    await canvas.close();
  }
  const sections = images.map(section);
  const summary: string[] = [
    '| File | Veil | piexifjs | exiftool per file | exiftool batched | canvas re-encode (Chromium) | plain copy |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...images.map(summaryRow),
  ];

  const video = makeVideo(BENCH_CACHE);
  const videoRows = benchVideo(video);
  const baseline = videoRows[videoRows.length - 1]!.peakMb;
  const videoTable = videoRows.map(
    (r) =>
      `| ${r.method} | ${r.seconds.toFixed(2)} s | ${mb(r.outBytes)} | ${r.peakMb.toFixed(0)} MB | ${r.method.startsWith('Veil') ? `${Math.max(0, r.peakMb - baseline).toFixed(0)} MB` : '—'} |`,
  );
  sections.push(
    `### MP4, ${mb(statSync(video).size)} phone-style video\n\nEach method runs as its own process; peak memory is the process's max RSS. "Extra" is Veil's peak minus a bare Node + tsx start-up. The canvas method has no video equivalent.\n\n| Method | Median time | Output | Peak memory | Extra over Node start-up |\n| --- | --- | --- | --- | --- |\n${videoTable.join('\n')}`,
  );
  const veilCore = videoRows[0]!;
  summary.push(
    `| MP4, ${mb(statSync(video).size)} video (time, extra memory) | ${veilCore.seconds.toFixed(2)} s, ${Math.max(0, veilCore.peakMb - baseline).toFixed(0)} MB | n/a | ${videoRows[2]!.seconds.toFixed(2)} s | ffmpeg copy: ${videoRows[3]!.seconds.toFixed(2)} s | n/a | ${videoRows[4]!.seconds.toFixed(2)} s |`,
  );
  process.stdout.write(`${sections[sections.length - 1]}\n\n`);
  const when = new Date().toISOString().slice(0, 10);
  const doc = `# Benchmarks\n\nWritten by \`npm run bench\` on ${when}, all methods on the same files in one run.\n\n## Machine\n\n${machineLines(machine, canvas.version).join('\n')}\n\n## Images\n\n"Veil" is the hot path (sniff, strip, verify by re-parsing the output); "with receipt" adds reading the removed values with exifr for the receipt. piexifjs only removes the EXIF block (and only from JPEG), so it does less work than Veil; exiftool \`-all=\` also drops the orientation and colour profile. The canvas re-encode is how some other metadata-removing extensions work. The plain copy is the floor: no cleaner can beat copying the bytes once.\n\n${howMeasured({ runs: RUNS, warmUp: WARM_UP, processRuns: PROCESS_RUNS, canvasRuns: CANVAS_RUNS })}\n\n${WHY_NOT_CANVAS}\n\n${sections.join('\n\n')}\n`;
  // The upload benchmark's block (npm run bench:upload) is kept as it was.
  const docPath = join(PROJECT_ROOT, 'docs/BENCHMARKS.md');
  const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  writeFileSync(docPath, keepBlock(doc, previous, UPLOAD_BLOCK));
  const readmePath = join(PROJECT_ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8').replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${summary.join('\n')}\n\nTimes are medians; peak memory and output size for every method, and what the canvas re-encode does to the pixels, are in docs/BENCHMARKS.md. Machine: ${machineSummary(machine, canvas.version)}.\n<!-- bench:end -->`,
  );
  writeFileSync(readmePath, readme);
  // Keep the README as `npm test`'s format check expects it (the table is written unaligned).
  spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/prettier'), ['--write', readmePath]);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
