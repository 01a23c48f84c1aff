/**
 * Files the e2e tests upload, made at test time: a phone photo with GPS, device, serial and
 * dates written by exiftool (named like a phone names it), a corrupt JPEG, and a PDF.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';

export interface Fixtures {
  dir: string;
  gpsPhoto: string;
  samplePhoto: string;
  corruptJpeg: string;
  pdf: string;
}

export function makeFixtures(): Fixtures {
  const dir = tempDir('veil-e2e-');
  const gpsPhoto = join(dir, 'IMG_20240301_140233.jpg');
  copyFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg'), gpsPhoto);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=51.5072',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=0.1276',
    '-GPSLongitudeRef=W',
    '-Make=Apple',
    '-Model=iPhone 13 Pro',
    '-SerialNumber=F2LXK0Q9N1',
    '-Artist=Jane Smith',
    '-DateTimeOriginal=2024:03:01 14:02:33',
    gpsPhoto,
  ]);
  const samplePhoto = join(dir, 'Jane Smith selfie.jpg');
  copyFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg'), samplePhoto);
  const corruptJpeg = join(dir, 'broken.jpg');
  // SOI, then an APP1 (EXIF) segment that claims more bytes than the file has.
  writeFileSync(
    corruptJpeg,
    Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xf0]),
      Buffer.from('Exif\0\0MM\0*'),
    ]),
  );
  const pdf = join(dir, 'rates.pdf');
  writeFileSync(
    pdf,
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  return { dir, gpsPhoto, samplePhoto, corruptJpeg, pdf };
}
