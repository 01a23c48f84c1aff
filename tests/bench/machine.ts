/** The machine and tool versions a benchmark ran with, for the top of docs/BENCHMARKS.md. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  exiftool: string;
  piexifjs: string;
  /** One-minute load average when the benchmark started: other work on the machine. */
  loadAtStart: number;
}

function osName(): string {
  const file = '/etc/os-release';
  const pretty = existsSync(file)
    ? /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync(file, 'utf8'))?.[1]
    : undefined;
  return `${pretty ?? process.platform}, Linux ${release()}`;
}

export function describeMachine(): Machine {
  const piexifPackage = join(PROJECT_ROOT, 'node_modules/piexifjs/package.json');
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    exiftool: spawnSync('exiftool', ['-ver'], { encoding: 'utf8' }).stdout.trim(),
    piexifjs: (JSON.parse(readFileSync(piexifPackage, 'utf8')) as { version: string }).version,
    loadAtStart: loadavg()[0]!,
  };
}

/** The machine as Markdown list items; `chromium` is the version the canvas method ran in. */
export function machineLines(m: Machine, chromium: string): string[] {
  return [
    `- CPU: ${m.cpu}, ${m.cores} cores; RAM: ${m.ramGiB} GiB`,
    `- OS: ${m.os}`,
    `- Node ${m.node}; Chromium ${chromium} (headless, \`--disable-gpu\`); ExifTool ${m.exiftool}; piexifjs ${m.piexifjs}`,
    `- Load average (1 min): ${m.loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end (above 0 means other work was running: times are noisier)`,
  ];
}

/** One line for the README, under its table. */
export function machineSummary(m: Machine, chromium: string): string {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB; ${m.os}; Node ${m.node}; Chromium ${chromium}; ExifTool ${m.exiftool}; piexifjs ${m.piexifjs}`;
}
