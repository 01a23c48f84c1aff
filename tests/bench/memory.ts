/**
 * Peak memory, measured the same way for every method that runs as its own process: the
 * command runs as the child of a tiny Python parent that reports the child's max RSS
 * (getrusage RUSAGE_CHILDREN). Used by the video benchmark and by the image memory table.
 *
 * For images each method runs once on the file in a fresh process; "extra" is its peak minus
 * the median peak of a baseline process of the same kind that does no cleaning:
 * - Node methods (Veil, piexifjs, plain copy): `image-once.ts none`, which loads the same
 *   modules and reads the file, so "extra" is what the method adds with the bytes in hand.
 * - exiftool: `exiftool -ver` (Perl and ExifTool loaded, no file read).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import type { BenchInput } from './inputs.ts';

export interface Measured {
  seconds: number;
  peakMb: number;
}

/** Runs `cmd` (stdout and stderr discarded) and returns its wall time and max RSS. */
export function measure(cmd: string[]): Measured {
  const script =
    'import resource,subprocess,sys,time\n' +
    't=time.monotonic(); r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n' +
    'e=time.monotonic()-t\n' +
    'print(r.returncode, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  const out = spawnSync('python3', ['-c', script, ...cmd], { encoding: 'utf8', cwd: PROJECT_ROOT });
  const [code, seconds, maxRssKb] = out.stdout.trim().split(' ').map(Number);
  if (code !== 0) throw new Error(`${cmd[0]} failed in a memory benchmark`);
  return { seconds: seconds!, peakMb: maxRssKb! / 1024 };
}

/** Median of each field over `runs` measurements, `before` run ahead of each one. */
export function medianOf(runs: number, run: () => Measured, before = () => {}): Measured {
  const rows = Array.from({ length: runs }, () => {
    before();
    return run();
  });
  const by = (k: keyof Measured) =>
    [...rows.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
  return { seconds: by('seconds'), peakMb: by('peakMb') };
}

export interface MemoryRow {
  /** The method's name as the speed table spells it. */
  method: string;
  peakMb: number;
  extraMb: number;
}

export interface ImageMemory {
  rows: MemoryRow[];
  /** Peak of the baseline processes (see the top of this file). */
  nodeBaseMb: number;
  exiftoolBaseMb: number;
}

const RUNS = 3;

/** Peak and extra memory of each image method that runs outside the browser, on one file. */
export function imageMemory(input: BenchInput): ImageMemory {
  const outDir = join(tmpdir(), 'veil-bench-memory');
  const out = join(outDir, `out${input.path.slice(input.path.lastIndexOf('.'))}`);
  const fresh = () => {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
  };
  const node = (method: string) =>
    medianOf(RUNS, () =>
      measure([
        process.execPath,
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'tests/bench/image-once.ts'),
        method,
        input.path,
      ]),
    );
  const nodeBase = node('none').peakMb;
  const exifBase = medianOf(RUNS, () => measure(['exiftool', '-ver'])).peakMb;
  const rows: MemoryRow[] = [];
  const add = (method: string, peakMb: number, base: number) =>
    rows.push({ method, peakMb, extraMb: Math.max(0, peakMb - base) });
  add('Veil (sniff, strip, verify)', node('veil').peakMb, nodeBase);
  add('Veil with receipt', node('receipt').peakMb, nodeBase);
  if (input.kind === 'jpeg') {
    add('piexifjs remove() (binary string in hand)', node('piexif').peakMb, nodeBase);
  }
  const exif = medianOf(
    RUNS,
    () => measure(['exiftool', '-q', '-q', '-all=', '-o', out, input.path]),
    fresh,
  );
  add('exiftool -all= (one process per file)', exif.peakMb, exifBase);
  add('Uint8Array.slice (plain copy, the floor)', node('copy').peakMb, nodeBase);
  rmSync(outDir, { recursive: true, force: true });
  return { rows, nodeBaseMb: nodeBase, exiftoolBaseMb: exifBase };
}
