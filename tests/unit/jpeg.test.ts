/**
 * The JPEG stripper on fixtures made here with ImageMagick, exiftool and ffmpeg, judged by
 * exiftool and ImageMagick, plus byte-level checks of what must never survive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { stripImage } from '../../src/metadata/clean.ts';
import { StripError } from '../../src/metadata/errors.ts';
import { jpegFormat, walkJpeg } from '../../src/metadata/formats/jpeg.ts';
import { sniff } from '../../src/metadata/sniff.ts';
import { corpusFile } from '../helpers/corpus.ts';
import {
  bytesOf,
  cleanAndJudge,
  containsText,
  exiftoolIcc,
  exiftoolWrite,
  headerSegments,
  iccChunks,
  insertAfterSoi,
  join8,
  kinds,
  makeIccProfile,
  makeJpeg,
  makeMp4,
  makeRestartJpeg,
  readBytes,
  segment,
} from '../helpers/jpeg-fixtures.ts';
import { exiftoolOrientation, pixelHashes, tempDir, writeTemp } from '../helpers/tools.ts';

const NAME = 'Jane Smith';
let dir = '';
let thumb = '';

beforeAll(() => {
  dir = tempDir('veil-jpeg-');
  thumb = makeJpeg(dir, 'thumb.jpg', ['-resize', '24x16']);
});

function stripOk(input: Uint8Array) {
  const outcome = stripImage(input);
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.detail}`);
  return outcome.result;
}

function markers(jpeg: Uint8Array): number[] {
  return walkJpeg(jpeg).segments.map((s) => s.marker);
}

describe('sniffing', () => {
  it('claims FF D8 FF and nothing else', () => {
    expect(jpegFormat.sniff(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(jpegFormat.sniff(Uint8Array.of(0xff, 0xd8, 0x00))).toBe(false);
    expect(jpegFormat.sniff(Uint8Array.of(0xff, 0xd8))).toBe(false);
    expect(jpegFormat.sniff(bytesOf('\x89PNG\r\n\x1a\n'))).toBe(false);
    const sniffed = sniff(Uint8Array.of(0xff, 0xd8, 0xff, 0xdb));
    expect(sniffed.kind === 'supported' && sniffed.handler.id).toBe('jpeg');
  });
});

describe('metadata made with exiftool', () => {
  it('removes GPS, serial, owner and the IFD1 thumbnail, keeping Orientation', () => {
    const path = makeJpeg(dir, 'gps.jpg');
    exiftoolWrite(path, [
      '-GPSLatitude=51.5',
      '-GPSLatitudeRef=N',
      '-GPSLongitude=0.12',
      '-GPSLongitudeRef=W',
      '-SerialNumber=SN123456',
      `-OwnerName=${NAME}`,
      `-Artist=${NAME}`,
      `-ThumbnailImage<=${thumb}`,
      '-Orientation#=6',
    ]);
    const { result } = cleanAndJudge(readBytes(path), dir, 'gps.jpg');
    expect(kinds(result)).toContain('exif');
    const exif = result.removed.find((part) => part.kind === 'exif');
    expect(exif?.payload && containsText(exif.payload, NAME)).toBe(true);
    expect(result.kept).toContainEqual({ kind: 'orientation', value: 6 });
    expect(containsText(result.output, NAME)).toBe(false);
    expect(containsText(result.output, 'SN123456')).toBe(false);
  });

  it('removes a COM comment holding a name, without a payload', () => {
    const path = makeJpeg(dir, 'comment.jpg', ['-set', 'comment', NAME]);
    expect(containsText(readBytes(path), NAME)).toBe(true);
    const { result } = cleanAndJudge(readBytes(path), dir, 'comment.jpg');
    const comment = result.removed.find((part) => part.kind === 'comment');
    expect(comment).toBeDefined();
    expect(comment?.payload).toBeUndefined();
    expect(containsText(result.output, NAME)).toBe(false);
  });

  it('removes a Photoshop IRB with IPTC and a thumbnail, reporting both', () => {
    const path = makeJpeg(dir, 'photoshop.jpg');
    exiftoolWrite(path, [`-IPTC:By-line=${NAME}`, `-Photoshop:PhotoshopThumbnail<=${thumb}`]);
    const { result } = cleanAndJudge(readBytes(path), dir, 'photoshop.jpg');
    const photoshop = result.removed.find((part) => part.kind === 'photoshop');
    const iptc = result.removed.find((part) => part.kind === 'iptc');
    expect(photoshop?.payload?.length).toBeGreaterThan(0);
    expect(iptc?.payload && containsText(iptc.payload, NAME)).toBe(true);
    for (const text of [NAME, 'Photoshop 3.0', '8BIM', 'http://ns.adobe.com']) {
      expect(containsText(result.output, text), text).toBe(false);
    }
  });

  it('removes XMP and names the motion-photo video it announces', () => {
    const path = makeJpeg(dir, 'microvideo.jpg');
    exiftoolWrite(path, ['-XMP-GCamera:MicroVideo=1', `-XMP-dc:Creator=${NAME}`]);
    const input = join8([readBytes(path), bytesOf('video bytes without a box header')]);
    const { result } = cleanAndJudge(input, dir, 'microvideo.jpg');
    expect(kinds(result)).toEqual(expect.arrayContaining(['xmp', 'embedded_video']));
    expect(containsText(result.output, 'http://ns.adobe.com')).toBe(false);
  });
});

describe('trailers after the real EOI', () => {
  it('drops an appended JPEG with its own EXIF and a trailing MP4', () => {
    const primaryPath = makeJpeg(dir, 'primary.jpg');
    exiftoolWrite(primaryPath, ['-Make=Veil', '-Orientation#=3']);
    const secondPath = makeJpeg(dir, 'second.jpg', ['-resize', '40x30']);
    exiftoolWrite(secondPath, [`-Artist=${NAME}`, '-GPSLatitude=51.5', '-GPSLatitudeRef=N']);
    const primary = readBytes(primaryPath);
    const mp4 = makeMp4(dir);
    const input = join8([primary, readBytes(secondPath), mp4]);
    const { result } = cleanAndJudge(input, dir, 'mpf-mp4.jpg');
    expect(kinds(result)).toEqual(expect.arrayContaining(['embedded_image', 'embedded_video']));
    const video = result.removed.find((part) => part.kind === 'embedded_video');
    expect(video?.size).toBe(mp4.length);
    // Exactly what cleaning the primary image alone gives: nothing of the trailer is left.
    expect(result.output).toEqual(stripOk(primary).output);
    for (const text of [NAME, 'ftyp', 'MPF\0']) {
      expect(containsText(result.output, text), text).toBe(false);
    }
  });

  it('drops the real MPF index and second image of the Panasonic LX7 sample', () => {
    const input = readBytes(
      corpusFile('metadata-extractor-images/jpg__Panasonic_Lumix_DMC-LX7.jpg'),
    );
    const result = stripOk(input);
    expect(kinds(result)).toEqual(
      expect.arrayContaining(['exif', 'multi_picture_index', 'embedded_image']),
    );
    expect(containsText(result.output, 'MPF\0')).toBe(false);
    expect(containsText(result.output, 'Panasonic')).toBe(false);
    // The second JPEG's SOI is not in the output: the scan ends at the first image's EOI.
    expect(Buffer.from(result.output).indexOf(Buffer.from([0xff, 0xd8, 0xff]), 2)).toBe(-1);
  });

  it('names a Samsung SEFT trailer and an unknown trailer', () => {
    const base = readBytes(makeJpeg(dir, 'samsung.jpg'));
    const directory = join8([bytesOf('SEFH'), new Uint8Array(12)]);
    const footer = Uint8Array.of(directory.length, 0, 0, 0);
    const samsung = join8([base, bytesOf('Image_UTC_Data1700000000000'), directory, footer]);
    const withSeft = stripOk(join8([samsung, bytesOf('SEFT')]));
    expect(withSeft.removed).toContainEqual({
      kind: 'vendor',
      detail: 'Samsung trailer',
      size: directory.length + 8,
    });
    expect(kinds(withSeft).filter((kind) => kind !== 'vendor')).toEqual([]);
    const unknown = stripOk(join8([base, bytesOf('cropped-away pixels')]));
    expect(unknown.removed).toContainEqual({ kind: 'trailer', size: 19 });
    expect(unknown.output).toEqual(withSeft.output);
  });
});

describe('image structures that must survive untouched', () => {
  it('keeps APP14 Adobe on a CMYK JPEG, with identical pixels', () => {
    const path = makeJpeg(dir, 'cmyk.jpg', ['-colorspace', 'CMYK']);
    exiftoolWrite(path, [`-Artist=${NAME}`, `-XMP-dc:Creator=${NAME}`]);
    const { result } = cleanAndJudge(readBytes(path), dir, 'cmyk.jpg');
    expect(markers(result.output)).toContain(0xee);
    expect(containsText(result.output, 'Adobe')).toBe(true);
    expect(containsText(result.output, NAME)).toBe(false);
  });

  it('keeps every scan of a progressive JPEG and drops segments between scans', () => {
    const path = makeJpeg(dir, 'progressive.jpg', ['-interlace', 'Plane']);
    exiftoolWrite(path, [`-Artist=${NAME}`, '-GPSLatitude=51.5', '-GPSLatitudeRef=N']);
    const original = readBytes(path);
    const scans = walkJpeg(original).segments.filter((s) => s.marker === 0xda);
    expect(scans.length).toBeGreaterThan(2);
    // A comment and an XMP packet between the second and third scans (legal, T.81 B.6).
    const between = scans[2]!.start;
    const input = join8([
      original.subarray(0, between),
      segment(0xfe, NAME),
      segment(0xe1, `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${NAME}</x:xmpmeta>`),
      original.subarray(between),
    ]);
    const { result } = cleanAndJudge(input, dir, 'progressive.jpg');
    const outScans = markers(result.output).filter((m) => m === 0xda);
    expect(outScans.length).toBe(scans.length);
    expect(kinds(result)).toEqual(expect.arrayContaining(['exif', 'comment', 'xmp']));
    expect(containsText(result.output, NAME)).toBe(false);
  });

  it('keeps restart markers and DRI inside the scan', () => {
    const path = makeRestartJpeg(dir);
    exiftoolWrite(path, [`-Artist=${NAME}`]);
    const input = readBytes(path);
    const restarts = (bytes: Uint8Array): number => {
      let count = 0;
      for (let i = 0; i + 1 < bytes.length; i++) {
        if (bytes[i] === 0xff && bytes[i + 1]! >= 0xd0 && bytes[i + 1]! <= 0xd7) count++;
      }
      return count;
    };
    expect(restarts(input)).toBeGreaterThan(0);
    const { result } = cleanAndJudge(input, dir, 'restart.jpg');
    expect(markers(result.output)).toContain(0xdd);
    expect(restarts(result.output)).toBe(restarts(input));
  });

  it('keeps each of the eight orientations as a fresh minimal EXIF', () => {
    for (let orientation = 1; orientation <= 8; orientation++) {
      const path = makeJpeg(dir, `orientation-${orientation}.jpg`);
      exiftoolWrite(path, [`-Orientation#=${orientation}`, '-Model=Veil Phone', `-Artist=${NAME}`]);
      const result = stripOk(readBytes(path));
      const out = writeTemp(result.output, `out-orientation-${orientation}.jpg`, dir);
      expect(exiftoolOrientation(out)).toBe(orientation);
      const app1 = markers(result.output).filter((m) => m === 0xe1).length;
      if (orientation === 1) {
        expect(app1).toBe(0);
        expect(result.kept).toEqual([]);
      } else {
        expect(app1).toBe(1);
        expect(result.kept).toEqual([{ kind: 'orientation', value: orientation }]);
      }
      expect(containsText(result.output, NAME)).toBe(false);
    }
  });
});

describe('APP0, ICC and output order', () => {
  const base = (): Uint8Array => readBytes(makeJpeg(dir, 'plain.jpg', ['-strip']));

  it('rebuilds JFIF without its thumbnail and removes JFXX thumbnails', () => {
    const plain = base();
    const withoutApp0 = plain.subarray(headerSegments(plain)[0]!.end);
    const thumbnail = new Uint8Array(2 * 2 * 3).fill(0x7f);
    const jfif = join8([bytesOf('JFIF\0\x01\x02\x01\x00\x48\x00\x48\x02\x02'), thumbnail]);
    const jfxx = join8([bytesOf('JFXX\0\x13\x01\x01'), Uint8Array.of(1, 2, 3)]);
    const input = join8([plain.subarray(0, 2), segment(0xe0, jfif), segment(0xe0, jfxx)]);
    const result = stripOk(join8([input, withoutApp0]));
    const app0 = headerSegments(result.output)[0]!;
    expect(app0.marker).toBe(0xe0);
    expect(app0.end - app0.start).toBe(18);
    expect(Array.from(result.output.subarray(app0.start + 4, app0.end))).toEqual(
      Array.from(bytesOf('JFIF\0\x01\x02\x01\x00\x48\x00\x48\x00\x00')),
    );
    expect(result.removed).toContainEqual({
      kind: 'thumbnail',
      detail: 'JFIF thumbnail',
      size: 12,
    });
    expect(kinds(result).filter((kind) => kind === 'thumbnail')).toHaveLength(2);
  });

  it('reassembles ICC chunks by sequence number and re-chunks a large profile', () => {
    const profile = makeIccProfile(150_000, 'Veil Test Profile');
    const chunks = iccChunks(profile, 40_000);
    expect(chunks).toHaveLength(4);
    const shuffled = [chunks[2]!, chunks[0]!, chunks[3]!, chunks[1]!];
    const result = stripOk(insertAfterSoi(base(), shuffled));
    expect(result.kept).toContainEqual({ kind: 'colour_profile', detail: 'Veil Test Profile' });
    const app2 = headerSegments(result.output).filter((s) => s.marker === 0xe2);
    expect(app2).toHaveLength(3);
    app2.forEach((s, i) => {
      expect(result.output[s.start + 16]).toBe(i + 1);
      expect(result.output[s.start + 17]).toBe(3);
    });
    const out = writeTemp(result.output, 'icc-rechunked.jpg', dir);
    expect(exiftoolIcc(out).equals(Buffer.from(profile))).toBe(true);
  });

  it('drops an ICC profile whose chunks do not number 1..n, and bytes past its size', () => {
    const profile = makeIccProfile(3000, 'Broken');
    const [first, second] = iccChunks(profile, 2000);
    const duplicated = stripOk(insertAfterSoi(base(), [first!, first!]));
    expect(markers(duplicated.output)).not.toContain(0xe2);
    expect(duplicated.removed).toContainEqual(
      expect.objectContaining({ kind: 'vendor', detail: 'damaged ICC profile' }),
    );
    expect(stripOk(insertAfterSoi(base(), [second!])).kept).toEqual([]);
    const padded = join8([profile, bytesOf(NAME)]);
    const trimmed = stripOk(insertAfterSoi(base(), iccChunks(padded, 65_000)));
    expect(trimmed.kept).toContainEqual({ kind: 'colour_profile', detail: 'Broken' });
    expect(trimmed.removed).toContainEqual({
      kind: 'vendor',
      detail: 'data after the ICC profile',
      size: NAME.length,
    });
    expect(containsText(trimmed.output, NAME)).toBe(false);
  });

  it('writes SOI, JFIF, EXIF, ICC, Adobe, then the image, whatever the input order', () => {
    const plain = base();
    const withoutApp0 = plain.subarray(headerSegments(plain)[0]!.end);
    const tiff = bytesOf('MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0');
    const input = join8([
      plain.subarray(0, 2),
      segment(0xee, bytesOf('Adobe\0\x64\0\0\0\0\x01')),
      ...iccChunks(makeIccProfile(500, 'Order'), 300),
      segment(0xfe, NAME),
      segment(0xe1, join8([bytesOf('Exif\0\0'), tiff])),
      segment(0xe0, bytesOf('JFIF\0\x01\x01\0\0\x01\0\x01\0\0')),
      withoutApp0,
    ]);
    const result = stripOk(input);
    expect(
      headerSegments(result.output)
        .map((s) => s.marker)
        .slice(0, 5),
    ).toEqual([0xe0, 0xe1, 0xe2, 0xee, 0xdb]);
    expect(result.kept).toEqual([
      { kind: 'orientation', value: 6 },
      { kind: 'colour_profile', detail: 'Order' },
    ]);
    expect(pixelHashes(writeTemp(result.output, 'order.jpg', dir))).toEqual(
      pixelHashes(writeTemp(input, 'order-in.jpg', dir)),
    );
  });

  it('reports JUMBF (C2PA) as provenance and vendor APPn by name', () => {
    const jumbf = join8([bytesOf('JP\0\x01\0\0\0\x01\0\0\0\x20jumb'), bytesOf('c2pa manifest')]);
    const input = insertAfterSoi(base(), [
      segment(0xeb, jumbf),
      segment(0xec, bytesOf('Ducky\0\x01')),
      segment(0xef, bytesOf('anything')),
    ]);
    const result = stripOk(input);
    expect(result.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'provenance', detail: 'C2PA / JUMBF' }),
        expect.objectContaining({ kind: 'vendor', detail: 'APP12 Ducky' }),
        expect.objectContaining({ kind: 'vendor', detail: 'APP15' }),
      ]),
    );
    expect(containsText(result.output, 'jumb')).toBe(false);
  });

  it('reassembles Extended XMP into one payload (Google sample)', () => {
    const result = stripOk(readBytes(corpusFile('exiftool/Google.jpg')));
    const extended = result.removed.filter((part) => part.detail === 'extended');
    expect(extended).toHaveLength(1);
    expect(extended[0]?.kind).toBe('xmp');
    expect(extended[0]?.payload && containsText(extended[0].payload, 'x:xmpmeta')).toBe(true);
  });
});

describe('verify', () => {
  const clean = (): Uint8Array => stripOk(readBytes(makeJpeg(dir, 'verify.jpg'))).output;
  const rejects = (bytes: Uint8Array): void => {
    try {
      jpegFormat.verify(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(StripError);
      expect((error as StripError).code).toBe('verification_failed');
      return;
    }
    throw new Error('verify accepted a file outside the allow-list');
  };

  it('accepts a cleaned file and rejects anything outside the allow-list', () => {
    const good = clean();
    expect(() => jpegFormat.verify(good)).not.toThrow();
    rejects(join8([good, Uint8Array.of(0)]));
    rejects(insertAfterSoi(good, [segment(0xfe, 'hello')]));
    rejects(insertAfterSoi(good, [segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x/>')]));
    rejects(insertAfterSoi(good, [segment(0xe2, 'MPF\0II*\0')]));
    rejects(insertAfterSoi(good, [segment(0xed, 'Photoshop 3.0\0')]));
    rejects(insertAfterSoi(good, [segment(0xe1, 'Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0')]));
    const jfifThumb = bytesOf('JFIF\0\x01\x01\0\0\x01\0\x01\x01\x01\x10\x20\x30');
    rejects(join8([good.subarray(0, 2), segment(0xe0, jfifThumb), good.subarray(20)]));
    rejects(good.subarray(0, good.length - 2));
  });
});
