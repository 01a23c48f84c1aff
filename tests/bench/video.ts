/**
 * The video benchmark: a 200 MB MP4 cleaned by Veil's CLI and by its core in-process, against
 * `exiftool -all=`, `ffmpeg -map_metadata -1 -c copy` and a plain `cp`, each as its own process
 * so time and peak memory (max RSS) are measured the same way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

export interface VideoRow {
  method: string;
  seconds: number;
  peakMb: number;
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

/** Runs a command as a child of a tiny Python parent that reports the child's max RSS. */
function measure(cmd: string[]): { seconds: number; peakMb: number } {
  const script =
    'import resource,subprocess,sys,time\n' +
    't=time.monotonic(); r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n' +
    'e=time.monotonic()-t\n' +
    'print(r.returncode, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  const out = spawnSync('python3', ['-c', script, ...cmd], { encoding: 'utf8', cwd: PROJECT_ROOT });
  const [code, seconds, maxRssKb] = out.stdout.trim().split(' ').map(Number);
  if (code !== 0) throw new Error(`${cmd[0]} failed in the video benchmark`);
  return { seconds: seconds!, peakMb: maxRssKb! / 1024 };
}

function median(rows: Array<{ seconds: number; peakMb: number }>) {
  const by = (k: 'seconds' | 'peakMb') =>
    [...rows.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
  return { seconds: by('seconds'), peakMb: by('peakMb') };
}

export function benchVideo(input: string, runs = 3): VideoRow[] {
  const outDir = join(tmpdir(), 'veil-bench-video');
  rmSync(outDir, { recursive: true, force: true });
  const out = join(outDir, 'out.mp4');
  const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const repeat = (cmd: string[]) =>
    median(
      Array.from({ length: runs }, () => {
        rmSync(outDir, { recursive: true, force: true });
        execFileSync('mkdir', ['-p', outDir]);
        return measure(cmd);
      }),
    );
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
