/**
 * Item properties, ISO/IEC 23008-12 §9.3 (HEIF).
 *
 *   iprp
 *     ipco: property boxes, numbered 1.. in order (colr, hvcC, ispe, irot, auxC, ...)
 *     ipma (FullBox; v0: item_ID u16 | v1: u32; flags bit 0: 15-bit indices, else 7-bit)
 *       entry_count u32; per entry: item_ID, association_count u8,
 *         per association: essential:1 property_index:7|15 (0 = no property)
 *
 * Several ipma boxes may exist (with different version/flags), but an item appears in only one
 * (§9.3.1); they are merged into one on rewrite.
 */
import { u16be, u32be, u8 } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import type { BoxWriter } from './box-writer.ts';
import { readChildren, readFullBox, type BoxHeader } from './boxes.ts';
import { MAX_ITEMS } from './iinf.ts';

export interface Property {
  readonly box: BoxHeader;
  /** The whole property box, copied byte for byte when kept. */
  readonly bytes: Uint8Array;
}

export interface Association {
  /** 1-based index into ipco. */
  readonly index: number;
  readonly essential: boolean;
}

export interface ItemProperties {
  readonly properties: readonly Property[];
  /** item ID -> its associations, in stored order (transformative ones last, §6.5.1). */
  readonly associations: ReadonlyMap<number, readonly Association[]>;
}

const MAX_PROPERTIES = 32_767;

export function readIprp(b: Uint8Array, box: BoxHeader): ItemProperties {
  let properties: Property[] | null = null;
  const associations = new Map<number, Association[]>();
  for (const child of readChildren(b, box.contentStart, box.end, 64)) {
    if (child.type === 'ipco') {
      if (properties) fail('malformed', 'more than one property container');
      properties = readChildren(b, child.contentStart, child.end, MAX_PROPERTIES).map((p) => ({
        box: p,
        bytes: b.subarray(p.start, p.end),
      }));
    } else if (child.type === 'ipma') {
      readIpma(b, child, associations);
    } else {
      fail('unsupported_variant', 'unknown box in the item properties');
    }
  }
  if (!properties) fail('malformed', 'item properties without a property container');
  for (const list of associations.values()) {
    for (const a of list) {
      if (a.index > properties.length) fail('malformed', 'an item uses a property that is missing');
    }
  }
  return { properties, associations };
}

function readIpma(b: Uint8Array, box: BoxHeader, into: Map<number, Association[]>): void {
  const { version, flags, bodyStart } = readFullBox(b, box);
  if (version > 1) fail('unsupported_variant', `ipma version ${version} is not known`);
  const idSize = version === 0 ? 2 : 4;
  const wideIndex = (flags & 1) === 1;
  const count = u32be(b, bodyStart, 'ipma count');
  let at = bodyStart + 4;
  if (count > MAX_ITEMS || count * (idSize + 1) > box.end - at) {
    fail('malformed', 'ipma declares more items than it holds');
  }
  for (let i = 0; i < count; i++) {
    if (at + idSize + 1 > box.end) fail('truncated', 'ipma is cut off');
    const id = idSize === 2 ? u16be(b, at, 'item ID') : u32be(b, at, 'item ID');
    const n = u8(b, at + idSize);
    at += idSize + 1;
    if (at + n * (wideIndex ? 2 : 1) > box.end) fail('truncated', 'ipma is cut off');
    if (into.has(id)) fail('malformed', 'an item has two property lists');
    const list: Association[] = [];
    for (let k = 0; k < n; k++) {
      const raw = wideIndex ? u16be(b, at) : u8(b, at);
      at += wideIndex ? 2 : 1;
      const essential = (raw & (wideIndex ? 0x8000 : 0x80)) !== 0;
      const index = raw & (wideIndex ? 0x7fff : 0x7f);
      if (index !== 0) list.push({ index, essential });
    }
    into.set(id, list);
  }
}

/**
 * Writes iprp with only `kept` properties (in their original order) and associations renumbered
 * to them. `itemIds` must be the kept items; associations are written in increasing item_ID
 * order as §9.3.1 requires.
 */
export function writeIprp(
  w: BoxWriter,
  source: ItemProperties,
  kept: ReadonlySet<number>,
  itemIds: readonly number[],
): void {
  const newIndex = new Map<number, number>();
  const keptProps: Property[] = [];
  source.properties.forEach((p, i) => {
    if (!kept.has(i + 1)) return;
    keptProps.push(p);
    newIndex.set(i + 1, keptProps.length);
  });
  const ids = [...itemIds].sort((a, b) => a - b);
  const wideIds = ids.some((id) => id > 0xffff);
  const wideIndex = keptProps.length > 127;
  w.box('iprp', (iprp) => {
    iprp.box('ipco', (ipco) => {
      for (const p of keptProps) ipco.bytes(p.bytes);
    });
    iprp.box('ipma', (ipma) => {
      ipma.fullBoxHeader(wideIds ? 1 : 0, wideIndex ? 1 : 0);
      const entries = ids.map((id) => ({
        id,
        list: (source.associations.get(id) ?? []).filter((a) => newIndex.has(a.index)),
      }));
      ipma.u32(entries.length);
      for (const { id, list } of entries) {
        if (wideIds) ipma.u32(id);
        else ipma.u16(id);
        if (list.length > 255) fail('malformed', 'an item has too many properties');
        ipma.u8(list.length);
        for (const a of list) {
          const index = newIndex.get(a.index)!;
          if (wideIndex) ipma.u16((a.essential ? 0x8000 : 0) | index);
          else ipma.u8((a.essential ? 0x80 : 0) | index);
        }
      }
    });
  });
}
