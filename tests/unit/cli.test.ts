import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { exiftool, identifyingTags, tempDir } from '../helpers/tools.ts';

const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const cli = join(PROJECT_ROOT, 'src/cli/main.ts');
const sample = join(PROJECT_ROOT, 'samples/sample-photo.jpg');

function veil(args: string[]) {
  return spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });
}

describe('veil clean', () => {
  it('cleans a batch, prints one JSON array, and exits 2 when any file is refused', () => {
    const dir = tempDir();
    const notAPhoto = join(dir, 'notes.jpg');
    writeFileSync(notAPhoto, 'this is text pretending to be a photo');
    const out = join(dir, 'out');
    const run = veil(['clean', '--json', '--out', out, sample, notAPhoto]);
    expect(run.status).toBe(2);
    const reports = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(reports).toHaveLength(2);
    const [good, bad] = reports;
    expect(good).toMatchObject({ input: sample, ok: true, format: 'jpeg' });
    expect(good!.removed).toEqual(expect.arrayContaining(['Location (51.632, \u22121.123)']));
    expect(good!.kept).toEqual(expect.arrayContaining(['Orientation (rotated 90°)']));
    expect(existsSync(good!.output as string)).toBe(true);
    expect(identifyingTags(exiftool(good!.output as string))).toEqual([]);
    expect(bad).toMatchObject({
      input: notAPhoto,
      ok: false,
      output: null,
      code: 'unsupported_format',
    });
    expect(typeof bad!.error).toBe('string');
    // Nothing is written for the refused file.
    expect(readdirSync(out)).toEqual(['sample-photo.jpg']);
  });

  it('exits 0 when every file was cleaned and writes beside the original without --out', () => {
    const dir = tempDir();
    const copy = join(dir, 'IMG_0001.JPG');
    writeFileSync(copy, execFileSync('cat', [sample]));
    const run = veil(['clean', copy]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Removed:');
    expect(existsSync(join(dir, 'IMG_0001.clean.JPG'))).toBe(true);
  });

  it('fixes an extension that lies about the format', () => {
    const dir = tempDir();
    const lying = join(dir, 'photo.png');
    writeFileSync(lying, execFileSync('cat', [sample]));
    const run = veil(['clean', '--json', '--out', join(dir, 'out'), lying]);
    expect(run.status).toBe(0);
    const [report] = JSON.parse(run.stdout) as Array<{ output: string }>;
    expect(report!.output.endsWith('photo.jpg')).toBe(true);
  });

  it('exits 1 with usage on a missing command', () => {
    const run = veil([]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Usage');
  });
});
