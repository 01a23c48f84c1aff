/** `veil clean` on videos: streamed to disk, JSON receipts, extensions kept or fixed. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, corpusFile } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';
import { videoLeaks } from './video-tools.ts';

const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const cli = join(PROJECT_ROOT, 'src/cli/main.ts');

describe('veil clean on videos', () => {
  it('cleans videos, keeps valid extensions and fixes lying ones', () => {
    const dir = tempDir();
    const mov = join(dir, 'clip.MOV');
    const lying = join(dir, 'holiday.jpg');
    copyFileSync(corpusFile('metadata-extractor-images/mov__with-gps.mov'), mov);
    copyFileSync(corpusFile('metadata-extractor-images/mp4__with-gps.mp4'), lying);
    const out = join(dir, 'out');
    const run = spawnSync(tsx, [cli, 'clean', '--json', '--out', out, mov, lying], {
      encoding: 'utf8',
      cwd: PROJECT_ROOT,
    });
    expect(run.status).toBe(0);
    const reports = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(reports[0]).toMatchObject({ ok: true, format: 'mov', output: join(out, 'clip.MOV') });
    expect(reports[1]).toMatchObject({ ok: true, format: 'mp4', output: join(out, 'holiday.mp4') });
    expect(reports[0]!.removed).toEqual(expect.arrayContaining(['Location (32.093, 34.862)']));
    expect(readdirSync(out).sort()).toEqual(['clip.MOV', 'holiday.mp4']);
    expect(videoLeaks(join(out, 'clip.MOV'))).toEqual([]);
    expect(existsSync(join(dir, 'clip.clean.MOV'))).toBe(false);
  });
});
