/**
 * The fuzz loop shared by `npm run fuzz` and the smoke test in `npm test`:
 *
 *   pick a base -> mutate (seeded) -> runCase (cleanFile + judges) -> tally
 *     every Nth cleaned output -> exiftool batch (identifyingTags)
 *     any crash, leak or over-bound case -> a Failure carrying the input, for minimising
 */
import type { StripErrorCode } from '../../src/metadata/errors.ts';
import type { Base } from './bases.ts';
import { runCase } from './case.ts';
import { exiftoolFindings } from './exiftool-batch.ts';
import { int, makeRng, mutate, type MutationKind } from './mutate.ts';

export interface FuzzOptions {
  seed: number;
  /** Stop after this many milliseconds... */
  ms: number;
  /** ...or this many cases, whichever comes first. */
  maxCases?: number;
  /** Judge one cleaned output in this many with exiftool (0: never). */
  exiftoolEvery: number;
  /** A case (cleanFile alone) slower than this fails, for inputs up to BOUNDED_BYTES. */
  boundMs: number;
  /** Progress callback, called about every ten seconds with the report so far. */
  progress?: (report: FuzzReport) => void;
}

export const BOUNDED_BYTES = 16 * 1024 * 1024;
const EXIFTOOL_BATCH = 40;

export interface Failure {
  kind: 'crash' | 'leak' | 'slow' | 'exiftool';
  detail: string;
  format: string;
  base: string;
  mutations: MutationKind[];
  input: Uint8Array;
  /** Whether the marker check applies to this input (see `markerApplies`). */
  marker: boolean;
}

export interface Slow {
  ms: number;
  format: string;
  bytes: number;
  mutations: MutationKind[];
}

export interface FuzzReport {
  seed: number;
  cases: number;
  elapsedMs: number;
  cleaned: number;
  refusals: Partial<Record<StripErrorCode, number>>;
  byFormat: Record<string, { cases: number; cleaned: number; refused: number }>;
  exiftoolJudged: number;
  failures: Failure[];
  slowest: Slow[];
}

/**
 * When the marker must be gone. Nesting and splicing can move metadata bytes into a kept
 * payload (PNG IDAT, a JPEG scan), where they are image data, not metadata. In ISOBMFF files
 * (HEIF, AVIF, MP4, MOV) item and chunk offsets are absolute, so any mutation that shifts bytes
 * can make an image item or a video chunk point at what used to be XMP: the 10-minute run
 * showed exactly that (an AVIF whose primary item then covered XMP text). For those only the
 * mutations that keep every byte in place count. exiftool and the re-clean judge all outputs.
 */
const IN_PLACE: ReadonlySet<MutationKind> = new Set(['flip', 'extreme', 'overwrite', 'truncate']);
const ABSOLUTE_OFFSETS = new Set(['heif', 'avif', 'mp4', 'mov']);

export function markerApplies(base: Base, kinds: readonly MutationKind[]): boolean {
  if (!base.marker || kinds.some((k) => k === 'nest' || k === 'splice')) return false;
  return !ABSOLUTE_OFFSETS.has(base.format) || kinds.every((k) => IN_PLACE.has(k));
}

export async function fuzz(bases: readonly Base[], options: FuzzOptions): Promise<FuzzReport> {
  const rng = makeRng(options.seed);
  const donors = bases.map((b) => b.bytes);
  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    elapsedMs: 0,
    cleaned: 0,
    refusals: {},
    byFormat: {},
    exiftoolJudged: 0,
    failures: [],
    slowest: [],
  };
  const pending: { output: Uint8Array; failure: Omit<Failure, 'kind' | 'detail'> }[] = [];
  const started = performance.now();
  let lastProgress = started;
  const maxCases = options.maxCases ?? Infinity;

  while (report.cases < maxCases && performance.now() - started < options.ms) {
    const base = bases[int(rng, bases.length)]!;
    const { bytes, kinds } = mutate(rng, base.bytes, donors);
    const marker = markerApplies(base, kinds);
    const { verdict, ms } = await runCase(bytes, marker);
    report.cases++;
    const tally = (report.byFormat[base.format] ??= { cases: 0, cleaned: 0, refused: 0 });
    tally.cases++;
    const context = {
      format: base.format,
      base: base.name,
      mutations: kinds,
      input: bytes,
      marker,
    };
    noteSlow(report, { ms, format: base.format, bytes: bytes.length, mutations: kinds });
    if (ms > options.boundMs && bytes.length <= BOUNDED_BYTES) {
      // The machine is shared: a slow case counts only if it is slow a second time.
      const again = await runCase(bytes, marker);
      if (again.ms > options.boundMs) {
        report.failures.push({ kind: 'slow', detail: `${Math.round(again.ms)} ms`, ...context });
      }
    }
    if (verdict.kind === 'refused') {
      tally.refused++;
      report.refusals[verdict.code] = (report.refusals[verdict.code] ?? 0) + 1;
    } else if (verdict.kind === 'cleaned') {
      tally.cleaned++;
      report.cleaned++;
      if (options.exiftoolEvery > 0 && report.cleaned % options.exiftoolEvery === 0) {
        // Judged as what it was cleaned as: a splice can turn an MP4 seed into a WebP.
        pending.push({ output: verdict.output, failure: { ...context, format: verdict.format } });
        if (pending.length >= EXIFTOOL_BATCH) await judgeBatch(pending, report);
      }
    } else {
      report.failures.push({ kind: verdict.kind, detail: verdict.detail, ...context });
    }
    if (options.progress && performance.now() - lastProgress > 10_000) {
      lastProgress = performance.now();
      report.elapsedMs = lastProgress - started;
      options.progress(report);
    }
  }
  await judgeBatch(pending, report);
  report.elapsedMs = performance.now() - started;
  return report;
}

async function judgeBatch(
  pending: { output: Uint8Array; failure: Omit<Failure, 'kind' | 'detail'> }[],
  report: FuzzReport,
): Promise<void> {
  const batch = pending.splice(0);
  const findings = await exiftoolFindings(
    batch.map((p) => ({ bytes: p.output, format: p.failure.format })),
  );
  report.exiftoolJudged += batch.length;
  for (const [index, tags] of findings) {
    const item = batch[index];
    if (item) report.failures.push({ kind: 'exiftool', detail: tags.join(', '), ...item.failure });
  }
}

function noteSlow(report: FuzzReport, slow: Slow): void {
  report.slowest.push(slow);
  report.slowest.sort((a, b) => b.ms - a.ms);
  report.slowest.length = Math.min(report.slowest.length, 5);
}
