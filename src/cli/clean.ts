/**
 * `veil clean`: clean files (or every file in folders) and print a receipt for each. Files are
 * read through a file-handle ByteSource and the cleaned copy is streamed to disk, so a video of
 * several gigabytes is never held in memory.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanFile, type FileCleanResult } from '../metadata/clean-file.ts';
import type { FormatId } from '../metadata/types.ts';
import { openFileSource, writePlan } from './file-source.ts';

const EXTENSIONS: Record<FormatId, string[]> = {
  jpeg: ['.jpg', '.jpeg', '.jpe', '.jfif'],
  png: ['.png', '.apng'],
  webp: ['.webp'],
  gif: ['.gif'],
  heif: ['.heic', '.heif', '.hif'],
  avif: ['.avif'],
  mp4: ['.mp4', '.m4v', '.3gp', '.3g2', '.3gpp', '.m4a'],
  mov: ['.mov', '.qt'],
};

/** The usual extension for a video's MIME type, when the input's own does not fit. */
const VIDEO_EXTENSIONS: Record<string, string> = {
  'video/x-m4v': '.m4v',
  'video/3gpp': '.3gp',
  'video/3gpp2': '.3g2',
  'audio/mp4': '.m4a',
};

export interface CleanReport {
  input: string;
  output: string | null;
  ok: boolean;
  format: FormatId | null;
  removed: string[];
  kept: string[];
  bytesBefore: number;
  bytesAfter: number | null;
  code?: string;
  error?: string;
}

export async function runClean(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) {
    process.stderr.write('veil clean: name at least one file or folder\n');
    return 1;
  }
  const outDir = values.out ? resolve(values.out) : null;
  if (outDir) mkdirSync(outDir, { recursive: true });
  const reports: CleanReport[] = [];
  const taken = new Set<string>();
  for (const input of expand(positionals)) {
    reports.push(await cleanOne(input, outDir, taken));
    if (!values.json) printReport(reports[reports.length - 1]!);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return reports.every((r) => r.ok) ? 0 : 2;
}

function expand(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, depth: number): void => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      files.push(path); // reported as unreadable below
    } else if (stat.isDirectory()) {
      if (depth > 32) return;
      for (const name of readdirSync(path).sort()) {
        if (!name.startsWith('.')) visit(join(path, name), depth + 1);
      }
    } else {
      files.push(path);
    }
  };
  for (const p of paths) visit(p, 0);
  return files;
}

async function cleanOne(
  input: string,
  outDir: string | null,
  taken: Set<string>,
): Promise<CleanReport> {
  let opened: Awaited<ReturnType<typeof openFileSource>>;
  try {
    opened = await openFileSource(input);
  } catch {
    return refused(input, 0, null, 'unreadable', 'the file could not be read');
  }
  const { source } = opened;
  try {
    const result: FileCleanResult = await cleanFile(source);
    if (!result.ok) return refused(input, source.size, result.format, result.code, result.detail);
    const output = outputPath(input, result.format, result.mime, outDir, taken);
    try {
      await writePlan(output, result.plan, source);
    } catch {
      return refused(
        input,
        source.size,
        result.format,
        'unreadable',
        'the clean copy could not be written',
      );
    }
    return {
      input,
      output,
      ok: true,
      format: result.format,
      removed: result.removed.map((l) => l.text),
      kept: result.kept.map((l) => l.text),
      bytesBefore: source.size,
      bytesAfter: result.outputSize,
    };
  } finally {
    await opened.close();
  }
}

function refused(
  input: string,
  size: number,
  format: FormatId | null,
  code: string,
  error: string,
): CleanReport {
  return {
    input,
    output: null,
    ok: false,
    format,
    removed: [],
    kept: [],
    bytesBefore: size,
    bytesAfter: null,
    code,
    error,
  };
}

/** Keep the name, fix an extension that lies about the format, never overwrite an original. */
function outputPath(
  input: string,
  format: FormatId,
  mime: string,
  outDir: string | null,
  taken: Set<string>,
): string {
  const ext = extname(input);
  const stem = basename(input, ext);
  const fallback = VIDEO_EXTENSIONS[mime] ?? EXTENSIONS[format][0]!;
  const realExt = EXTENSIONS[format].includes(ext.toLowerCase()) ? ext : fallback;
  const dir = outDir ?? dirname(input);
  const suffix = outDir && resolve(dir) !== resolve(dirname(input)) ? '' : '.clean';
  let candidate = join(dir, `${stem}${suffix}${realExt}`);
  for (let n = 2; taken.has(candidate) || resolve(candidate) === resolve(input); n++) {
    candidate = join(dir, `${stem}${suffix}-${n}${realExt}`);
  }
  taken.add(candidate);
  return candidate;
}

function printReport(r: CleanReport): void {
  const out = process.stdout;
  if (!r.ok) {
    out.write(`✘ ${r.input}\n    held back: ${r.error}\n`);
    return;
  }
  out.write(
    `✔ ${r.input} → ${r.output}  (${r.format?.toUpperCase()}, ${size(r.bytesBefore)} → ${size(r.bytesAfter ?? 0)})\n`,
  );
  out.write(
    `    Removed: ${r.removed.length ? r.removed.join('; ') : 'nothing identifying found'}\n`,
  );
  if (r.kept.length) out.write(`    Kept:    ${r.kept.join('; ')}\n`);
}

function size(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
