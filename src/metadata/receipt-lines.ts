/**
 * The receipt: what was removed and what was kept, in words a person understands. Lines are
 * plain strings, shown with `textContent` only; they never contain file names and only the few
 * values a person needs to judge the risk (coordinates, device, date).
 *
 * EXIF blocks are described by a function passed in (exifr in receipt-exif.ts), so code that
 * must stay small, the upload content script, can have them described elsewhere (the
 * background) without bundling exifr.
 */
import { describeVideoPart, type VideoPartKind } from './receipt-video.ts';
import type { KeptPart, ReceiptLine, RemovedKind, RemovedPart } from './types.ts';

const XMP_DESCRIBED_BYTES = 1024 * 1024;

export type ExifDescriber = (tiff: Uint8Array) => Promise<ReceiptLine[]> | ReceiptLine[];

export const GENERIC_EXIF: ReceiptLine = { category: 'other', text: 'Camera data (EXIF)' };

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
          return { category: 'orientation', text: describeOrientation(part.value, part.detail) };
        case 'colour_profile':
          return {
            category: 'colour_profile',
            text: part.detail ? `Colour profile (${clean(part.detail)})` : 'Colour profile',
          };
        case 'colour_info':
          return { category: 'colour_info', text: 'Colour information' };
        case 'animation':
          return { category: 'animation', text: 'Animation' };
      }
    }),
  );
}

const ORIENTATIONS: Record<number, string> = {
  2: 'mirrored',
  3: 'rotated 180°',
  4: 'upside down, mirrored',
  5: 'rotated 90° and mirrored',
  6: 'rotated 90°',
  7: 'rotated 270° and mirrored',
  8: 'rotated 270°',
};

function describeOrientation(value: number | undefined, detail: string | undefined): string {
  const words =
    (value !== undefined ? ORIENTATIONS[value] : undefined) ?? (detail ? clean(detail) : '');
  return words ? `Orientation (${words})` : 'Orientation';
}

const PART_LINES: Record<Exclude<RemovedKind, 'exif' | 'xmp'>, ReceiptLine> = {
  iptc: { category: 'description', text: 'Caption, keywords and credits (IPTC)' },
  photoshop: { category: 'editing_history', text: 'Photoshop data' },
  comment: { category: 'description', text: 'Comment text' },
  text: { category: 'description', text: 'Text notes' },
  timestamp: { category: 'date', text: 'Modification time' },
  thumbnail: { category: 'thumbnail', text: 'Embedded thumbnail' },
  embedded_image: { category: 'embedded_image', text: 'Hidden extra image' },
  embedded_video: { category: 'embedded_video', text: 'Embedded video (motion photo)' },
  trailer: { category: 'other', text: 'Hidden data after the end of the image' },
  multi_picture_index: { category: 'embedded_image', text: 'Index of hidden extra images' },
  provenance: { category: 'provenance', text: 'Content credentials (can name the creator)' },
  item_names: { category: 'other', text: 'Internal item names' },
  vendor: { category: 'other', text: 'Manufacturer or app data' },
  location: { category: 'location', text: 'Location data' },
  device: { category: 'device', text: 'Device details' },
  date: { category: 'date', text: 'Recording date' },
  identifier: { category: 'serial', text: 'Unique identifier' },
  timed_metadata: { category: 'other', text: 'Timed metadata track' },
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
  const line = PART_LINES[kind];
  if (kind === 'text' && detail) {
    if (AI_KEYWORDS.test(detail)) return { category: 'description', text: 'AI generation prompt' };
    if (detail === 'Thumb::URI') return { category: 'owner', text: 'Original file path' };
    if (/^(Author|Copyright)$/i.test(detail)) return { category: 'owner', text: 'Author name' };
    if (/^Creation Time$/i.test(detail)) return { category: 'date', text: 'Creation time' };
  }
  if (kind === 'embedded_image' && detail) {
    return { category: 'embedded_image', text: `Hidden extra image (${clean(detail)})` };
  }
  return line;
}

/** XMP is scanned as text for the few things worth naming; all of it was removed regardless. */
function describeXmp(payload: Uint8Array | undefined): ReceiptLine[] {
  const lines: ReceiptLine[] = [{ category: 'editing_history', text: 'XMP metadata' }];
  if (!payload) return lines;
  const xml = new TextDecoder('utf-8', { fatal: false }).decode(
    payload.subarray(0, XMP_DESCRIBED_BYTES),
  );
  if (/exif:GPS(Latitude|Longitude)/.test(xml))
    lines.push({ category: 'location', text: 'Location data' });
  if (/dc:creator|photoshop:AuthorsPosition|Iptc4xmpCore:CreatorContactInfo/.test(xml)) {
    lines.push({ category: 'owner', text: 'Author name' });
  }
  if (/xmpMM:History|xmpMM:DocumentID|xmpMM:DerivedFrom/.test(xml)) {
    lines.push({ category: 'editing_history', text: 'Editing history' });
  }
  if (
    /photoshop:City|Iptc4xmpCore:Location|photoshop:Country|Iptc4xmpExt:LocationShown/.test(xml)
  ) {
    lines.push({ category: 'location', text: 'Place names' });
  }
  if (/mwg-rs:Regions|MP:RegionInfo/.test(xml)) {
    lines.push({ category: 'owner', text: 'Tagged faces and names' });
  }
  if (/GCamera:(MotionPhoto|MicroVideo)|Container:Directory/.test(xml)) {
    lines.push({ category: 'embedded_video', text: 'Embedded video (motion photo)' });
  }
  if (/GDepth:Data|GImage:Data/.test(xml)) {
    lines.push({ category: 'embedded_image', text: 'Hidden extra image (depth map or original)' });
  }
  if (/xmp:CreateDate|exif:DateTimeOriginal|photoshop:DateCreated/.test(xml)) {
    lines.push({ category: 'date', text: 'Dates' });
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

/** A one-line summary for notices: "Removed location, phone model and 2 dates". */
export function summarizeRemoved(lines: readonly ReceiptLine[]): string {
  if (lines.length === 0) return 'Nothing identifying was found';
  const count = (c: string) => lines.filter((l) => l.category === c).length;
  const parts: string[] = [];
  if (count('location')) parts.push('location');
  if (lines.some((l) => l.text.startsWith('Phone:'))) parts.push('phone model');
  else if (lines.some((l) => l.text.startsWith('Camera:'))) parts.push('camera model');
  if (count('serial')) parts.push('serial numbers');
  if (count('owner')) parts.push('names');
  const dates = count('date');
  if (dates) parts.push(dates === 1 ? '1 date' : `${dates} dates`);
  if (count('thumbnail')) parts.push('thumbnail');
  if (count('embedded_video')) parts.push('embedded video');
  if (count('embedded_image')) parts.push('hidden images');
  const rest = lines.length - parts.length;
  if (parts.length === 0) return `Removed ${lines.length} hidden details`;
  if (rest > 0) parts.push(rest === 1 ? '1 more detail' : `${rest} more details`);
  const last = parts.pop();
  return `Removed ${parts.length ? `${parts.join(', ')} and ${last}` : last}`;
}
