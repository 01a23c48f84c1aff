/**
 * Sorting APPn and COM segments into the few that survive and the receipt of what went.
 *
 *   keep:   APP0 "JFIF\0" (rebuilt without thumbnail) | APP2 "ICC_PROFILE\0" chunks
 *           | APP14 "Adobe" (rebuilt to its fixed 12 bytes) | Orientation from APP1 "Exif\0\0"
 *   remove: everything else, each reported with its kind
 */
import { concat, startsWith, u32be } from '../../bytes.ts';
import { readExifOrientation } from '../../exif-orientation.ts';
import type { RemovedPart } from '../../types.ts';
import { findBytes, signature } from './find-bytes.ts';
import { ICC_SIGNATURE, readIccChunk, type IccChunk } from './icc.ts';
import { PHOTOSHOP_SIGNATURE, findIptc } from './photoshop.ts';
import { APP0, APP1, APP11, APP13, APP14, APP2, COM, type JpegSegment } from './walk.ts';

const EXIF_SIGNATURE = 'Exif\0\0';
const XMP_SIGNATURE = 'http://ns.adobe.com/xap/1.0/\0';
const EXTENDED_XMP_SIGNATURE = 'http://ns.adobe.com/xmp/extension/\0';
/** Extended XMP chunk header after the signature: GUID (32), full length (4), offset (4). */
const EXTENDED_XMP_HEADER = EXTENDED_XMP_SIGNATURE.length + 40;
export const JFIF_SIGNATURE = 'JFIF\0';
/** "JFIF\0", version (2), units (1), densities (2 + 2), thumbnail size (1 + 1). */
export const JFIF_BODY_LENGTH = 14;
export const ADOBE_SIGNATURE = 'Adobe';
/** "Adobe", DCTEncodeVersion (2), flags0 (2), flags1 (2), ColorTransform (1). */
export const ADOBE_BODY_LENGTH = 12;
/** XMP properties that announce a video appended after the image (Google motion photos). */
const MOTION_PHOTO_HINTS = [signature('MotionPhoto'), signature('MicroVideo')];

/** Vendor APPn signatures named in the receipt; any other is reported as plain "APPn". */
const KNOWN_VENDORS = [
  'FPXR',
  'Ducky',
  'GoPro',
  'SPIFF',
  'RMETA',
  'Meta',
  'NITF',
  'EPPIM',
  'HDR_RI',
  'FLIR',
  'QVCI',
  'Qualcomm Camera',
  'Adobe_CM',
  'AVI1',
];

export interface CollectedMetadata {
  /** APP0 JFIF rebuilt without a thumbnail, when the file had one. */
  jfif?: Uint8Array;
  /** APP14 Adobe rebuilt with only its fixed fields, when the file had one. */
  adobe?: Uint8Array;
  iccChunks: IccChunk[];
  /** Orientation from the first EXIF block (1 when none). */
  orientation: number;
  /** The XMP said the trailer holds a motion-photo video. */
  motionPhoto: boolean;
  removed: RemovedPart[];
}

export function collectMetadata(
  bytes: Uint8Array,
  segments: readonly JpegSegment[],
): CollectedMetadata {
  const found: CollectedMetadata = {
    iccChunks: [],
    orientation: 1,
    motionPhoto: false,
    removed: [],
  };
  let exifSeen = false;
  const photoshop: Uint8Array[] = [];
  let photoshopSize = 0;
  const extendedXmp: JpegSegment[] = [];
  for (const segment of segments) {
    const { marker } = segment;
    const body = bytes.subarray(segment.bodyStart, segment.bodyEnd);
    const size = segment.bodyEnd - segment.start;
    const remove = (part: Omit<RemovedPart, 'size'>): void => {
      found.removed.push({ ...part, size });
    };
    if (marker === APP0) {
      collectApp0(found, body, size);
    } else if (marker === APP1 && startsWith(body, 0, EXIF_SIGNATURE)) {
      const tiff = body.subarray(EXIF_SIGNATURE.length);
      if (!exifSeen) found.orientation = readExifOrientation(tiff);
      exifSeen = true;
      remove({ kind: 'exif', payload: tiff });
    } else if (marker === APP1 && startsWith(body, 0, XMP_SIGNATURE)) {
      const packet = body.subarray(XMP_SIGNATURE.length);
      if (MOTION_PHOTO_HINTS.some((hint) => findBytes(packet, hint) >= 0)) {
        found.motionPhoto = true;
      }
      remove({ kind: 'xmp', payload: packet });
    } else if (marker === APP1 && startsWith(body, 0, EXTENDED_XMP_SIGNATURE)) {
      extendedXmp.push(segment);
    } else if (marker === APP2 && startsWith(body, 0, ICC_SIGNATURE)) {
      found.iccChunks.push(readIccChunk(body));
    } else if (marker === APP2 && startsWith(body, 0, 'MPF\0')) {
      remove({ kind: 'multi_picture_index' });
    } else if (marker === APP11 && isJumbf(body)) {
      remove({ kind: 'provenance', detail: 'C2PA / JUMBF' });
    } else if (marker === APP13 && startsWith(body, 0, PHOTOSHOP_SIGNATURE)) {
      photoshop.push(body.subarray(PHOTOSHOP_SIGNATURE.length));
      photoshopSize += size;
    } else if (marker === APP14 && startsWith(body, 0, ADOBE_SIGNATURE)) {
      collectAdobe(found, body, size);
    } else if (marker === COM) {
      remove({ kind: 'comment' });
    } else {
      remove({ kind: 'vendor', detail: vendorName(marker, body) });
    }
  }
  if (photoshop.length > 0) {
    // Resource blocks may continue from one APP13 segment into the next.
    const resources = photoshop.length === 1 ? photoshop[0]! : concat(photoshop);
    found.removed.push({ kind: 'photoshop', payload: resources, size: photoshopSize });
    const iptc = findIptc(resources);
    if (iptc) found.removed.push({ kind: 'iptc', payload: iptc, size: iptc.length });
  }
  found.removed.push(...groupExtendedXmp(bytes, extendedXmp));
  return found;
}

