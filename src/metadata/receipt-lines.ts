/**
 * The receipt: what was removed and what was kept, in words a person understands. Lines are
 * plain strings, shown with `textContent` only; they never contain file names and only the few
 * values a person needs to judge the risk (coordinates, device, date).
 *
 * EXIF blocks are described by a function passed in (exifr in receipt-exif.ts), so code that
 * must stay small, the upload content script, can have them described elsewhere (the
 * background) without bundling exifr.
 */
import {
  ENGLISH,
  receiptLine as line,
  renderSummary,
  summaryParts,
  type ReceiptKey,
} from './receipt-text.ts';
import { describeVideoPart, type VideoPartKind } from './receipt-video.ts';
import type { KeptPart, ReceiptLine, RemovedKind, RemovedPart } from './types.ts';

const XMP_DESCRIBED_BYTES = 1024 * 1024;

export type ExifDescriber = (tiff: Uint8Array) => Promise<ReceiptLine[]> | ReceiptLine[];

export const GENERIC_EXIF: ReceiptLine = line('other', 'rl_exif');

/** For callers that show no detail for EXIF blocks (the block is removed either way). */
export const genericExif: ExifDescriber = () => [GENERIC_EXIF];

export async function describeRemovedWith(
  removed: readonly RemovedPart[],
  describeExif: ExifDescriber,
): Promise<ReceiptLine[]> {
  const lines: ReceiptLine[] = [];
  for (const part of removed) {
    if (part.kind === 'exif') {
      lines.push(...(part.payload ? await describeExif(part.payload) : [GENERIC_EXIF]));
    } else if (part.kind === 'xmp') lines.push(...describeXmp(part.payload));
    else if (isVideoPart(part.kind)) lines.push(...describeVideoPart(part.kind, part.detail));
    else lines.push(describePart(part.kind, part.detail));
  }
  return dedupe(lines);
}

export function describeKept(kept: readonly KeptPart[]): ReceiptLine[] {
  return dedupe(
    kept.map((part): ReceiptLine => {
      switch (part.kind) {
        case 'orientation':
          return describeOrientation(part.value, part.detail);
        case 'colour_profile':
          return part.detail
            ? line('colour_profile', 'rl_colourProfileNamed', clean(part.detail))
            : line('colour_profile', 'rl_colourProfile');
        case 'colour_info':
          return line('colour_info', 'rl_colourInfo');
        case 'animation':
          return line('animation', 'rl_animation');
      }
    }),
  );
}

const ORIENTATIONS: Record<number, ReceiptKey> = {
  2: 'rl_orient2',
  3: 'rl_orient3',
  4: 'rl_orient4',
  5: 'rl_orient5',
  6: 'rl_orient6',
  7: 'rl_orient7',
  8: 'rl_orient8',
};

function describeOrientation(value: number | undefined, detail: string | undefined): ReceiptLine {
  const how = value !== undefined ? ORIENTATIONS[value] : undefined;
  if (how) return line('orientation', 'rl_orientationHow', how);
  const words = detail ? clean(detail) : '';
  return words
    ? line('orientation', 'rl_orientationNamed', words)
    : line('orientation', 'rl_orientation');
}

const PART_LINES: Record<Exclude<RemovedKind, 'exif' | 'xmp'>, ReceiptLine> = {
  iptc: line('description', 'rl_iptc'),
  photoshop: line('editing_history', 'rl_photoshop'),
  comment: line('description', 'rl_comment'),
  text: line('description', 'rl_textNotes'),
  timestamp: line('date', 'rl_modificationTime'),
  thumbnail: line('thumbnail', 'rl_thumbnail'),
  embedded_image: line('embedded_image', 'rl_extraImage'),
  embedded_video: line('embedded_video', 'rl_motionPhoto'),
  trailer: line('other', 'rl_trailer'),
  multi_picture_index: line('embedded_image', 'rl_imageIndex'),
  provenance: line('provenance', 'rl_provenance'),
  item_names: line('other', 'rl_itemNames'),
  vendor: line('other', 'rl_vendor'),
  location: line('location', 'rl_location'),
  device: line('device', 'rl_device'),
  date: line('date', 'rl_recordingDate'),
  identifier: line('serial', 'rl_identifier'),
  timed_metadata: line('other', 'rl_timedTrack'),
};

