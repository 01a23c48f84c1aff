/**
 * The rebuilt moov as a small tree, serialised once into one buffer:
 *
 *   { kind: 'box', type, prefix, children }   a container written with a fresh 32-bit size
 *   { kind: 'raw', bytes }                    a whole box copied (or patched) from the input
 *   { kind: 'offsets', table }                a fresh stco/co64 whose entries are filled in
 *                                             once the output layout is known (§8.7.5)
 *
 * moov is capped far below 4 GB (top-level.ts), so every size fits in 32 bits.
 */
import { writeU32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import type { ChunkOffsets } from './sample-table.ts';

export type OutNode =
  | { kind: 'box'; type: string; prefix?: Uint8Array; children: OutNode[] }
  | { kind: 'raw'; bytes: Uint8Array }
  | { kind: 'offsets'; table: ChunkOffsets };

/** Where each fresh chunk offset table landed in the serialised moov. */
export interface OffsetSlot {
  readonly at: number;
  readonly table: ChunkOffsets;
}

export function nodeSize(node: OutNode): number {
  switch (node.kind) {
    case 'raw':
      return node.bytes.length;
    case 'offsets':
      return 16 + node.table.offsets.length * (node.table.is64 ? 8 : 4);
    case 'box': {
      let size = 8 + (node.prefix?.length ?? 0);
      for (const child of node.children) size += nodeSize(child);
      return size;
    }
  }
}

export function serialize(root: OutNode): { bytes: Uint8Array; slots: OffsetSlot[] } {
  const size = nodeSize(root);
  if (size > 0xffffffff) fail('too_large', 'the rebuilt movie header is too large');
  const bytes = new Uint8Array(size);
  const slots: OffsetSlot[] = [];
  const write = (node: OutNode, at: number): number => {
    switch (node.kind) {
      case 'raw':
        bytes.set(node.bytes, at);
        return at + node.bytes.length;
      case 'offsets': {
        const { table } = node;
        const length = nodeSize(node);
        writeU32be(bytes, at, length);
        writeType(bytes, at + 4, table.is64 ? 'co64' : 'stco');
        writeU32be(bytes, at + 8, 0); // version 0, flags 0
        writeU32be(bytes, at + 12, table.offsets.length);
        slots.push({ at: at + 16, table });
        return at + length;
      }
      case 'box': {
        writeU32be(bytes, at, nodeSize(node));
        writeType(bytes, at + 4, node.type);
        let next = at + 8;
        if (node.prefix) {
          bytes.set(node.prefix, next);
          next += node.prefix.length;
        }
        for (const child of node.children) next = write(child, next);
        return next;
      }
    }
  };
  write(root, 0);
  return { bytes, slots };
}

/** Fills a slot with the chunk offsets as they are in the output file. */
export function fillSlot(bytes: Uint8Array, slot: OffsetSlot, map: (old: number) => number): void {
  const { offsets, is64 } = slot.table;
  for (let i = 0; i < offsets.length; i++) {
    const value = map(offsets[i]!);
    if (is64) {
      writeU32be(bytes, slot.at + i * 8, Math.floor(value / 0x100000000));
      writeU32be(bytes, slot.at + i * 8 + 4, value % 0x100000000);
    } else {
      if (value > 0xffffffff) fail('unsupported_variant', 'a chunk offset no longer fits 32 bits');
      writeU32be(bytes, slot.at + i * 4, value);
    }
  }
}

function writeType(bytes: Uint8Array, at: number, type: string): void {
  for (let i = 0; i < 4; i++) bytes[at + i] = type.charCodeAt(i) & 0xff;
}