function collectApp0(found: CollectedMetadata, body: Uint8Array, size: number): void {
  if (startsWith(body, 0, JFIF_SIGNATURE) && body.length >= JFIF_BODY_LENGTH) {
    const thumbnailBytes = body.length - JFIF_BODY_LENGTH;
    if (thumbnailBytes > 0) {
      found.removed.push({ kind: 'thumbnail', detail: 'JFIF thumbnail', size: thumbnailBytes });
    }
    if (found.jfif) {
      found.removed.push({ kind: 'vendor', detail: 'APP0 JFIF', size: size - thumbnailBytes });
      return;
    }
    const jfif = new Uint8Array(4 + JFIF_BODY_LENGTH);
    jfif.set([0xff, APP0, 0x00, 2 + JFIF_BODY_LENGTH]);
    // Version, units and densities are kept: they set the printed size, nothing more.
    jfif.set(body.subarray(0, JFIF_BODY_LENGTH - 2), 4);
    found.jfif = jfif;
    return;
  }
  if (startsWith(body, 0, 'JFXX\0')) {
    found.removed.push({ kind: 'thumbnail', detail: 'JFXX thumbnail', size });
    return;
  }
  found.removed.push({ kind: 'vendor', detail: vendorName(APP0, body), size });
}

function collectAdobe(found: CollectedMetadata, body: Uint8Array, size: number): void {
  if (found.adobe || body.length < ADOBE_BODY_LENGTH) {
    found.removed.push({ kind: 'vendor', detail: 'APP14 Adobe', size });
    return;
  }
  const adobe = new Uint8Array(4 + ADOBE_BODY_LENGTH);
  adobe.set([0xff, APP14, 0x00, 2 + ADOBE_BODY_LENGTH]);
  adobe.set(body.subarray(0, ADOBE_BODY_LENGTH), 4);
  found.adobe = adobe;
  const extra = body.length - ADOBE_BODY_LENGTH;
  if (extra > 0)
    found.removed.push({ kind: 'vendor', detail: 'APP14 Adobe extra data', size: extra });
}

/** JPEG XT box (ISO 19566-5): CI "JP", instance (2), sequence (4), then a 'jumb' box. */
function isJumbf(body: Uint8Array): boolean {
  return startsWith(body, 0, 'JP') && startsWith(body, 12, 'jumb');
}

function vendorName(marker: number, body: Uint8Array): string {
  const app = `APP${marker - APP0}`;
  const name = KNOWN_VENDORS.find((vendor) => startsWith(body, 0, vendor));
  return name ? `${app} ${name}` : app;
}

/**
 * Extended XMP: one packet split over APP1 segments that share a GUID, each carrying the full
 * length and its own offset. A complete packet is handed to the receipt in one piece.
 */
function groupExtendedXmp(bytes: Uint8Array, segments: readonly JpegSegment[]): RemovedPart[] {
  const byGuid = new Map<string, JpegSegment[]>();
  for (const segment of segments) {
    const guidAt = segment.bodyStart + EXTENDED_XMP_SIGNATURE.length;
    const guid = segment.bodyEnd - guidAt >= 32 ? String(bytes.subarray(guidAt, guidAt + 32)) : '';
    const group = byGuid.get(guid) ?? [];
    group.push(segment);
    byGuid.set(guid, group);
  }
  const parts: RemovedPart[] = [];
  for (const group of byGuid.values()) {
    let size = 0;
    for (const segment of group) size += segment.bodyEnd - segment.start;
    const payload = joinExtendedXmp(bytes, group);
    parts.push({ kind: 'xmp', detail: 'extended', size, ...(payload ? { payload } : {}) });
  }
  return parts;
}

function joinExtendedXmp(bytes: Uint8Array, group: readonly JpegSegment[]): Uint8Array | undefined {
  try {
    const chunks = group.map((segment) => {
      const at = segment.bodyStart + EXTENDED_XMP_SIGNATURE.length + 32;
      if (segment.bodyEnd < segment.bodyStart + EXTENDED_XMP_HEADER) throw new RangeError();
      return {
        total: u32be(bytes, at),
        offset: u32be(bytes, at + 4),
        data: bytes.subarray(at + 8, segment.bodyEnd),
      };
    });
    chunks.sort((a, b) => a.offset - b.offset);
    let expected = 0;
    for (const chunk of chunks) {
      if (chunk.offset !== expected || chunk.total !== chunks[0]!.total) return undefined;
      expected += chunk.data.length;
    }
    return expected === chunks[0]!.total ? concat(chunks.map((chunk) => chunk.data)) : undefined;
  } catch {
    // An incomplete extended packet is removed all the same; it just is not described.
    return undefined;
  }
}
