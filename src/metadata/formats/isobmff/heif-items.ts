/**
 * Reading what items are and hold: their data through iloc, their auxC type, and the checks a
 * kept item's location must pass before its bytes are copied.
 *
 *   construction_method 0: extent = [offset, offset+length) of the file, inside one mdat payload
 *   construction_method 1: extent = [offset, offset+length) of the idat payload (§8.11.3.1)
 */
import { concat } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import { readCString, readFullBox, type BoxHeader } from './boxes.ts';
import type { HeifFile } from './heif-file.ts';
import type { ItemLocation } from './iloc.ts';
import type { HeifMeta } from './meta.ts';

/** Total bytes of an item's data according to iloc (0 when it has no location). */
export function itemSize(meta: HeifMeta, id: number): number {
  let total = 0;
  for (const e of meta.locations.get(id)?.extents ?? []) total += e.length;
  return total;
}

/**
 * The bytes of an item (a metadata item being described before removal), or null when its
 * location is anything but simple and in range: a payload is a courtesy for the receipt, the
 * item is removed either way.
 */
export function itemData(b: Uint8Array, meta: HeifMeta, id: number): Uint8Array | null {
  const loc = meta.locations.get(id);
  if (!loc || loc.dataReferenceIndex !== 0 || loc.usesExtentIndex) return null;
  const parts: Uint8Array[] = [];
  for (const e of loc.extents) {
    const base =
      loc.constructionMethod === 0
        ? 0
        : loc.constructionMethod === 1
          ? meta.idat?.start
          : undefined;
    const limit = loc.constructionMethod === 0 ? b.length : meta.idat?.end;
    if (base === undefined || limit === undefined) return null;
    const start = base + e.offset;
    if (e.length === 0 || start + e.length > limit) return null;
    parts.push(b.subarray(start, start + e.length));
  }
  return parts.length === 1 ? parts[0]! : concat(parts);
}

/** The aux_type of the item's auxC property (ISO/IEC 23008-12 §6.5.8), or null. */
export function auxTypeOf(b: Uint8Array, meta: HeifMeta, id: number): string | null {
  for (const a of meta.properties.associations.get(id) ?? []) {
    const prop = meta.properties.properties[a.index - 1];
    if (!prop || prop.box.type !== 'auxC') continue;
    const { bodyStart } = readFullBox(b, prop.box);
    return readCString(b, bodyStart, prop.box.end, 'auxiliary type').text;
  }
  return null;
}

/** Refuses a kept item whose location we could not copy exactly and safely. */
export function checkKeptLocation(file: HeifFile, loc: ItemLocation): void {
  if (loc.constructionMethod === 2 || loc.usesExtentIndex) {
    fail('unsupported_variant', 'image data built from other items is not supported');
  }
  if (loc.constructionMethod > 2) fail('malformed', 'an item has an unknown construction method');
  if (loc.dataReferenceIndex !== 0) {
    fail('unsupported_variant', 'the image refers to data stored in another file');
  }
  for (const e of loc.extents) {
    if (e.length === 0) fail('unsupported_variant', 'an image extent of unspecified length');
    const end = e.offset + e.length;
    if (!Number.isSafeInteger(end)) fail('malformed', 'an image extent is impossibly large');
    if (loc.constructionMethod === 1) {
      const idat = file.meta.idat ?? fail('malformed', 'an item points into a missing idat box');
      if (end > idat.end - idat.start) fail('malformed', 'an image extent runs past the idat box');
    } else if (!insideMediaData(file.mdats, e.offset, end)) {
      fail('malformed', 'an image extent lies outside the media data');
    }
  }
}

/**
 * Whether [start, end) lies inside one mdat payload. `mdats` are in file order, so they are
 * sorted and disjoint: a binary search keeps this cheap with thousands of boxes and extents.
 */
export function insideMediaData(mdats: readonly BoxHeader[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mdats.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = mdats[mid]!;
    if (start < m.contentStart) hi = mid - 1;
    else if (start >= m.end) lo = mid + 1;
    else return end <= m.end;
  }
  return false;
}

/** Refuses kept extents that overlap: one byte belonging to two images is not a layout we trust. */
export function checkNoOverlap(locations: readonly ItemLocation[]): void {
  for (const method of [0, 1]) {
    const extents = locations
      .filter((l) => l.constructionMethod === method)
      .flatMap((l) => l.extents)
      .sort((x, y) => x.offset - y.offset);
    for (let i = 1; i < extents.length; i++) {
      const prev = extents[i - 1]!;
      if (extents[i]!.offset < prev.offset + prev.length) {
        fail('malformed', 'two image extents overlap');
      }
    }
  }
}
