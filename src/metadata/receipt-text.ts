/**
 * The words of the receipt, as message keys: every receipt line carries the key and values it
 * was written from (`ReceiptLine.message`), so a page or content script can say it in the
 * user's language, while `ReceiptLine.text` stays the English line (CLI, JSON, tests).
 * The English templates below are the source for public/_locales (src/ui/i18n/en.ts).
 *
 * Values named `{date}` are ISO local date-times ("2024-03-01T14:02" or "2024-03-01") and are
 * written out in the reader's language ("1 March 2024, 14:02", "1 martie 2024, 14:02").
 */
import { listOf, plural, tableTranslator, type Translator } from '../i18n/translator.ts';
import type { ReceiptCategory, KeptKind, ReceiptLine, ReceiptMessage } from './types.ts';

export const RECEIPT_EN = {
  // Lines: what was removed
  rl_exif: 'Camera data (EXIF)',
  rl_location: 'Location data',
  rl_coordinates: 'Location ({lat}, {lon})',
  rl_phone: 'Phone: {name}',
  rl_camera: 'Camera: {name}',
  rl_software: 'Software: {name}',
  rl_device: 'Device details',
  rl_computer: 'Computer name',
  rl_serial: 'Serial number',
  rl_photoId: 'Unique photo ID',
  rl_videoId: 'Unique video ID',
  rl_livePhotoId: 'Live Photo identifier',
  rl_identifier: 'Unique identifier',
  rl_makerNote: 'Camera maker data (can hold serial numbers and IDs)',
  rl_ownerName: 'Owner name',
  rl_authorName: 'Author name',
  rl_ownerOrAuthor: 'Owner or author name',
  rl_copyright: 'Copyright notice',
  rl_filePath: 'Original file path',
  rl_taggedFaces: 'Tagged faces and names',
  rl_taken: 'Taken {date}',
  rl_edited: 'Edited {date}',
  rl_recorded: 'Recorded {date}',
  rl_recordingDate: 'Recording date',
  rl_creationTime: 'Creation time',
  rl_modificationTime: 'Modification time',
  rl_dates: 'Dates',
  rl_timeZone: 'Time zone',
  rl_description: 'Description or comment',
  rl_iptc: 'Caption, keywords and credits (IPTC)',
  rl_comment: 'Comment text',
  rl_textNotes: 'Text notes',
  rl_aiPrompt: 'AI generation prompt',
  rl_placeNames: 'Place names',
  rl_thumbnail: 'Embedded thumbnail',
  rl_extraImage: 'Hidden extra image',
  rl_extraImageNamed: 'Hidden extra image ({name})',
  rl_depthMap: 'Hidden extra image (depth map or original)',
  rl_imageIndex: 'Index of hidden extra images',
  rl_motionPhoto: 'Embedded video (motion photo)',
  rl_photoshop: 'Photoshop data',
  rl_xmp: 'XMP metadata',
  rl_editingHistory: 'Editing history',
  rl_provenance: 'Content credentials (can name the creator)',
  rl_cameraSettings: 'Camera settings (exposure, lens)',
  rl_trailer: 'Hidden data after the end of the image',
  rl_itemNames: 'Internal item names',
  rl_vendor: 'Manufacturer or app data',
  rl_timedTrack: 'Timed metadata track',
  rl_faceTrack: 'Face-detection track',
  rl_gpsTrack: 'GPS track',
  rl_sensorTrack: 'GPS and motion-sensor track',
  rl_timecodeTrack: 'Timecode track (time of recording)',
  rl_textTrack: 'Text or subtitle track',
  rl_chapters: 'Chapter titles',
  rl_hintTrack: 'Streaming hint track',
  // Lines: what was kept
  rl_orientation: 'Orientation',
  rl_orientationHow: 'Orientation ({how})',
  rl_orientationNamed: 'Orientation ({name})',
  rl_orient2: 'mirrored',
  rl_orient3: 'rotated 180°',
  rl_orient4: 'upside down, mirrored',
  rl_orient5: 'rotated 90° and mirrored',
  rl_orient6: 'rotated 90°',
  rl_orient7: 'rotated 270° and mirrored',
  rl_orient8: 'rotated 270°',
  rl_colourProfile: 'Colour profile',
  rl_colourProfileNamed: 'Colour profile ({name})',
  rl_colourInfo: 'Colour information',
  rl_animation: 'Animation',

  // The one-line summary: "Removed location, phone model and 2 dates"
  rs_nothing: 'Nothing identifying was found',
  rs_removed: 'Removed {list}',
  rs_details_one: 'Removed {count} hidden detail',
  rs_details_few: 'Removed {count} hidden details',
  rs_details_other: 'Removed {count} hidden details',
  rs_location: 'location',
  rs_phoneModel: 'phone model',
  rs_cameraModel: 'camera model',
  rs_serials: 'serial numbers',
  rs_names: 'names',
  rs_dates_one: '{count} date',
  rs_dates_few: '{count} dates',
  rs_dates_other: '{count} dates',
  rs_thumbnail: 'thumbnail',
  rs_embeddedVideo: 'embedded video',
  rs_hiddenImages: 'hidden images',
  rs_more_one: '{count} more detail',
  rs_more_few: '{count} more details',
  rs_more_other: '{count} more details',
  // The notice after an upload: "Cleaned 2 files. Removed location and 2 dates."
  rs_cleaned_one: 'Cleaned {count} file.',
  rs_cleaned_few: 'Cleaned {count} files.',
  rs_cleaned_other: 'Cleaned {count} files.',
} as const;

