/**
 * The independent judge for a sample of fuzz outputs: exiftool run once over a folder of them
 * (one process per batch, not per file), each file's tags checked with `identifyingTags`.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { identifyingTags, tempDir, type ExifToolTags } from '../helpers/tools.ts';
import { videoLeakTags } from '../unit/video/video-tools.ts';

const run = promisify(execFile);

const VIDEO_FORMATS = new Set(['mp4', 'mov']);

/**
 * Indexes (into `outputs`) of the files exiftool finds identifying tags in, with the tags.
 * Photos are judged by `identifyingTags`; videos by `videoLeakTags`, which allows the
 * structural QuickTime/Track tags and zeroed dates every MP4 has.
 */
export async function exiftoolFindings(
  outputs: readonly { bytes: Uint8Array; format: string }[],
): Promise<Map<number, string[]>> {
  const findings = new Map<number, string[]>();
  if (outputs.length === 0) return findings;
  const dir = tempDir('veil-fuzz-judge-');
  try {
    const paths = outputs.map(({ bytes }, i) => {
      const path = join(dir, `${i}.bin`);
      writeFileSync(path, bytes);
      return path;
    });
    // exiftool exits 1 when a file has an error it reports in the JSON: read stdout either way.
    const args = ['-j', '-a', '-u', '-G1', '-ee', '-api', 'LargeFileSupport=1', ...paths];
    let stdout: string;
    try {
      stdout = (await run('exiftool', args, { maxBuffer: 256 * 1024 * 1024 })).stdout;
    } catch (error) {
      stdout = (error as { stdout?: string }).stdout ?? '[]';
    }
    const parsed = JSON.parse(stdout || '[]') as ExifToolTags[];
    for (const tags of parsed) {
      const source = String(tags.SourceFile ?? '');
      const index = Number(source.slice(source.lastIndexOf('/') + 1, -'.bin'.length));
      const video = VIDEO_FORMATS.has(outputs[index]?.format ?? '');
      const found = video ? videoLeakTags(tags) : identifyingTags(tags);
      if (found.length > 0 && Number.isInteger(index)) findings.set(index, found);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return findings;
}
