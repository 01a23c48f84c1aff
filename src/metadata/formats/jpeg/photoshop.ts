/**
 * Photoshop image resource blocks (APP13 "Photoshop 3.0\0"), read only to tell the receipt
 * whether IPTC records were inside. The whole APP13 is removed either way.
 *
 *   "8BIM" | id (u16) | Pascal name, padded to even | size (u32) | data, padded to even
 */
import { ascii, u32be, u16be, u8 } from '../../bytes.ts';

export const PHOTOSHOP_SIGNATURE = 'Photoshop 3.0\0';
const IPTC_RESOURCE = 0x0404;
const MAX_RESOURCES = 10_000;
/** Resource signatures seen in the wild besides 8BIM (ExifTool Photoshop.pm). */
const RESOURCE_TYPES = new Set(['8BIM', 'MeSa', 'PHUT', 'AgHg', 'DCSR']);

/** The IPTC-IIM data inside the resource blocks, or undefined when there is none. */
export function findIptc(resources: Uint8Array): Uint8Array | undefined {
  try {
    let at = 0;
    for (let n = 0; n < MAX_RESOURCES && at + 12 <= resources.length; n++) {
      if (!RESOURCE_TYPES.has(ascii(resources, at, 4))) return undefined;
      const id = u16be(resources, at + 4);
      const nameLength = u8(resources, at + 6);
      const sizeAt = at + 6 + ((nameLength + 2) & ~1);
      const size = u32be(resources, sizeAt);
      const dataAt = sizeAt + 4;
      if (dataAt + size > resources.length) return undefined;
      if (id === IPTC_RESOURCE) return resources.subarray(dataAt, dataAt + size);
      // Always moves forward: at least 12 bytes of header per resource.
      at = dataAt + size + (size & 1);
    }
  } catch {
    // Damaged resource blocks are removed all the same; we just cannot name IPTC inside.
  }
  return undefined;
}
