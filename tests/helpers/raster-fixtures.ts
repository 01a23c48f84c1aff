/**
 * Dirty PNG, APNG, GIF and WebP files made at test time with exiftool, ImageMagick and the
 * libwebp tools, in a temporary folder (nothing is downloaded or committed). Every identifying
 * value is "Jane Smith" or a London GPS position, so byte-level checks can look for them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from '../../src/metadata/crc32.ts';
import { corpusFile } from './corpus.ts';
import { tempDir } from './tools.ts';

export const NAME = 'Jane Smith';

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

const IDENTIFYING_TAGS = [
  '-GPSLatitude=51.5',
  '-GPSLatitudeRef=N',
  '-GPSLongitude=0.12',
  '-GPSLongitudeRef=W',
  `-EXIF:Artist=${NAME}`,
  '-EXIF:SerialNumber=SN-123456',
  `-XMP:Creator=${NAME}`,
];

function exiftoolWrite(path: string, tags: string[]): void {
  run('exiftool', ['-q', '-q', '-overwrite_original', ...tags, path]);
}

/** A small gradient PNG (ImageMagick `gradient:`), in `dir`. */
export function gradientPng(
  dir: string,
  name: string,
  colours = 'red-blue',
  format = 'PNG24',
): string {
  const path = join(dir, name);
  run('convert', ['-size', '32x24', `gradient:${colours}`, `${format}:${path}`]);
  return path;
}

function withTrailer(bytes: Uint8Array): Uint8Array {
  const trailer = new TextEncoder().encode(`${NAME} GPS 51.5,-0.12 trailer`);
  const out = new Uint8Array(bytes.length + trailer.length);
  out.set(bytes, 0);
  out.set(trailer, bytes.length);
  return out;
}

/** eXIf with GPS, iTXt XMP, tEXt Author, tIME, and data after IEND. */
export function dirtyPng(format = 'PNG24', extra: string[] = []): Uint8Array {
  const path = gradientPng(tempDir('veil-fx-'), 'dirty.png', 'red-blue', format);
  exiftoolWrite(path, [
    ...IDENTIFYING_TAGS,
    `-PNG:Author=${NAME}`,
    '-PNG:ModifyDate=2024:01:02 03:04:05',
    ...extra,
  ]);
  return withTrailer(readFileSync(path));
}

/** A PNG whose eXIf says Orientation 6 (rotate 90° CW), plus GPS. */
export function orientedPng(): Uint8Array {
  const path = gradientPng(tempDir('veil-fx-'), 'oriented.png');
  exiftoolWrite(path, ['-n', '-Orientation=6', ...IDENTIFYING_TAGS]);
  return readFileSync(path);
}

interface RawChunk {
  type: string;
  data: Uint8Array;
}

function pngChunks(bytes: Uint8Array): RawChunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: RawChunk[] = [];
  for (let pos = 8; pos + 12 <= bytes.length;) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    chunks.push({ type, data: bytes.subarray(pos + 8, pos + 8 + length) });
    pos += 12 + length;
  }
  return chunks;
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function u32(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v));
  return out;
}

/** A two-frame APNG built chunk by chunk (ImageMagick 6 cannot write one), with metadata. */
export function dirtyApng(): Uint8Array {
  const dir = tempDir('veil-fx-');
  const a = pngChunks(readFileSync(gradientPng(dir, 'a.png', 'red-blue')));
  const b = pngChunks(readFileSync(gradientPng(dir, 'b.png', 'green-yellow')));
  const ihdr = a.find((c) => c.type === 'IHDR')!.data;
  const fctl = (seq: number): Uint8Array => {
    const data = new Uint8Array(26);
    data.set(u32(seq, 32, 24, 0, 0), 0);
    data.set([0, 1, 0, 10, 0, 0], 20); // delay 1/10 s, dispose none, blend source
    return data;
  };
  const text = new TextEncoder().encode(`Author\0${NAME}`);
  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk('IHDR', ihdr),
    pngChunk('acTL', u32(2, 0)),
    pngChunk('tEXt', text),
    pngChunk('fcTL', fctl(0)),
    ...a.filter((c) => c.type === 'IDAT').map((c) => pngChunk('IDAT', c.data)),
    pngChunk('fcTL', fctl(1)),
    ...b
      .filter((c) => c.type === 'IDAT')
      .map((c, i) => pngChunk('fdAT', new Uint8Array([...u32(2 + i), ...c.data]))),
    pngChunk('tIME', Uint8Array.of(0x07, 0xe8, 1, 2, 3, 4, 5)),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  return withTrailer(Buffer.concat(parts));
}