export type ReceiptKey = keyof typeof RECEIPT_EN;

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** English, as the CLI and the stored `text` of each line write it. */
export const ENGLISH: Translator = tableTranslator('en-GB', RECEIPT_EN);

export function isReceiptKey(key: string): key is ReceiptKey {
  return Object.hasOwn(RECEIPT_EN, key);
}

/** A receipt line: its English text and the message it was written from. */
export function receiptLine(
  category: ReceiptCategory | KeptKind,
  key: ReceiptKey,
  ...subs: string[]
): ReceiptLine {
  const message: ReceiptMessage = subs.length ? { key, subs } : { key };
  return { category, text: renderMessage(message, ENGLISH), message };
}

/** One line in the translator's language (lines without a message keep their text). */
export function renderLine(line: ReceiptLine, tr: Translator): string {
  return line.message && isReceiptKey(line.message.key)
    ? renderMessage(line.message, tr)
    : line.text;
}

function renderMessage(message: ReceiptMessage, tr: Translator): string {
  const english = RECEIPT_EN[message.key as ReceiptKey];
  const subs = (message.subs ?? []).map((value, i) => {
    const name = placeholderAt(english, i);
    if (name === 'date') return formatDate(value, tr.locale);
    if (name === 'how' && isReceiptKey(value)) return tr.message(value);
    return value;
  });
  return tr.message(message.key, subs);
}

function placeholderAt(english: string, index: number): string | undefined {
  return [...english.matchAll(/\{([a-z][a-zA-Z0-9]*)\}/g)].map((m) => m[1])[index];
}

/** "2024-03-01T14:02" -> "1 March 2024, 14:02" in English; the locale's own words otherwise. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day, hour, minute] = m;
  if (locale.toLowerCase().startsWith('en')) {
    const time = hour ? `, ${hour}:${minute}` : '';
    return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}${time}`;
  }
  try {
    const at = Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
    );
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(hour ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    }).format(at);
  } catch {
    return iso;
  }
}

/** One part of the summary sentence; `count` for the parts that are counted. */
export interface SummaryPart {
  part: SummaryPartId;
  count?: number;
}

export const SUMMARY_PARTS = [
  'location',
  'phoneModel',
  'cameraModel',
  'serials',
  'names',
  'dates',
  'thumbnail',
  'embeddedVideo',
  'hiddenImages',
  'more',
  'details',
] as const;
export type SummaryPartId = (typeof SUMMARY_PARTS)[number];

/**
 * What the summary names, from the receipt lines (deduplicated by the caller): the kinds that
 * matter most by name, then how many other lines there are.
 */
export function summaryParts(lines: readonly ReceiptLine[]): SummaryPart[] {
  if (lines.length === 0) return [];
  const named = new Set<ReceiptLine>();
  const take = (match: (line: ReceiptLine) => boolean): number => {
    const found = lines.filter(match);
    for (const line of found) named.add(line);
    return found.length;
  };
  const ofCategory = (category: string) => (line: ReceiptLine) => line.category === category;
  const keyed = (key: ReceiptKey, prefix: string) => (line: ReceiptLine) =>
    line.message ? line.message.key === key : line.text.startsWith(prefix);
  const parts: SummaryPart[] = [];
  if (take(ofCategory('location'))) parts.push({ part: 'location' });
  if (take(keyed('rl_phone', 'Phone:'))) parts.push({ part: 'phoneModel' });
  else if (take(keyed('rl_camera', 'Camera:'))) parts.push({ part: 'cameraModel' });
  if (take(ofCategory('serial'))) parts.push({ part: 'serials' });
  if (take(ofCategory('owner'))) parts.push({ part: 'names' });
  const dates = take(ofCategory('date'));
  if (dates) parts.push({ part: 'dates', count: dates });
  if (take(ofCategory('thumbnail'))) parts.push({ part: 'thumbnail' });
  if (take(ofCategory('embedded_video'))) parts.push({ part: 'embeddedVideo' });
  if (take(ofCategory('embedded_image'))) parts.push({ part: 'hiddenImages' });
  if (parts.length === 0) return [{ part: 'details', count: lines.length }];
  const rest = lines.length - named.size;
  if (rest > 0) parts.push({ part: 'more', count: rest });
  return parts;
}

/** "Removed location, phone model and 2 dates" in the translator's language. */
export function renderSummary(parts: readonly SummaryPart[], tr: Translator): string {
  if (parts.length === 0) return tr.message('rs_nothing');
  const first = parts[0]!;
  if (first.part === 'details') return plural(tr, 'rs_details', first.count ?? 0);
  const words = parts.map((p) =>
    p.count !== undefined && (p.part === 'dates' || p.part === 'more')
      ? plural(tr, `rs_${p.part}`, p.count)
      : tr.message(`rs_${p.part}`),
  );
  return tr.message('rs_removed', [listOf(tr, words)]);
}

/** The in-page notice: "Cleaned 2 files. Removed location and 2 dates." */
export function renderReceiptNotice(
  cleaned: number,
  parts: readonly SummaryPart[],
  tr: Translator,
): string {
  return `${plural(tr, 'rs_cleaned', cleaned)} ${renderSummary(parts, tr)}.`;
}
