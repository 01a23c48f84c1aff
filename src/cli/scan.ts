/**
 * `veil scan`: checks text for identifying details with the same core the extension uses.
 *
 *   veil scan [--json] [--personal FILE] [--work FILE] [--region CC] [FILE|-]
 *   veil scan --jsonl FILE [--region CC]      lines {id, text, personal?, work?} -> {id, findings}
 *
 * --personal and --work files hold one entry per line. Scanned text is only ever written to
 * stdout as the findings the user asked for.
 */
import { readFileSync } from 'node:fs';
import { scanText, type Finding } from '../scan/index.ts';

export const SCAN_USAGE = `  veil scan [--json] [--personal FILE] [--work FILE] [--region CC] [FILE|-]
                                                 flag identifying details in text (stdin with -)
  veil scan --jsonl FILE [--region CC]           evaluation format: {id,text,personal?,work?} lines`;

function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

function readList(path: string): string[] {
  return readInput(path)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function formatPlain(findings: Finding[]): string {
  if (findings.length === 0) return 'No identifying details found.\n';
  return findings
    .map(
      (f) =>
        `${f.start}-${f.end}  ${f.severity.padEnd(6)} ${f.category}: ${JSON.stringify(f.text)}\n    ${f.reason}`,
    )
    .join('\n')
    .concat('\n');
}

interface JsonlLine {
  id?: unknown;
  text?: unknown;
  personal?: unknown;
  work?: unknown;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function runScan(args: string[]): number {
  let json = false;
  let jsonl: string | undefined;
  let personal: string[] = [];
  let work: string[] = [];
  let region: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') json = true;
    else if (arg === '--jsonl') jsonl = value();
    else if (arg === '--personal') personal = readList(value());
    else if (arg === '--work') work = readList(value());
    else if (arg === '--region') region = value().toUpperCase();
    else if (arg === '-' || !arg?.startsWith('--')) input = arg;
    else {
      process.stderr.write(`Unknown option: ${arg}\nUsage:\n${SCAN_USAGE}\n`);
      return 1;
    }
  }
  const base = region ? { defaultRegion: region } : {};
  if (jsonl !== undefined) {
    const out: string[] = [];
    for (const line of readInput(jsonl).split(/\r?\n/)) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as JsonlLine;
      const text = typeof row.text === 'string' ? row.text : '';
      const findings = scanText(text, {
        ...base,
        personal: strings(row.personal),
        work: strings(row.work),
      });
      out.push(JSON.stringify({ id: row.id, findings }));
    }
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }
  const text = readInput(input ?? '-');
  const findings = scanText(text, { ...base, personal, work });
  process.stdout.write(json ? `${JSON.stringify(findings)}\n` : formatPlain(findings));
  return 0;
}