/** An EXIF block (TIFF, as exiftool -EXIF -b prints it) with GPS, owner and serial. */
function exifBlock(dir: string, orientation?: number): string {
  const jpeg = join(dir, 'exif-source.jpg');
  run('convert', ['-size', '8x8', 'xc:gray', jpeg]);
  const tags = [...IDENTIFYING_TAGS];
  if (orientation) tags.push('-n', `-Orientation=${orientation}`);
  exiftoolWrite(jpeg, tags);
  const out = join(dir, 'block.exif');
  writeFileSync(out, execFileSync('exiftool', ['-b', '-EXIF', jpeg]));
  return out;
}

function xmpPacket(dir: string): string {
  const path = join(dir, 'packet.xmp');
  writeFileSync(
    path,
    `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">` +
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
      `<dc:creator><rdf:Seq><rdf:li>${NAME}</rdf:li></rdf:Seq></dc:creator>` +
      `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
  );
  return path;
}

function webpmuxSet(path: string, what: string, file: string): void {
  run('webpmux', ['-set', what, file, path, '-o', path]);
}

/** A three-frame animated WebP (img2webp) with EXIF (GPS) and XMP set by webpmux. */
export function dirtyAnimatedWebp(): Uint8Array {
  const dir = tempDir('veil-fx-');
  const frames = ['red-blue', 'green-yellow', 'white-black'].map((c, i) =>
    gradientPng(dir, `f${i}.png`, c),
  );
  const path = join(dir, 'anim.webp');
  run('img2webp', ['-loop', '0', '-lossy', '-d', '100', ...frames, '-o', path]);
  webpmuxSet(path, 'exif', exifBlock(dir));
  webpmuxSet(path, 'xmp', xmpPacket(dir));
  return readFileSync(path);
}

/** A still WebP with ICCP (the corpus HTC profile), EXIF and XMP. */
export function dirtyStillWebp(
  options: { lossless?: boolean; orientation?: number } = {},
): Uint8Array {
  const dir = tempDir('veil-fx-');
  const png = gradientPng(dir, 'still.png');
  const path = join(dir, 'still.webp');
  run('cwebp', ['-quiet', ...(options.lossless ? ['-lossless'] : []), png, '-o', path]);
  const icc = join(dir, 'profile.icc');
  writeFileSync(
    icc,
    execFileSync('exiftool', [
      '-b',
      '-icc_profile',
      corpusFile('metadata-extractor-images/webp__HTC_Desire.webp'),
    ]),
  );
  webpmuxSet(path, 'icc', icc);
  webpmuxSet(path, 'exif', exifBlock(dir, options.orientation));
  webpmuxSet(path, 'xmp', xmpPacket(dir));
  return readFileSync(path);
}

/** A two-frame looping GIF with a Comment and an XMP application extension naming Jane. */
export function dirtyGif(): Uint8Array {
  const dir = tempDir('veil-fx-');
  const a = gradientPng(dir, 'a.png', 'red-blue');
  const b = gradientPng(dir, 'b.png', 'green-yellow');
  const path = join(dir, 'dirty.gif');
  run('convert', ['-delay', '10', '-loop', '0', a, b, path]);
  exiftoolWrite(path, [`-Comment=${NAME}`, `-XMP:Creator=${NAME}`, '-XMP:City=London']);
  return withTrailer(readFileSync(path));
}

export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}
