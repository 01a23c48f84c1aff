/**
 * `npm run fuzz -- [--minutes N] [--seed S] [--format jpeg|png|webp|gif|heif|avif|mp4|mov|other]
 *                  [--cases N] [--no-corpus] [--exiftool-every N] [--bound-ms MS]`
 *
 * Mutates the generated seeds and the shared corpus (read in place) and runs every cleaner.
 * Prints a summary (docs/FUZZING.md records longer runs); every distinct crash or leak is
 * minimised and written to tests/fixtures/fuzz/ for a regression test. Exit code 1 on failures.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { loadBases } from './bases.ts';
import { runCase } from './case.ts';
import { fuzz, type Failure, type FuzzReport } from './engine.ts';
import { minimise } from './minimise.ts';

interface Args {
  minutes: number;
  seed: number;
  format?: string;
  cases?: number;
  corpus: boolean;
  exiftoolEvery: number;
  boundMs: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    minutes: 1,
    seed: Date.now() % 0x7fffffff,
    corpus: true,
    exiftoolEvery: 25,
    boundMs: 2000,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--minutes') args.minutes = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--format') args.format = value();
    else if (flag === '--cases') args.cases = Number(value());
    else if (flag === '--no-corpus') args.corpus = false;
    else if (flag === '--exiftool-every') args.exiftoolEvery = Number(value());
    else if (flag === '--bound-ms') args.boundMs = Number(value());
    else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bases = loadBases({ corpus: args.corpus, ...(args.format ? { format: args.format } : {}) });
  if (bases.length === 0) throw new Error('no base files for that format');
  console.log(`fuzz: seed ${args.seed}, ${bases.length} base files, ${args.minutes} min`);
  const report = await fuzz(bases, {
    seed: args.seed,
    ms: args.minutes * 60_000,
    ...(args.cases ? { maxCases: args.cases } : {}),
    exiftoolEvery: args.exiftoolEvery,
    boundMs: args.boundMs,
    progress: (r) => console.log(`  ${r.cases} cases, ${r.failures.length} failures`),
  });
  printReport(report);
  const written = await saveFailures(report.failures);
  for (const path of written) console.log(`  fixture: ${path}`);
  process.exitCode = report.failures.length > 0 ? 1 : 0;
}

function printReport(r: FuzzReport): void {
  console.log(`\ncases ${r.cases} in ${(r.elapsedMs / 1000).toFixed(0)} s (seed ${r.seed})`);
  console.log(`cleaned ${r.cleaned}; refused by code: ${JSON.stringify(r.refusals)}`);
  console.log(`exiftool judged ${r.exiftoolJudged} outputs`);
  for (const [format, t] of Object.entries(r.byFormat).sort()) {
    console.log(
      `  ${format.padEnd(6)} ${t.cases} cases, ${t.cleaned} cleaned, ${t.refused} refused`,
    );
  }
  console.log('slowest:');
  for (const s of r.slowest) {
    console.log(`  ${s.ms.toFixed(1)} ms  ${s.format} ${s.bytes} bytes (${s.mutations.join('+')})`);
  }
  console.log(`failures: ${r.failures.length}`);
  for (const f of r.failures.slice(0, 30)) {
    console.log(`  ${f.kind} ${f.format} (${f.mutations.join('+')}): ${f.detail}`);
  }
}

/** One minimised fixture per distinct (kind, format, detail); slow cases are kept as found. */
async function saveFailures(failures: readonly Failure[]): Promise<string[]> {
  const dir = join(PROJECT_ROOT, 'tests/fixtures/fuzz');
  const seen = new Set<string>();
  const written: string[] = [];
  for (const failure of failures) {
    const key = `${failure.kind}|${failure.format}|${failure.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reproduces = async (candidate: Uint8Array) => {
      const { verdict } = await runCase(candidate, failure.marker);
      return (
        verdict.kind === failure.kind && 'detail' in verdict && verdict.detail === failure.detail
      );
    };
    const small =
      failure.kind === 'crash' || failure.kind === 'leak'
        ? await minimise(failure.input, reproduces)
        : failure.input;
    const hash = createHash('sha256').update(small).digest('hex').slice(0, 8);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${failure.format}-${failure.kind}-${hash}.bin`);
    writeFileSync(path, small);
    written.push(path.slice(PROJECT_ROOT.length + 1));
  }
  return written;
}

await main();
