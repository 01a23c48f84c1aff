/**
 * Small photos of every supported format, each carrying a marker string in every metadata
 * place exiftool can write for that format. Property and fuzz tests mutate these seeds and
 * check that the marker never survives cleaning.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tools.ts';

export const MARKER = 'VEILSECRETMARKER';

const CONVERT = '/usr/bin/convert';

const TAGS = [
  `-Artist=${MARKER}`,
  `-Copyright=${MARKER}`,
  `-SerialNumber=${MARKER}`,
  `-XMP-dc:Creator=${MARKER}`,
  `-XMP-photoshop:City=${MARKER}`,
  '-GPSLatitude=51.5',
  '-GPSLatitudeRef=N',
  '-GPSLongitude=0.12',
  '-GPSLongitudeRef=W',
];

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

export function makeSeeds(): Seed[] {
  const dir = tempDir('veil-seeds-');
  const image = (name: string, extra: string[] = []) => {
    const path = join(dir, name);
    execFileSync(CONVERT, ['-size', '48x32', 'gradient:red-blue', ...extra, path]);
    return path;
  };
  const tag = (path: string, tags: string[]) => {
    execFileSync('exiftool', ['-q', '-q', '-m', '-overwrite_original', ...tags, path]);
    return path;
  };
  const jpeg = tag(image('seed.jpg'), [...TAGS, `-Comment=${MARKER}`, `-IPTC:By-line=${MARKER}`]);
  const png = tag(image('seed.png'), [...TAGS, `-PNG:Comment=${MARKER}`]);
  const webp = tag(image('seed.webp', ['-define', 'webp:lossless=true']), TAGS);
  const gif = tag(image('seed.gif'), [`-XMP-dc:Creator=${MARKER}`, `-Comment=${MARKER}`]);
  const heic = tag(image('seed.heic'), TAGS);
  const avif = tag(image('seed.avif'), TAGS);
  return [jpeg, png, webp, gif, heic, avif].map((path) => ({
    name: path.slice(path.lastIndexOf('.') + 1),
    bytes: new Uint8Array(readFileSync(path)),
  }));
}

export function containsMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(MARKER, 0, 'latin1');
}
