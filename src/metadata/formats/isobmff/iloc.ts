/**
 * The item location box, ISO/IEC 14496-12 §8.11.3.
 *
 *   iloc (FullBox v0/v1/v2)
 *     offset_size:4 length_size:4 base_offset_size:4 (index_size:4 | reserved:4)
 *     item_count (u16, u32 in v2)
 *     per item: item_ID (u16, u32 in v2), [v1/v2: reserved:12 construction_method:4],
 *               data_reference_index u16, base_offset, extent_count u16,
 *               per extent: [extent_index], extent_offset, extent_length
 *
 * construction_method 0 = offsets in this file, 1 = offsets in the meta box's idat, 2 = pieces
 * of other items (refused: extents would need extent_index resolution we do not do).
 */
import { need, u16be, u32be, u64be, u8 } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import type { BoxWriter } from './box-writer.ts';
import { readFullBox, type BoxHeader } from './boxes.ts';
import { MAX_ITEMS } from './iinf.ts';

export interface Extent {
  /** Method 0: absolute file offset; method 1: offset inside the idat payload. */
  readonly offset: number;
  readonly length: number;
}

export interface ItemLocation {
  readonly id: number;
  readonly constructionMethod: number;
  readonly dataReferenceIndex: number;
  readonly extents: readonly Extent[];
  /** True when extents carry an extent_index (index_size > 0). */
  readonly usesExtentIndex: boolean;
}

/** Extents over all items: zero-sized offset/length fields make extents cost no bytes. */
const MAX_TOTAL_EXTENTS = 200_000;

export function readIloc(b: Uint8Array, box: BoxHeader): ItemLocation[] {
  const { version, bodyStart } = readFullBox(b, box);
  if (version > 2) fail('unsupported_variant', `iloc version ${version} is not known`);
  const sizes1 = u8(b, bodyStart, 'iloc sizes');
  const sizes2 = u8(b, bodyStart + 1, 'iloc sizes');
  const offsetSize = fieldSize(sizes1 >> 4);
  const lengthSize = fieldSize(sizes1 & 15);
  const baseOffsetSize = fieldSize(sizes2 >> 4);
  const indexSize = version === 0 ? 0 : fieldSize(sizes2 & 15);
  const idSize = version === 2 ? 4 : 2;
  let at = bodyStart + 2;
  const count = idSize === 2 ? u16be(b, at, 'iloc count') : u32be(b, at, 'iloc count');
  at += idSize;
  const minEntry = idSize + (version > 0 ? 2 : 0) + 2 + baseOffsetSize + 2;
  if (count > MAX_ITEMS) fail('too_large', 'iloc declares too many items');
  if (count * minEntry > box.end - at) fail('malformed', 'iloc declares more items than it holds');
  const readUint = (size: number, what: string): number => {
    if (at + size > box.end) fail('truncated', 'iloc is cut off');
    need(b, at, size, what);
    const v = size === 0 ? 0 : size === 4 ? u32be(b, at, what) : u64be(b, at, what);
    at += size;
    return v;
  };
  const locations: ItemLocation[] = [];
  const seen = new Set<number>();
  let totalExtents = 0;
  for (let i = 0; i < count; i++) {
    const id = idSize === 2 ? readU16() : readUint(4, 'item ID');
    const constructionMethod = version > 0 ? readU16() & 15 : 0;
    const dataReferenceIndex = readU16();
    const baseOffset = readUint(baseOffsetSize, 'base offset');
    const extentCount = readU16();
    if (extentCount * (indexSize + offsetSize + lengthSize) > box.end - at) {
      fail('malformed', 'iloc declares more extents than it holds');
    }
    totalExtents += extentCount;
    if (totalExtents > MAX_TOTAL_EXTENTS) fail('too_large', 'the image declares too many extents');
    const extents: Extent[] = [];
    for (let e = 0; e < extentCount; e++) {
      readUint(indexSize, 'extent index');
      const offset = baseOffset + readUint(offsetSize, 'extent offset');
      const length = readUint(lengthSize, 'extent length');
      if (!Number.isSafeInteger(offset)) fail('malformed', 'an extent offset is impossible');
      extents.push({ offset, length });
    }
    if (seen.has(id)) fail('malformed', 'iloc lists one item twice');
    seen.add(id);
    locations.push({
      id,
      constructionMethod,
      dataReferenceIndex,
      extents,
      usesExtentIndex: indexSize > 0 && extentCount > 0,
    });
  }
  return locations;

  function readU16(): number {
    if (at + 2 > box.end) fail('truncated', 'iloc is cut off');
    const v = u16be(b, at, 'iloc field');
    at += 2;
    return v;
  }
}

function fieldSize(code: number): 0 | 4 | 8 {
  if (code === 0 || code === 4 || code === 8) return code;
  fail('malformed', 'iloc uses a field size other than 0, 4 or 8');
}

/** A rebuilt item's data: one contiguous extent in the new mdat (method 0) or idat (method 1). */
export interface OutputLocation {
  readonly id: number;
  readonly constructionMethod: 0 | 1;
  /** Method 0: offset from the start of the mdat payload; method 1: offset in idat. */
  readonly relativeOffset: number;
  readonly length: number;
}

/**
 * Writes iloc for rebuilt items. `mdatPayloadStart` is added to method-0 offsets; callers size
 * the box first with a placeholder, since its length does not depend on offset values.
 */
export function writeIloc(
  w: BoxWriter,
  entries: readonly OutputLocation[],
  mdatPayloadStart: number,
  offsetSize: 4 | 8,
): void {
  const wideIds = entries.some((e) => e.id > 0xffff);
  const needsMethod = entries.some((e) => e.constructionMethod === 1);
  const version = wideIds ? 2 : needsMethod ? 1 : 0;
  const lengthSize = entries.some((e) => e.length > 0xffffffff) ? 8 : 4;
  w.box('iloc', (iloc) => {
    iloc.fullBoxHeader(version, 0);
    iloc.u8((offsetSize << 4) | lengthSize).u8(0); // base_offset_size 0, index_size 0
    if (version === 2) iloc.u32(entries.length);
    else iloc.u16(entries.length);
    for (const entry of entries) {
      if (version === 2) iloc.u32(entry.id);
      else iloc.u16(entry.id);
      if (version > 0) iloc.u16(entry.constructionMethod);
      iloc.u16(0); // data_reference_index 0: this file
      if (entry.length === 0) {
        iloc.u16(0);
        continue;
      }
      const base = entry.constructionMethod === 0 ? mdatPayloadStart : 0;
      iloc
        .u16(1)
        .uint(offsetSize, base + entry.relativeOffset)
        .uint(lengthSize, entry.length);
    }
  });
}
