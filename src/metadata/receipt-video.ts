/**
 * Receipt lines for the parts a video cleaner names from its atoms (location, device, dates,
 * identifiers, timed-metadata tracks), in the same words as the photo receipt:
 *
 *   location  "+51.6320-001.1230+010.0/"  -> "Location (51.632, −1.123)"   (ISO 6709 Annex H)
 *   device    "Apple\0iPhone 12\017.1"     -> "Phone: Apple iPhone 12", "Software: 17.1"
 *   date      "2024-03-01T14:02:11+0100"   -> "Recorded 1 March 2024, 14:02" (as written)
 *   identifier 'live_photo'                 -> "Live Photo identifier"
 *   timed_metadata 'faces' | 'gps' ...      -> "Face-detection track", "GPS track"
 */
import { receiptLine as line, type ReceiptKey } from './receipt-text.ts';
import type { ReceiptLine } from './types.ts';

export type VideoPartKind = 'location' | 'device' | 'date' | 'identifier' | 'timed_metadata';

const PHONE_MAKERS =
  /^(apple|samsung|google|huawei|honor|xiaomi|redmi|oneplus|oppo|vivo|motorola|lg|htc|nokia|hmd|sony mobile|realme|asus|zte|nothing|fairphone)/i;

const IDENTIFIERS: Record<string, ReceiptKey> = {
  live_photo: 'rl_livePhotoId',
  serial: 'rl_serial',
  media_id: 'rl_videoId',
  user: 'rl_ownerOrAuthor',
};

const TRACKS: Record<string, ReceiptKey> = {
  faces: 'rl_faceTrack',
  gps: 'rl_gpsTrack',
  sensors: 'rl_sensorTrack',
  timecode: 'rl_timecodeTrack',
  text: 'rl_textTrack',
  chapters: 'rl_chapters',
  hint: 'rl_hintTrack',
};

export function describeVideoPart(kind: VideoPartKind, detail?: string): ReceiptLine[] {
  switch (kind) {
    case 'location':
      return [describeLocation(detail)];
    case 'device':
      return describeDevice(detail);
    case 'date':
      if (detail === 'zone') return [line('date', 'rl_timeZone')];
      return [recordedDate(detail)];
    case 'identifier':
      return [line('serial', IDENTIFIERS[detail ?? ''] ?? 'rl_identifier')];
    case 'timed_metadata':
      return [line('other', TRACKS[detail ?? ''] ?? 'rl_timedTrack')];
  }
}

/** ISO 6709 "±DD.DDDD±DDD.DDDD[±AAA.A]/" (also the ±DDMM and ±DDMMSS forms, Annex H). */
export function parseIso6709(text: string): { lat: number; lon: number } | null {
  const m = /^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)/.exec(text);
  if (!m) return null;
  const lat = sexagesimal(m[1]!, 2);
  const lon = sexagesimal(m[2]!, 3);
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

function sexagesimal(field: string, degreeDigits: number): number | null {
  const sign = field.startsWith('-') ? -1 : 1;
  const [whole = '', fraction = ''] = field.slice(1).split('.');
  const frac = fraction ? Number(`0.${fraction}`) : 0;
  let value: number;
  if (whole.length <= degreeDigits) value = Number(whole) + frac;
  else if (whole.length === degreeDigits + 2) {
    value = Number(whole.slice(0, degreeDigits)) + (Number(whole.slice(degreeDigits)) + frac) / 60;
  } else if (whole.length === degreeDigits + 4) {
    const minutes = Number(whole.slice(degreeDigits, degreeDigits + 2));
    const seconds = Number(whole.slice(degreeDigits + 2)) + frac;
    value = Number(whole.slice(0, degreeDigits)) + minutes / 60 + seconds / 3600;
  } else return null;
  return Number.isFinite(value) ? sign * value : null;
}

function describeLocation(detail: string | undefined): ReceiptLine {
  const point = detail ? parseIso6709(detail) : null;
  if (!point) return line('location', 'rl_location');
  return line('location', 'rl_coordinates', coordinate(point.lat), coordinate(point.lon));
}

/** Three decimals (about 100 m), with a real minus sign, as the photo receipt writes them. */
function coordinate(n: number): string {
  const fixed = Math.abs(n).toFixed(3);
  return n < 0 && fixed !== '0.000' ? `\u2212${fixed}` : fixed;
}

function describeDevice(detail: string | undefined): ReceiptLine[] {
  const [make = '', model = '', software = ''] = (detail ?? '').split('\u0000').map(clean);
  const lines: ReceiptLine[] = [];
  if (make || model) {
    const name = model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`;
    const phone = PHONE_MAKERS.test(make) || /^iphone/i.test(model);
    lines.push(line('device', phone ? 'rl_phone' : 'rl_camera', name.trim()));
  }
  if (software) lines.push(line('device', 'rl_software', software));
  if (lines.length === 0) lines.push(line('device', 'rl_device'));
  return lines;
}

/** "2024-03-01T14:02:11+0100", "2024:03:01 14:02", "2024-03-01" -> "Recorded 1 March 2024, 14:02". */
function recordedDate(detail: string | undefined): ReceiptLine {
  const m = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(detail ?? '');
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31 || Number(m[1]) < 1970) {
    return line('date', 'rl_recordingDate');
  }
  const time = m[4] ? `T${m[4]}:${m[5]}` : '';
  return line('date', 'rl_recorded', `${m[1]}-${m[2]}-${m[3]}${time}`);
}

function clean(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 60)
  );
}