const VIDEO_PARTS: ReadonlySet<RemovedKind> = new Set<VideoPartKind>([
  'location',
  'device',
  'date',
  'identifier',
  'timed_metadata',
]);

function isVideoPart(kind: RemovedKind): kind is VideoPartKind {
  return VIDEO_PARTS.has(kind);
}

/** PNG text keywords written by AI image tools: the prompt can say a lot about the person. */
const AI_KEYWORDS = /^(parameters|prompt|workflow|negative_prompt|Dream|sd-metadata)$/i;

function describePart(kind: Exclude<RemovedKind, 'exif' | 'xmp'>, detail?: string): ReceiptLine {
  if (kind === 'text' && detail) {
    if (AI_KEYWORDS.test(detail)) return line('description', 'rl_aiPrompt');
    if (detail === 'Thumb::URI') return line('owner', 'rl_filePath');
    if (/^(Author|Copyright)$/i.test(detail)) return line('owner', 'rl_authorName');
    if (/^Creation Time$/i.test(detail)) return line('date', 'rl_creationTime');
  }
  if (kind === 'embedded_image' && detail) {
    return line('embedded_image', 'rl_extraImageNamed', clean(detail));
  }
  return PART_LINES[kind];
}

/** XMP is scanned as text for the few things worth naming; all of it was removed regardless. */
function describeXmp(payload: Uint8Array | undefined): ReceiptLine[] {
  const lines: ReceiptLine[] = [line('editing_history', 'rl_xmp')];
  if (!payload) return lines;
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(
    payload.subarray(0, XMP_DESCRIBED_BYTES),
  );
  if (/exif:GPS(Latitude|Longitude)/.test(xml)) lines.push(line('location', 'rl_location'));
  if (/dc:creator|photoshop:AuthorsPosition|Iptc4xmpCore:CreatorContactInfo/.test(xml)) {
    lines.push(line('owner', 'rl_authorName'));
  }
  if (/xmpMM:History|xmpMM:DocumentID|xmpMM:DerivedFrom/.test(xml)) {
    lines.push(line('editing_history', 'rl_editingHistory'));
  }
  if (
    /photoshop:City|Iptc4xmpCore:Location|photoshop:Country|Iptc4xmpExt:LocationShown/.test(xml)
  ) {
    lines.push(line('location', 'rl_placeNames'));
  }
  if (/mwg-rs:Regions|MP:RegionInfo/.test(xml)) {
    lines.push(line('owner', 'rl_taggedFaces'));
  }
  if (/GCamera:(MotionPhoto|MicroVideo)|Container:Directory/.test(xml)) {
    lines.push(line('embedded_video', 'rl_motionPhoto'));
  }
  if (/GDepth:Data|GImage:Data/.test(xml)) {
    lines.push(line('embedded_image', 'rl_depthMap'));
  }
  if (/xmp:CreateDate|exif:DateTimeOriginal|photoshop:DateCreated/.test(xml)) {
    lines.push(line('date', 'rl_dates'));
  }
  return lines;
}

/** Remove control characters and cap length: receipt text must stay a short plain line. */
function clean(s: string): string {
  return s
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 60);
}

export function dedupe(lines: ReceiptLine[]): ReceiptLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => !seen.has(line.text) && seen.add(line.text));
}

/** A one-line summary for notices, in English: "Removed location, phone model and 2 dates". */
export function summarizeRemoved(lines: readonly ReceiptLine[]): string {
  return renderSummary(summaryParts(lines), ENGLISH);
}
