/**
 * The item information box, ISO/IEC 14496-12 §8.11.6 (HEIF: ISO/IEC 23008-12 §9.2).
 *
 *   iinf (FullBox v0: entry_count u16 | later versions: u32)
 *     infe (FullBox v2: item_ID u16 | v3: item_ID u32; flags bit 0 = hidden)
 *       item_protection_index u16, item_type 4cc, item_name string,
 *       [item_type 'mime': content_type string, optional content_encoding string]
 *       [item_type 'uri ': item_uri_type string]
 *
 * Versions 0 and 1 of infe have no item_type and are not allowed in HEIF; they are refused.
 */
import { fail } from '../../errors.ts';
import { u16be, u32be, ascii } from '../../bytes.ts';
import type { BoxWriter } from './box-writer.ts';
import { readCString, readChildren, readFullBox, type BoxHeader } from './boxes.ts';

export interface ItemInfo {
  readonly id: number;
  readonly type: string;
  /** flags bit 0 (§8.11.6.2): the item is not meant to be displayed on its own. */
  readonly hidden: boolean;
  readonly protectionIndex: number;
  readonly name: string;
  /** For 'mime' items: the MIME type ('' otherwise). */
  readonly contentType: string;
  readonly contentEncoding: string;
}

/** More items than any camera writes (an iPhone 48 MP grid is under 300). */
export const MAX_ITEMS = 10_000;
/** The smallest infe v2: 12 header bytes + item_ID, protection index, type, name NUL. */
const MIN_INFE_SIZE = 12 + 2 + 2 + 4 + 1;

export function readIinf(b: Uint8Array, box: BoxHeader): ItemInfo[] {
  const { version, bodyStart } = readFullBox(b, box);
  const count =
    version === 0 ? u16be(b, bodyStart, 'iinf count') : u32be(b, bodyStart, 'iinf count');
  const childrenStart = bodyStart + (version === 0 ? 2 : 4);
  if (count > MAX_ITEMS) fail('too_large', 'the image declares too many items');
  if (count * MIN_INFE_SIZE > box.end - childrenStart) {
    fail('malformed', 'iinf declares more items than it has room for');
  }
  const children = readChildren(b, childrenStart, box.end, MAX_ITEMS);
  if (children.length !== count) fail('malformed', 'iinf item count does not match its entries');
  const items: ItemInfo[] = [];
  const seen = new Set<number>();
  for (const child of children) {
    if (child.type !== 'infe') fail('malformed', 'iinf holds something other than infe');
    const item = readInfe(b, child);
    if (seen.has(item.id)) fail('malformed', 'two items share one item ID');
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

function readInfe(b: Uint8Array, box: BoxHeader): ItemInfo {
  const { version, flags, bodyStart } = readFullBox(b, box);
  if (version < 2) fail('unsupported_variant', 'item info entries older than version 2');
  if (version > 3) fail('unsupported_variant', `infe version ${version} is not known`);
  let at = bodyStart;
  const id = version === 2 ? u16be(b, at, 'item ID') : u32be(b, at, 'item ID');
  at += version === 2 ? 2 : 4;
  if (at + 6 > box.end) fail('truncated', 'infe is cut off');
  const protectionIndex = u16be(b, at);
  const type = ascii(b, at + 2, 4, 'item type');
  at += 6;
  // Some writers omit the NUL of an empty item_name at the very end of the box.
  const name = at >= box.end ? { text: '', next: at } : readCString(b, at, box.end, 'item name');
  let contentType = '';
  let contentEncoding = '';
  if (type === 'mime' && name.next < box.end) {
    const ct = readCString(b, name.next, box.end, 'item content type');
    contentType = ct.text;
    if (ct.next < box.end) contentEncoding = readCString(b, ct.next, box.end, 'encoding').text;
  }
  return {
    id,
    type,
    hidden: (flags & 1) === 1,
    protectionIndex,
    name: name.text,
    contentType,
    contentEncoding,
  };
}

/**
 * Writes iinf with fresh infe boxes: item names are always empty, and only image item types
 * (no content_type, no URI) are ever written, because only image items are kept.
 */
export function writeIinf(w: BoxWriter, items: readonly ItemInfo[]): void {
  const wide = items.length > 0xffff;
  w.box('iinf', (iinf) => {
    iinf.fullBoxHeader(wide ? 1 : 0, 0);
    if (wide) iinf.u32(items.length);
    else iinf.u16(items.length);
    for (const item of items) {
      if (item.type === 'mime' || item.type === 'uri ') {
        fail('verification_failed', 'a metadata item was about to be written');
      }
      const large = item.id > 0xffff;
      iinf.box('infe', (infe) => {
        infe.fullBoxHeader(large ? 3 : 2, item.hidden ? 1 : 0);
        if (large) infe.u32(item.id);
        else infe.u16(item.id);
        infe.u16(0).fourcc(item.type).cstring('');
      });
    }
  });
}
