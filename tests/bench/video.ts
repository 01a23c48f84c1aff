/**
 * The video benchmark: a 200 MB MP4 cleaned by Veil's CLI and by its core in-process, against
 * `exiftool -all=`, `ffmpeg -map_metadata -1 -c copy` and a plain `cp`, each as its own process
 * so time and peak memory (max RSS, tests/bench/memory.ts) are measured the same way.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { measure, medianOf } from './memory.ts';

export interface VideoRow {
  method: string;
  seconds: number;
  peakMb: number;
  /** Size of the file the last run wrote; null when the method writes none. */
  outBytes: number | null;
}

export function makeVideo(cache: string): string {
  const path = join(cache, 'phone-200mb.mp4');
  if (existsSync(path)) return path;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=1280x720:rate=30',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=48000',
    '-t',
    '100',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-qp',
    '4',
    '-c:a',
    'aac',
    '-metadata',
    'location=+51.6320-001.1230/',
    '-metadata',
    'make=samsung',
    '-metadata',
    'model=SM-G991B',
    '-metadata',
    'creation_time=2024-03-01T14:02:33Z',
    `${path}.tmp.mp4`,
  ]);
  execFileSync('mv', [`${path}.tmp.mp4`, path]);
  return path;
}

export function benchVideo(input: string, runs = 3): VideoRow[] {
  const outDir = join(tmpdir(), 'veil-bench-video');
  rmSync(outDir, { recursive: true, force: true });
  const out = join(outDir, 'out.mp4');
  const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const repeat = (cmd: string[]) => {
    const measured = medianOf(
      runs,
      () => measure(cmd),
      () => {
        rmSync(outDir, { recursive: true, force: true });
        execFileSync('mkdir', ['-p', outDir]);
      },
    );
    const written = readdirSync(outDir);
    const outBytes = written.length === 1 ? statSync(join(outDir, written[0]!)).size : null;
    return { ...measured, outBytes };
  };
  const rows: VideoRow[] = [
    {
      method: 'Veil core in Node (cleanFile + write, no CLI start-up)',
      ...repeat([
        process.execPath,
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'tests/bench/video-core.ts'),
        input,
        out,
      ]),
    },
    {
      method: 'Veil CLI (`npm run veil -- clean`, incl. tsx start-up)',
      ...repeat([tsx, join(PROJECT_ROOT, 'src/cli/main.ts'), 'clean', '--out', outDir, input]),
    },
    { method: 'exiftool -all=', ...repeat(['exiftool', '-q', '-q', '-all=', '-o', out, input]) },
    {
      method: 'ffmpeg -map_metadata -1 -c copy',
      ...repeat([
        'ffmpeg',
        '-v',
        'error',
        '-i',
        input,
        '-map',
        '0',
        '-map_metadata',
        '-1',
        '-c',
        'copy',
        out,
      ]),
    },
    { method: 'cp (plain copy, the floor)', ...repeat(['cp', input, out]) },
    {
      method: 'Node start-up alone (baseline for "extra" memory)',
      ...repeat([process.execPath, '--import', 'tsx', '-e', '0']),
    },
  ];
  rmSync(outDir, { recursive: true, force: true });
  return rows;
}
