/**
 * Benchmark inputs, made once into a cache folder: camera-like JPEGs of about 4 and 12 MB and a
 * 10 MB PNG (plasma plus noise, so they compress like photos), each tagged with EXIF, GPS, XMP
 * and a thumbnail by exiftool; and the real iPhone HEIC from the shared corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFile } from '../helpers/corpus.ts';

export interface BenchInput {
  label: string;
  path: string;
  kind: 'jpeg' | 'heic' | 'png';
}

export const BENCH_CACHE = join(tmpdir(), 'veil-bench-inputs-v2');
const CACHE = BENCH_CACHE;

const TAGS = [
  '-Make=Canon',
  '-Model=Canon EOS R6',
  '-SerialNumber=0123456789',
  '-OwnerName=Bench Owner',
  '-DateTimeOriginal=2024:03:01 14:02:33',
  '-GPSLatitude=51.632',
  '-GPSLatitudeRef=N',
  '-GPSLongitude=1.123',
  '-GPSLongitudeRef=W',
  '-XMP-dc:Creator=Bench Owner',
  '-Orientation#=6',
];

export function make(name: string, size: string, quality: string[]): string {
  const path = join(CACHE, name);
  if (existsSync(path)) return path;
  const thumb = join(CACHE, 'thumb.jpg');
  if (!existsSync(thumb)) execFileSync('/usr/bin/convert', ['-size', '160x120', 'plasma:', thumb]);
  execFileSync('/usr/bin/convert', [
    '-seed',
    '7',
    '-size',
    size,
    'plasma:fractal',
    '-attenuate',
    '2',
    '+noise',
    'Gaussian',
    ...quality,
    `${path}.tmp${name.slice(name.lastIndexOf('.'))}`,
  ]);
  const tmp = `${path}.tmp${name.slice(name.lastIndexOf('.'))}`;
  const thumbTag = name.endsWith('.jpg') ? [`-ThumbnailImage<=${thumb}`] : [];
  execFileSync('exiftool', ['-q', '-overwrite_original', ...TAGS, ...thumbTag, tmp]);
  execFileSync('mv', [tmp, path]);
  return path;
}

export function benchInputs(): BenchInput[] {
  mkdirSync(CACHE, { recursive: true });
  const jpegQuality = ['-quality', '95', '-sampling-factor', '1x1'];
  return [
    {
      label: 'JPEG, 4 MB camera photo',
      path: make('camera-4mb.jpg', '1800x1350', jpegQuality),
      kind: 'jpeg',
    },
    {
      label: 'JPEG, 12 MB camera photo',
      path: make('camera-12mb.jpg', '3100x2325', jpegQuality),
      kind: 'jpeg',
    },
    {
      label: 'HEIC, iPhone 13 Pro Max',
      path: corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC'),
      kind: 'heic',
    },
    { label: 'PNG, 10 MB', path: make('large-10mb.png', '1500x1140', []), kind: 'png' },
  ];
}
