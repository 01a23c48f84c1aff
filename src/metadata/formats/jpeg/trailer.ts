/**
 * Naming what sat after the primary image's EOI. All of it is removed; this only decides what
 * the receipt says. The trailer is cut at the first point where each known thing starts:
 *
 *   [unknown bytes] [FF D8 FF... MPF images, gain maps] [size 'ftyp'... MP4 video]
 *   [... 'SEFH' directory | length | 'SEFT'] (Samsung)
 */
import { ascii, u32be, u32le } from '../../bytes.ts';
import type { RemovedPart } from '../../types.ts';
import { findBytes, signature } from './find-bytes.ts';

const JPEG_START = Uint8Array.of(0xff, 0xd8, 0xff);
const FTYP = signature('ftyp');
/** An `ftyp` box lists a few brands; anything larger is a chance match inside other data. */
const MAX_FTYP_BOX = 1024;

interface Region {
  at: number;
  kind: RemovedPart['kind'];
  detail?: string;
}

export function describeTrailer(trailer: Uint8Array, motionPhotoInXmp: boolean): RemovedPart[] {
  const length = trailer.length;
  if (length === 0) return [];
  const videoAt = findMp4(trailer);
  const samsungAt = findSamsungDirectory(trailer);
  // Secondary JPEGs come before any video; searching only there keeps chance FF D8 FF runs
  // inside compressed video from being named as images.
  const imageAt = findBytes(trailer, JPEG_START, 0, videoAt ?? samsungAt ?? length);
  const regions: Region[] = [leadRegion(motionPhotoInXmp && videoAt === undefined, samsungAt)];
  if (imageAt >= 0) regions.push({ at: imageAt, kind: 'embedded_image' });
  if (videoAt !== undefined) regions.push({ at: videoAt, kind: 'embedded_video' });
  if (samsungAt !== undefined) {
    regions.push({ at: samsungAt, kind: 'vendor', detail: 'Samsung trailer' });
  }
  // Stable sort: at equal offsets the more specific region (pushed later) wins below.
  regions.sort((a, b) => a.at - b.at);
  const parts: RemovedPart[] = [];
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i]!;
    const end = regions[i + 1]?.at ?? length;
    if (end <= region.at) continue;
    parts.push({
      kind: region.kind,
      ...(region.detail ? { detail: region.detail } : {}),
      size: end - region.at,
    });
  }
  return parts;
}

/** What the bytes right after the EOI are, before any recognised start. */
function leadRegion(videoAnnounced: boolean, samsungAt: number | undefined): Region {
  if (videoAnnounced) return { at: 0, kind: 'embedded_video' };
  // Samsung writes its data blocks (UTC time, video, depth...) first, the directory last.
  if (samsungAt !== undefined) return { at: 0, kind: 'vendor', detail: 'Samsung trailer' };
  return { at: 0, kind: 'trailer' };
}

/** Offset of the first plausible MP4 `ftyp` box, if any. */
function findMp4(trailer: Uint8Array): number | undefined {
  let from = 4;
  for (;;) {
    const hit = findBytes(trailer, FTYP, from);
    if (hit < 0) return undefined;
    const boxAt = hit - 4;
    const size = u32be(trailer, boxAt);
    if (size >= 8 && size <= MAX_FTYP_BOX && boxAt + size <= trailer.length) return boxAt;
    from = hit + 1;
  }
}

/** Samsung's trailer ends with a directory: 'SEFH' ... | directory length (u32le) | 'SEFT'. */
function findSamsungDirectory(trailer: Uint8Array): number | undefined {
  const length = trailer.length;
  if (length < 8 || ascii(trailer, length - 4, 4) !== 'SEFT') return undefined;
  const directoryLength = u32le(trailer, length - 8);
  const directoryAt = length - 8 - directoryLength;
  if (directoryAt >= 0 && ascii(trailer, directoryAt, 4) === 'SEFH') return directoryAt;
  return length - 8;
}
