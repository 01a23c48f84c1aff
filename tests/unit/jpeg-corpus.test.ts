/**
 * Every JPEG in the shared corpus through the real pipeline: a verified output or a typed
 * refusal, never a throw. Outputs are judged by exiftool (nothing identifying left, same
 * orientation, same ICC profile) and ImageMagick (same pixels, where the original decodes).
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripImage } from '../../src/metadata/clean.ts';
import type { StripSuccess } from '../../src/metadata/types.ts';
import { corpusFile } from '../helpers/corpus.ts';
import {
  containsText,
  exiftoolMany,
  orientationAndIcc,
  readBytes,
} from '../helpers/jpeg-fixtures.ts';
import { identifyingTags, pixelHashes, tempDir, writeTemp } from '../helpers/tools.ts';

const FOLDERS = ['exiftool', 'mat2', 'exif-samples', 'metadata-extractor-images'];
/** Real photographs with intact image data: their pixels must be compared, not skipped. */
const REAL_PHOTOS = [
  'mat2/dirty.jpg',
  'mat2/control_chars.jpg',
  'metadata-extractor-images/jpg__Panasonic_Lumix_DMC-LX7.jpg',
  'metadata-extractor-images/jpg__Android_Depth_Map.jpg',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `exif-samples/jpg__orientation__portrait_${n}.jpg`),
];

const corpusJpegs = FOLDERS.flatMap((folder) =>
  readdirSync(corpusFile(folder))
    .filter((name) => /\.jpe?g$/i.test(name))
    .map((name) => `${folder}/${name}`),
);

interface Cleaned {
  name: string;
  inputPath: string;
  outputPath: string;
  result: StripSuccess;
}

const cleaned: Cleaned[] = [];
const refused: string[] = [];

beforeAll(() => {
  const dir = tempDir('veil-jpeg-corpus-');
  for (const name of corpusJpegs) {
    const inputPath = corpusFile(name);
    const outcome = stripImage(readBytes(inputPath));
    if (!outcome.ok) {
      refused.push(`${name}: ${outcome.code}`);
      continue;
    }
    const outputPath = writeTemp(outcome.result.output, name.replace('/', '__'), dir);
    cleaned.push({ name, inputPath, outputPath, result: outcome.result });
  }
});

describe('the shared corpus', () => {
  it('finds the JPEGs and cleans every one of them', () => {
    expect(corpusJpegs.length).toBeGreaterThanOrEqual(50);
    expect(refused).toEqual([]);
  });

  it('leaves nothing exiftool calls identifying', () => {
    const tags = exiftoolMany(cleaned.map((c) => c.outputPath));
    expect(tags.size).toBe(cleaned.length);
    for (const c of cleaned) {
      const found = tags.get(c.outputPath);
      expect(found, c.name).toBeDefined();
      expect(identifyingTags(found ?? {}), c.name).toEqual([]);
    }
  });

  it('keeps the orientation and the ICC profile byte for byte', () => {
    const before = orientationAndIcc(cleaned.map((c) => c.inputPath));
    const after = orientationAndIcc(cleaned.map((c) => c.outputPath));
    let withIcc = 0;
    let rotated = 0;
    for (const c of cleaned) {
      const was = before.get(c.inputPath);
      const now = after.get(c.outputPath);
      expect(was, c.name).toBeDefined();
      expect(now, c.name).toEqual(was);
      if (was && was.orientation !== 1) rotated++;
      if (was?.icc) withIcc++;
    }
    expect(withIcc).toBeGreaterThanOrEqual(9);
    expect(rotated).toBeGreaterThanOrEqual(9);
  });

  it('decodes to the same pixels wherever the original decodes', () => {
    const compared: string[] = [];
    for (const c of cleaned) {
      let original: string[];
      try {
        original = pixelHashes(c.inputPath);
      } catch {
        continue; // exiftool's samples mostly have their image data stripped
      }
      if (original.length === 0) continue;
      expect(pixelHashes(c.outputPath), c.name).toEqual(original);
      compared.push(c.name);
    }
    expect(compared).toEqual(expect.arrayContaining(REAL_PHOTOS));
  });

  it('leaves no metadata signatures in the bytes', () => {
    for (const c of cleaned) {
      for (const text of ['http://ns.adobe.com', 'Photoshop 3.0', 'MPF\0', 'ftyp', 'FPXR']) {
        expect(containsText(c.result.output, text), `${c.name}: ${text}`).toBe(false);
      }
    }
  });

  it('names what it removed from the well-known samples', () => {
    const removedKinds = (name: string): string[] =>
      cleaned.find((c) => c.name === name)?.result.removed.map((p) => p.kind) ?? [];
    expect(removedKinds('exiftool/ExifTool.jpg')).toEqual(
      expect.arrayContaining([
        'exif',
        'xmp',
        'thumbnail',
        'multi_picture_index',
        'photoshop',
        'iptc',
        'comment',
        'provenance',
        'vendor',
        'trailer',
      ]),
    );
    expect(removedKinds('mat2/dirty.jpg')).toContain('comment');
    expect(removedKinds('exiftool/GPS.jpg')).toEqual(expect.arrayContaining(['exif', 'iptc']));
    expect(removedKinds('metadata-extractor-images/jpg__Android_Depth_Map.jpg')).toEqual(
      expect.arrayContaining(['exif', 'xmp']),
    );
    expect(removedKinds('metadata-extractor-images/jpg__Panasonic_Lumix_DMC-LX7.jpg')).toEqual(
      expect.arrayContaining(['multi_picture_index', 'embedded_image']),
    );
  });
});
