/**
 * Turns a removed EXIF block (a TIFF structure) into receipt lines a person understands:
 * "Location (51.632, −1.123)", "Phone: Apple iPhone 13 Pro Max", "Taken 1 March 2024, 14:02".
 * exifr reads the values; anything it cannot read still yields a generic line, because the
 * block was removed either way.
 */
import exifr from 'exifr';
import { GENERIC_EXIF } from './receipt-lines.ts';
import { receiptLine as line } from './receipt-text.ts';
import { tiffValuesInBounds } from './tiff-bounds.ts';
import type { ReceiptLine } from './types.ts';

export { GENERIC_EXIF };

/** Blocks larger than this are not described in detail (they are still removed). */
const MAX_DESCRIBED_EXIF_BYTES = 4 * 1024 * 1024;

const PHONE_MAKERS =
  /^(apple|samsung|google|huawei|honor|xiaomi|redmi|oneplus|oppo|vivo|motorola|lg|htc|nokia|hmd|sony mobile|realme|asus|zte|nothing|fairphone)/i;

type Ifd = Record<string, unknown>;

export async function describeExif(tiff: Uint8Array): Promise<ReceiptLine[]> {
  if (tiff.length > MAX_DESCRIBED_EXIF_BYTES) return [GENERIC_EXIF];
  // exifr trusts declared counts: a hostile count stalls it for seconds (tiff-bounds.ts).
  if (!tiffValuesInBounds(tiff)) return [GENERIC_EXIF];
  let parsed: { ifd0?: Ifd; exif?: Ifd; gps?: Ifd; ifd1?: Ifd } | undefined;
  try {
    parsed = await exifr.parse(tiff, {
      tiff: true,
      ifd0: {},
      exif: true,
      gps: true,
      ifd1: true,
      interop: false,
      makerNote: true,
      userComment: true,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: false,
      translateValues: false,
      reviveValues: false,
      sanitize: true,
    });
  } catch {
    return [GENERIC_EXIF];
  }
  if (!parsed) return [GENERIC_EXIF];
  const ifd0 = parsed.ifd0 ?? {};
  const exif = parsed.exif ?? {};
  const all: Ifd = { ...ifd0, ...exif };
  const lines: ReceiptLine[] = [];

  const location = describeLocation(parsed.gps);
  if (location) lines.push(location);
  const device = describeDevice(text(ifd0.Make), text(ifd0.Model));
  if (device) lines.push(device);
  if (has(all, 'SerialNumber', 'BodySerialNumber', 'CameraSerialNumber', 'LensSerialNumber')) {
    lines.push(line('serial', 'rl_serial'));
  }
  if (has(all, 'ImageUniqueID')) lines.push(line('serial', 'rl_photoId'));
  if (has(all, 'OwnerName', 'CameraOwnerName')) lines.push(line('owner', 'rl_ownerName'));
  if (has(all, 'Artist', 'XPAuthor', 'Photographer')) {
    lines.push(line('owner', 'rl_authorName'));
  }
  if (has(all, 'Copyright')) lines.push(line('owner', 'rl_copyright'));
  if (has(all, 'HostComputer')) lines.push(line('device', 'rl_computer'));
  lines.push(...describeDates(all));
  const software = text(ifd0.Software);
  if (software) lines.push(line('device', 'rl_software', software));
  if (
    has(all, 'ImageDescription', 'UserComment', 'XPComment', 'XPTitle', 'XPSubject', 'XPKeywords')
  ) {
    lines.push(line('description', 'rl_description'));
  }
  if (has(exif, 'MakerNote')) {
    lines.push(line('serial', 'rl_makerNote'));
  }
  if (parsed.ifd1 && Object.keys(parsed.ifd1).length > 0) {
    lines.push(line('thumbnail', 'rl_thumbnail'));
  }
  if (has(exif, 'ExposureTime', 'FNumber', 'ISO', 'FocalLength', 'LensModel')) {
    lines.push(line('camera_settings', 'rl_cameraSettings'));
  }
  return lines.length > 0 ? lines : [GENERIC_EXIF];
}

function describeLocation(gps: Ifd | undefined): ReceiptLine | null {
  if (!gps || Object.keys(gps).length === 0) return null;
  const lat = toDegrees(gps.GPSLatitude, gps.GPSLatitudeRef);
  const lon = toDegrees(gps.GPSLongitude, gps.GPSLongitudeRef);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return line('location', 'rl_location');
  }
  return line('location', 'rl_coordinates', formatCoordinate(lat), formatCoordinate(lon));
}

function toDegrees(value: unknown, ref: unknown): number | null {
  if (!Array.isArray(value) || value.length < 1) return null;
  const [d = 0, m = 0, s = 0] = value.map(Number);
  if (![d, m, s].every(Number.isFinite)) return null;
  const degrees = d + m / 60 + s / 3600;
  return ref === 'S' || ref === 'W' ? -degrees : degrees;
}

/** Three decimals (about 100 m), with a real minus sign as people read it. */
function formatCoordinate(n: number): string {
  const fixed = Math.abs(n).toFixed(3);
  return n < 0 ? `\u2212${fixed}` : fixed;
}

function describeDevice(make: string, model: string): ReceiptLine | null {
  if (!make && !model) return null;
  const name = model.toLowerCase().startsWith(make.toLowerCase())
    ? model
    : `${make} ${model}`.trim();
  return line('device', PHONE_MAKERS.test(make) ? 'rl_phone' : 'rl_camera', name);
}

function describeDates(all: Ifd): ReceiptLine[] {
  const lines: ReceiptLine[] = [];
  const taken = formatExifDate(all.DateTimeOriginal) ?? formatExifDate(all.CreateDate);
  if (taken) lines.push(line('date', 'rl_taken', taken));
  const modified = formatExifDate(all.ModifyDate);
  if (modified && modified !== taken) lines.push(line('date', 'rl_edited', modified));
  if (has(all, 'OffsetTime', 'OffsetTimeOriginal', 'OffsetTimeDigitized')) {
    lines.push(line('date', 'rl_timeZone'));
  }
  return lines;
}

/** EXIF dates are "YYYY:MM:DD HH:MM:SS" in local time with no zone: kept as written. */
function formatExifDate(value: unknown): string | null {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})/.exec(text(value));
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

function text(value: unknown): string {
  if (typeof value === 'string')
    return value
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 80);
  return '';
}

function has(ifd: Ifd, ...names: string[]): boolean {
  return names.some((name) => {
    const v = ifd[name];
    if (v === undefined || v === null) return false;
    if (typeof v === 'string') return v.replace(/[\s\p{Cc}]/gu, '') !== '';
    if (v instanceof Uint8Array || Array.isArray(v)) return v.length > 0;
    return true;
  });
}
