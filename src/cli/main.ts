/**
 * `veil` command line: the same core the extension uses, for files on disk.
 *
 *   npm run veil -- clean [--out DIR] [--json] FILE|DIR...
 *   npm run veil -- scan [--json] [--personal FILE] [--work FILE] [FILE|-]
 */
import { runClean } from './clean.ts';
import { SCAN_USAGE, runScan } from './scan.ts';

const USAGE = `Usage:
  veil clean [--out DIR] [--json] FILE|DIR...   remove identifying metadata from photos
${SCAN_USAGE}

Without --out, each clean copy is written beside its original as NAME.clean.EXT.
Exit codes: 0 every file was cleaned, 2 a file was refused (nothing written for it), 1 usage error.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'clean') return runClean(rest);
  if (command === 'scan') return runScan(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stderr.write(`${command ? `Unknown command: ${command}\n` : ''}${USAGE}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`veil: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
