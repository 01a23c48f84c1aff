/**
 * Describing what a HEIF rebuild drops outside the item model.
 *
 *   top level   moov (image sequence) | mpvd (Samsung motion photo MP4) | sefd (Samsung trailer)
 *               | uuid (XMP or vendor) | free/skip | unknown boxes | bytes after the last box
 *   in meta     grpl entity groups, xml/bxml, ipro... | a non-empty hdlr name
 *   in mdat     bytes no item points at (stale data that was never shown)
 */
import type { RemovedPart } from '../../types.ts';
import { printable } from './boxes.ts';
import type { HeifFile } from './heif-file.ts';
import { XMP_UUID } from './heif-policy.ts';

export function describeRemovedBoxes(b: Uint8Array, file: HeifFile): RemovedPart[] {
  const removed: RemovedPart[] = [];
  if (file.moov) {
    const size = file.moov.end - file.moov.start;
    removed.push({ kind: 'embedded_video', detail: 'image sequence', size });
  }
  for (const box of file.others) {
    const size = box.end - box.start;
    if (box.type === 'mpvd') {
      removed.push({ kind: 'embedded_video', detail: 'motion photo video', size });
    } else if (box.type === 'sefd') {
      removed.push({ kind: 'vendor', detail: 'Samsung trailer', size });
    } else if (box.type === 'uuid' && box.usertype === XMP_UUID) {
      removed.push({ kind: 'xmp', size, payload: b.subarray(box.contentStart, box.end) });
    } else if (box.type === 'uuid') {
      removed.push({ kind: 'vendor', detail: 'uuid box', size });
    } else if (box.type === 'free' || box.type === 'skip') {
      removed.push({ kind: 'vendor', detail: 'free space', size });
    } else {
      removed.push({ kind: 'vendor', detail: `${printable(box.type)} box`, size });
    }
  }
  if (file.trailerStart !== null) {
    removed.push({ kind: 'trailer', size: b.length - file.trailerStart });
  }
  const { meta } = file;
  for (const box of meta.others) {
    const size = box.end - box.start;
    if (box.type === 'grpl') removed.push({ kind: 'vendor', detail: 'entity groups', size });
    else removed.push({ kind: 'vendor', detail: `${printable(box.type)} box in meta`, size });
  }
  if (meta.handlerNameLength > 0) {
    removed.push({ kind: 'vendor', detail: 'handler name', size: meta.handlerNameLength });
  }
  const unreferenced = unreferencedMediaBytes(file);
  if (unreferenced > 0) {
    removed.push({ kind: 'vendor', detail: 'unreferenced media data', size: unreferenced });
  }
  return removed;
}

/** mdat payload bytes outside every item's extents (an estimate when extents overlap). */
function unreferencedMediaBytes(file: HeifFile): number {
  let total = 0;
  for (const mdat of file.mdats) total += mdat.end - mdat.contentStart;
  for (const loc of file.meta.locations.values()) {
    if (loc.constructionMethod !== 0) continue;
    for (const e of loc.extents) {
      const inside = file.mdats.some(
        (m) => e.offset >= m.contentStart && e.offset + e.length <= m.end,
      );
      if (inside) total -= e.length;
    }
  }
  return Math.max(0, total);
}
