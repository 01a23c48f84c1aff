/**
 * Every file in the shared corpus goes through the cleaner: a verified clean output or a typed
 * refusal, never an exception. Real photos must be cleaned (not refused), and exiftool, as an
 * independent judge, must find nothing identifying in any output.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanImage } from '../../src/metadata/clean.ts';
import { STRIP_ERROR_CODES } from '../../src/metadata/errors.ts';
import { corpusFile, listCorpus } from '../helpers/corpus.ts';
import { identifyingTags, tempDir, type ExifToolTags } from '../helpers/tools.ts';

const files = listCorpus();
const isHostile = (f: string) => f.includes('fuzzing__');
const isVideo = (f: string) => /\.(mp4|mov|m4v|3gp)$/i.test(f);
const outDir = tempDir('veil-corpus-');
const outputs: string[] = [];

describe('the whole corpus', () => {
  it('has the files this suite relies on', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.filter(isHostile).length).toBeGreaterThan(90);
  });

  for (const [index, file] of files.entries()) {
    it(`${file}: cleaned and verified, or refused with a typed reason`, async () => {
      const input = new Uint8Array(readFileSync(corpusFile(file)));
      const result = await cleanImage(input);
      if (result.ok) {
        expect(result.output.length).toBeGreaterThan(0);
        expect(result.output.length).toBeLessThanOrEqual(input.length + 64);
        const out = join(outDir, `${index}.${result.format}`);
        writeFileSync(out, result.output);
        outputs.push(out);
      } else {
        expect(STRIP_ERROR_CODES).toContain(result.code);
        expect(result.detail.length).toBeGreaterThan(5);
        if (!isHostile(file) && !isVideo(file)) {
          throw new Error(`a real photo was refused: ${result.code}: ${result.detail}`);
        }
      }
    });
  }

  afterAll(() => {
    // One exiftool process for every output: the independent judge of what is left.
    if (outputs.length === 0) throw new Error('nothing was cleaned');
    const json = execFileSync('exiftool', ['-j', '-a', '-u', '-G1', '-ee', ...outputs], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const leaks = (JSON.parse(json) as ExifToolTags[])
      .map((tags) => ({ file: String(tags.SourceFile), leaked: identifyingTags(tags) }))
      .filter((r) => r.leaked.length > 0);
    expect(leaks).toEqual([]);
  });
});
