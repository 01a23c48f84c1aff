/**
 * The page's cleaned photo is built from slices of the picked file where the image data was
 * kept untouched; its bytes must be exactly the verified output, for every still-image format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripImage } from '../../src/metadata/strip-image.ts';
import { planFromParts } from '../../src/upload/blob-source.ts';
import { cleanUpload } from '../../src/upload/clean-upload.ts';
import { NeutralNames } from '../../src/upload/file-names.ts';
import { corpusFile, listCorpus } from '../helpers/corpus.ts';

const STILL = /\.(jpe?g|png|webp|gif)$/i;

describe('a cleaned photo built from slices of the original', () => {
  const files = listCorpus()
    .filter((path) => STILL.test(path) && !path.includes('fuzzing__'))
    .slice(0, 60);

  it('has exactly the verified output bytes, for every corpus JPEG, PNG, WebP and GIF', async () => {
    let compared = 0;
    for (const path of files) {
      const bytes = new Uint8Array(readFileSync(corpusFile(path)));
      const expected = stripImage(bytes.slice());
      const outcome = await cleanUpload(new File([bytes], 'x', { type: '' }), {
        names: new NeutralNames(),
        anonymiseNames: true,
      });
      if (!expected.ok) {
        expect(outcome.kind, path).toBe('held');
        continue;
      }
      expect(outcome.kind, path).toBe('cleaned');
      if (outcome.kind !== 'cleaned') continue;
      const got = new Uint8Array(await outcome.file.arrayBuffer());
      expect(Buffer.from(got).equals(Buffer.from(expected.result.output)), path).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('writing a JPEG in place over its own input gives the same output and receipt payloads', () => {
    let inPlace = 0;
    for (const path of files.filter((p) => /\.jpe?g$/i.test(p))) {
      const bytes = new Uint8Array(readFileSync(corpusFile(path)));
      const copied = stripImage(bytes.slice());
      const input = bytes.slice();
      const reused = stripImage(input, { reuseInput: true });
      expect(reused.ok, path).toBe(copied.ok);
      if (!reused.ok || !copied.ok) continue;
      const { output, removed } = reused.result;
      expect(Buffer.from(output).equals(Buffer.from(copied.result.output)), path).toBe(true);
      expect(removed.map((r) => r.payload && Buffer.from(r.payload).toString('hex'))).toEqual(
        copied.result.removed.map((r) => r.payload && Buffer.from(r.payload).toString('hex')),
      );
      if (output.buffer === input.buffer) inPlace++;
    }
    // Most camera JPEGs have room: the in-place path is really taken, not just the fallback.
    expect(inPlace).toBeGreaterThan(10);
  });

  it('merges neighbouring views, keeps new bytes, and refuses pieces that do not add up', () => {
    const input = new Uint8Array(100).map((_, i) => i);
    const header = Uint8Array.of(1, 2, 3);
    const parts = [header, input.subarray(10, 40), input.subarray(40, 90), Uint8Array.of(9)];
    expect(planFromParts(input, parts, 84)).toEqual([
      { from: 'bytes', data: header },
      { from: 'source', offset: 10, length: 80 },
      { from: 'bytes', data: Uint8Array.of(9) },
    ]);
    expect(planFromParts(input, parts, 85)).toBeNull();
    // A view of some other buffer is copied as bytes, never read from the original file.
    const other = new Uint8Array(100).subarray(10, 40);
    expect(planFromParts(input, [other], 30)).toEqual([{ from: 'bytes', data: other }]);
  });
});
