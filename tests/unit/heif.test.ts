/**
 * HEIF/HEIC and AVIF on real phone files from the shared corpus and on fixtures made here with
 * heif-enc, avifenc and exiftool. Judges: exiftool (metadata left), ImageMagick through libheif
 * (decoded pixels, with irot/imir applied), and a separate box lister (structure).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanImage } from '../../src/metadata/clean.ts';
import type { CleanResult } from '../../src/metadata/types.ts';
import { stripImage } from '../../src/metadata/clean.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { containsBytes, listHeif } from '../helpers/isobmff-lister.ts';
import { exiftool, identifyingTags, pixelHashes, tempDir, writeTemp } from '../helpers/tools.ts';

type Cleaned = Extract<CleanResult, { ok: true }>;

const ALPHA_URNS = ['urn:mpeg:mpegB:cicp:systems:auxiliary:alpha', 'urn:mpeg:hevc:2015:auxid:1'];

/**
 * The shared judge flags any tag name containing "Depth" (meant for depth maps); these four are
 * the bit depths exiftool reads from hvcC, av1C and pixi, i.e. codec configuration.
 */
const CODEC_BIT_DEPTH_TAGS = new Set([
  'QuickTime:BitDepthLuma',
  'QuickTime:BitDepthChroma',
  'QuickTime:ImagePixelDepth',
  'QuickTime:HighBitDepth',
]);

function leftoverTags(path: string): string[] {
  return identifyingTags(exiftool(path)).filter((t) => !CODEC_BIT_DEPTH_TAGS.has(t));
}

/** Pixels including alpha: ImageMagick's HEIC reader here ignores alpha, heif-convert does not. */
function heifConvertHash(path: string): string {
  const png = join(tempDir('veil-heif-png-'), 'decoded.png');
  execFileSync('heif-convert', [path, png], { stdio: 'ignore' });
  return pixelHashes(png).join();
}

function iccProfile(path: string): string {
  return execFileSync('exiftool', ['-icc_profile', '-b', path], { encoding: 'latin1' });
}

/** The independent structural judgement every cleaned HEIF/AVIF must pass. */
function expectCleanStructure(output: Uint8Array): void {
  const listing = listHeif(output);
  expect(listing.topLevel.filter((t) => t !== 'mdat')).toEqual(['ftyp', 'meta']);
  expect(listing.topLevel.filter((t) => t === 'mdat').length).toBeLessThanOrEqual(1);
  for (const type of listing.itemTypes)
    expect(['hvc1', 'av01', 'grid', 'iden', 'iovl']).toContain(type);
  expect(listing.itemNames).toEqual([]);
  for (const type of listing.referenceTypes) expect(['dimg', 'auxl', 'prem']).toContain(type);
  for (const urn of listing.auxTypes) expect(ALPHA_URNS).toContain(urn);
  const markers = [
    'ftypmp4',
    'ftypisom',
    'moov',
    'http://ns.adobe.com',
    'adobe:ns:meta',
    'xmpmeta',
  ];
  for (const marker of [...markers, 'Exif\0\0', 'mpvd', 'sefd']) {
    expect(containsBytes(output, marker), marker).toBe(false);
  }
}

async function cleanFile(
  path: string,
): Promise<{ input: Uint8Array; result: Cleaned; out: string }> {
  const input = new Uint8Array(readFileSync(path));
  const result = await cleanImage(input);
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.detail}`);
  return { input, result, out: writeTemp(result.output, 'out.' + path.split('.').pop()) };
}

const REAL_PHOTOS = [
  ['exif-samples/heic__mobile__iphone_13_pro_max.HEIC', 'heif'],
  ['mat2/dirty.heic', 'heif'],
  ['mat2/dirty.avif', 'avif'],
  ['metadata-extractor-images/heic__exif-at-eof.heic', 'heif'],
  ['test-assets/motionphoto__samsung-one-ui-6.heic', 'heif'],
  ['test-assets/avif__8bit-sRGB.avif', 'avif'],
] as const;

describe('HEIF/AVIF corpus', () => {
  it.each(REAL_PHOTOS)(
    '%s is cleaned losslessly with nothing identifying left',
    async (rel, format) => {
      const path = corpusFile(rel);
      const { input, result, out } = await cleanFile(path);
      expect(result.format).toBe(format);
      expect(leftoverTags(out)).toEqual([]);
      expect(pixelHashes(out)).toEqual(pixelHashes(path));
      expect(iccProfile(out)).toBe(iccProfile(path));
      expectCleanStructure(result.output);
      expect(result.output.length).toBeLessThanOrEqual(input.length);
    },
  );

  it('iPhone 13 Pro Max: grid kept; thumbnail, gain map, Exif, XMP removed; irot, ICC kept', () => {
    const path = corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC');
    const input = new Uint8Array(readFileSync(path));
    expect(containsBytes(input, 'adobe:ns:meta')).toBe(true); // the marker test can see XMP
    const before = listHeif(input);
    expect(before.referenceTypes).toEqual(expect.arrayContaining(['thmb', 'auxl', 'cdsc']));
    const stripped = stripImage(input);
    if (!stripped.ok) throw new Error(stripped.detail);
    const { removed, kept, output } = stripped.result;
    const kinds = removed.map((p) => `${p.kind}:${p.detail ?? ''}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'thumbnail:thumbnail image',
        'embedded_image:HDR gain map',
        'exif:',
        'xmp:',
      ]),
    );
    const exif = removed.find((p) => p.kind === 'exif')!;
    expect(String.fromCharCode(...exif.payload!.subarray(0, 2))).toMatch(/II|MM/);
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'orientation', value: 6 }),
        expect.objectContaining({ kind: 'colour_profile' }),
      ]),
    );
    const after = listHeif(output);
    expect(after.itemTypes.filter((t) => t === 'grid')).toHaveLength(1);
    expect(after.itemTypes.filter((t) => t === 'hvc1')).toHaveLength(48);
    expect(after.propertyTypes).toEqual(expect.arrayContaining(['irot', 'colr', 'hvcC', 'ispe']));
    expect(after.auxTypes).toEqual([]);
  });

  it('Samsung motion photo: the mpvd video and sefd trailer are removed', () => {
    const path = corpusFile('test-assets/motionphoto__samsung-one-ui-6.heic');
    const input = new Uint8Array(readFileSync(path));
    expect(listHeif(input).topLevel).toEqual(expect.arrayContaining(['mpvd', 'sefd']));
    expect(containsBytes(input, 'ftypmp42')).toBe(true); // the embedded MP4 the marker test seeks
    const stripped = stripImage(input);
    if (!stripped.ok) throw new Error(stripped.detail);
    const video = stripped.result.removed.find((p) => p.kind === 'embedded_video');
    expect(video?.size).toBeGreaterThan(3_000_000);
  });

  it('exiftool QuickTime.heic (image data stripped): cleaned or refused, never throws', async () => {
    const input = new Uint8Array(readFileSync(corpusFile('exiftool/QuickTime.heic')));
    const result = await cleanImage(input);
    if (result.ok) {
      expectCleanStructure(result.output);
      expect(listHeif(result.output).referenceTypes).not.toContain('thmb');
    } else expect(result.code).toBeTypeOf('string');
  });
});

