/**
 * Describing what a HEIF rebuild drops outside the item model.
 *
 *   top level   moov (image sequence) | mpvd (Samsung motion photo MP4) | sefd (Samsung trailer)
 *               | uuid (XMP or vendor) | free/skip | unknown boxes | bytes after the last box
 *   in meta     grpl entity groups, xml/bxml, ipro... | a non-empty hdlr name
 *   in mdat     bytes no item points at (stale data that was never shown)
 */
import type { RemovedPart } from '../../types.ts';
import { RemovedParts } from '../removed-parts.ts';
import { printable } from './boxes.ts';
import type { HeifFile } from './heif-file.ts';
import { insideMediaData } from './heif-items.ts';
import { XMP_UUID } from './heif-policy.ts';

export function describeRemovedBoxes(b: Uint8Array, file: HeifFile): RemovedPart[] {
  const removed = new RemovedParts();
  if (file.moov) {
    const size = file.moov.end - file.moov.start;
    removed.add('embedded_video', size, 'image sequence');
  }
  for (const box of file.others) {
    const size = box.end - box.start;
    if (box.type === 'mpvd') {
      removed.add('embedded_video', size, 'motion photo video');
    } else if (box.type === 'sefd') {
      removed.add('vendor', size, 'Samsung trailer');
    } else if (box.type === 'uuid' && box.usertype === XMP_UUID) {
      removed.add('xmp', size, undefined, b.subarray(box.contentStart, box.end));
    } else if (box.type === 'uuid') {
      removed.add('vendor', size, 'uuid box');
    } else if (box.type === 'free' || box.type === 'skip') {
      removed.add('vendor', size, 'free space');
    } else {
      removed.add('vendor', size, `${printable(box.type)} box`);
    }
  }
  if (file.trailerStart !== null) {
    removed.add('trailer', b.length - file.trailerStart);
  }
  const { meta } = file;
  for (const box of meta.others) {
    const size = box.end - box.start;
    if (box.type === 'grpl') removed.add('vendor', size, 'entity groups');
    else removed.add('vendor', size, `${printable(box.type)} box in meta`);
  }
  if (meta.handlerNameLength > 0) {
    removed.add('vendor', meta.handlerNameLength, 'handler name');
  }
  const unreferenced = unreferencedMediaBytes(file);
  if (unreferenced > 0) {
    removed.add('vendor', unreferenced, 'unreferenced media data');
  }
  return removed.list;
}

/** mdat payload bytes outside every item's extents (an estimate when extents overlap). */
function unreferencedMediaBytes(file: HeifFile): number {
  let total = 0;
  for (const mdat of file.mdats) total += mdat.end - mdat.contentStart;
  for (const loc of file.meta.locations.values()) {
    if (loc.constructionMethod !== 0) continue;
    for (const e of loc.extents) {
      if (insideMediaData(file.mdats, e.offset, e.offset + e.length)) total -= e.length;
    }
  }
  return Math.max(0, total);
}
