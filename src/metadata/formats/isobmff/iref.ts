/**
 * The item reference box, ISO/IEC 14496-12 §8.11.12.
 *
 *   iref (FullBox v0: item IDs u16 | v1: u32)
 *     <reference type> box: from_item_ID, reference_count u16, to_item_ID[reference_count]
 *
 * HEIF reference types (ISO/IEC 23008-12 §6.4, §6.6): 'dimg' derived image -> its inputs,
 * 'thmb' thumbnail -> master, 'auxl' auxiliary image -> master, 'cdsc' metadata -> described
 * item, 'prem' pre-multiplied master -> its alpha, 'base' (tone map / gain map inputs).
 */
import { u16be, u32be } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import type { BoxWriter } from './box-writer.ts';
import { readChildren, readFullBox, type BoxHeader } from './boxes.ts';

export interface ItemReference {
  readonly type: string;
  readonly from: number;
  readonly to: readonly number[];
}

/** References in one iref, summed over all of its children. */
const MAX_REFERENCES = 200_000;

export function readIref(b: Uint8Array, box: BoxHeader): ItemReference[] {
  const { version, bodyStart } = readFullBox(b, box);
  if (version > 1) fail('unsupported_variant', `iref version ${version} is not known`);
  const idSize = version === 0 ? 2 : 4;
  const readId = (at: number): number => (idSize === 2 ? u16be(b, at, 'item ID') : u32be(b, at));
  const refs: ItemReference[] = [];
  let total = 0;
  for (const child of readChildren(b, bodyStart, box.end)) {
    let at = child.contentStart;
    if (at + idSize + 2 > child.end) fail('truncated', 'an item reference is cut off');
    const from = readId(at);
    const count = u16be(b, at + idSize, 'reference count');
    at += idSize + 2;
    if (count * idSize !== child.end - at) {
      fail('malformed', 'an item reference count does not match its size');
    }
    total += count;
    if (total > MAX_REFERENCES) fail('too_large', 'the image declares too many references');
    const to: number[] = [];
    for (let i = 0; i < count; i++) to.push(readId(at + i * idSize));
    refs.push({ type: child.type, from, to });
  }
  return refs;
}

/** Writes iref, or nothing when there is no reference left. */
export function writeIref(w: BoxWriter, refs: readonly ItemReference[]): void {
  if (refs.length === 0) return;
  const wide = refs.some((r) => r.from > 0xffff || r.to.some((id) => id > 0xffff));
  w.box('iref', (iref) => {
    iref.fullBoxHeader(wide ? 1 : 0, 0);
    for (const ref of refs) {
      iref.box(ref.type, (r) => {
        const id = (v: number): void => void (wide ? r.u32(v) : r.u16(v));
        id(ref.from);
        r.u16(ref.to.length);
        for (const to of ref.to) id(to);
      });
    }
  });
}