describe('HEIF/AVIF fixtures made with heif-enc, avifenc and exiftool', () => {
  const dir = tempDir('veil-heif-');
  const file = (name: string) => join(dir, name);
  const tag = (...args: string[]) =>
    execFileSync('exiftool', ['-q', '-overwrite_original', ...args]);
  const identifying = [
    '-GPSLatitude=51.5',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=0.12',
    '-GPSLongitudeRef=W',
    '-Make=Acme',
    '-Model=Phone9',
    '-SerialNumber=SN123',
    '-XMP-dc:Creator=Jane Smith',
  ];

  beforeAll(() => {
    execFileSync('convert', ['-size', '64x48', '-seed', '7', 'plasma:red-blue', file('src.jpg')]);
    tag(...identifying, file('src.jpg'));
    execFileSync('heif-enc', ['-q', '60', '-t', '32', file('src.jpg'), '-o', file('thumb.heic')]);
    tag('-DateTimeOriginal=2024:01:02 03:04:05', file('thumb.heic'));
    execFileSync('convert', [
      ...['-size', '64x48', '-seed', '3', 'plasma:green-yellow'],
      ...['(', '-size', '64x48', 'gradient:white-black', ')'],
      ...[
        '-alpha',
        'off',
        '-compose',
        'CopyOpacity',
        '-composite',
        '-depth',
        '8',
        file('alpha.png'),
      ],
    ]);
    execFileSync('heif-enc', ['-q', '60', file('alpha.png'), '-o', file('alpha.heic')]);
    tag(...identifying, file('alpha.heic'));
    execFileSync('avifenc', [
      '-d',
      '8',
      '--irot',
      '1',
      '--imir',
      '0',
      file('alpha.png'),
      file('rot.avif'),
    ]);
    tag(...identifying, file('rot.avif'));
  });

  it.each(['thumb.heic', 'alpha.heic', 'rot.avif'])(
    '%s: metadata gone, pixels identical',
    async (name) => {
      expect(leftoverTags(file(name))).toEqual(
        expect.arrayContaining(['GPS:GPSLatitude', 'IFD0:Make', 'XMP-dc:Creator']),
      );
      const { result, out } = await cleanFile(file(name));
      expect(leftoverTags(out)).toEqual([]);
      expect(pixelHashes(out)).toEqual(pixelHashes(file(name)));
      expectCleanStructure(result.output);
    },
  );

  it('keeps the alpha plane of a HEIC (grid alpha with auxl to the primary)', async () => {
    const { result, out } = await cleanFile(file('alpha.heic'));
    expect(listHeif(result.output).auxTypes).toEqual(['urn:mpeg:hevc:2015:auxid:1']);
    expect(execFileSync('heif-info', [out], { encoding: 'utf8' })).toMatch(/alpha channel: yes/);
    expect(heifConvertHash(out)).toBe(heifConvertHash(file('alpha.heic')));
  });

  it('keeps the AVIF alpha plane and irot/imir, and reports the orientation', async () => {
    const { result } = await cleanFile(file('rot.avif'));
    const listing = listHeif(result.output);
    expect(listing.auxTypes).toEqual(['urn:mpeg:mpegB:cicp:systems:auxiliary:alpha']);
    expect(listing.referenceTypes).toEqual(['auxl']);
    expect(listing.propertyTypes).toEqual(expect.arrayContaining(['irot', 'imir']));
    expect(result.kept.map((k) => k.category)).toContain('orientation');
  });

  it('removes the heif-enc thumbnail item', () => {
    const input = new Uint8Array(readFileSync(file('thumb.heic')));
    expect(listHeif(input).referenceTypes).toContain('thmb');
    const stripped = stripImage(input);
    if (!stripped.ok) throw new Error(stripped.detail);
    expect(stripped.result.removed.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['thumbnail', 'exif', 'xmp']),
    );
    expect(listHeif(stripped.result.output).itemTypes).toHaveLength(2); // 1x1 grid + its tile
  });
});
