/**
 * Deciding what a HEIF rebuild keeps and describing what it removes.
 *
 *   kept items      heif-graph.ts (primary + derivation inputs + alpha)
 *   removed items   thumbnails (thmb) | auxiliary images (auxl: depth, gain map, matte)
 *                   | tone-map gain maps (tmap) | Exif | XMP (mime) | other items
 *   properties      allow-listed types used by kept items; an unknown *essential* one is refused
 *   kept parts      orientation (irot/imir), ICC profile or nclx colour of kept items
 */
import { ascii, u32be, u8 } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import type { KeptPart, RemovedKind, RemovedPart } from '../../types.ts';
import { printableFourCC, RemovedParts } from '../removed-parts.ts';
import { printable, readCString, readFullBox, type BoxHeader } from './boxes.ts';
import type { HeifFile } from './heif-file.ts';
import { keptReferences, selectKeptItems, type KeptGraph } from './heif-graph.ts';
import { auxTypeOf, itemData, itemSize } from './heif-items.ts';
import { iccDescription } from './icc-description.ts';
import {
  ALPHA_AUX_TYPES,
  IMAGE_ITEM_TYPES,
  KEPT_PROPERTY_TYPES,
  XMP_CONTENT_TYPE,
  describeAuxType,
} from './heif-policy.ts';
import type { ItemReference } from './iref.ts';

const EXIF_ORIENTATION_FOR_ROTATION: ReadonlyMap<number, number> = new Map([
  [0, 1],
  [90, 8],
  [180, 3],
  [270, 6],
]);

/** Metadata items whose bytes are handed to the receipt (the rest are removed all the same). */
const MAX_PAYLOAD_ITEMS = 32;

export interface Selection {
  readonly graph: KeptGraph;
  readonly references: readonly ItemReference[];
  /** 1-based ipco indices that survive. */
  readonly keptProperties: ReadonlySet<number>;
  readonly removed: RemovedPart[];
  readonly kept: KeptPart[];
}

export function selectContent(b: Uint8Array, file: HeifFile): Selection {
  const { meta } = file;
  const graph = selectKeptItems(b, meta);
  const removed = describeRemovedItems(b, file, graph);
  const { keptProperties, dropped } = selectProperties(b, file, graph);
  removed.push(...dropped);
  return {
    graph,
    references: keptReferences(meta, graph),
    keptProperties,
    removed,
    kept: describeKept(b, file, graph, keptProperties),
  };
}

function describeRemovedItems(b: Uint8Array, file: HeifFile, graph: KeptGraph): RemovedPart[] {
  const { meta } = file;
  const removed = new RemovedParts();
  const claimed = new Set<number>(graph.kept);
  // An image removed with everything it is derived from (a thumbnail grid and its tiles).
  const claim = (root: number, kind: RemovedKind, detail: string): void => {
    if (claimed.has(root)) return;
    let size = 0;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (claimed.has(id)) continue;
      claimed.add(id);
      size += itemSize(meta, id);
      for (const input of graph.dimgOf.get(id) ?? []) stack.push(input);
    }
    removed.add(kind, size, detail);
  };
  for (const ref of meta.references) {
    if (ref.type === 'thmb') claim(ref.from, 'thumbnail', 'thumbnail image');
  }
  for (const ref of meta.references) {
    if (ref.type !== 'auxl' || graph.kept.has(ref.from)) continue;
    claim(ref.from, 'embedded_image', describeAuxType(auxTypeOf(b, meta, ref.from) ?? ''));
  }
  for (const item of meta.items) {
    if (item.type === 'tmap') claim(item.id, 'embedded_image', 'HDR gain map');
  }
  // Payloads are read for the first few metadata items only: a hostile file with thousands of
  // Exif items must not make us copy its data thousands of times.
  let payloadsLeft = MAX_PAYLOAD_ITEMS;
  const payload = (id: number): Uint8Array | undefined =>
    payloadsLeft-- > 0 ? (itemData(b, meta, id) ?? undefined) : undefined;
  for (const item of meta.items) {
    if (claimed.has(item.id)) continue;
    const size = itemSize(meta, item.id);
    if (IMAGE_ITEM_TYPES.has(item.type)) {
      claim(item.id, 'embedded_image', 'extra image');
      continue;
    }
    claimed.add(item.id);
    const contentType = item.contentType.toLowerCase();
    if (item.type === 'Exif') removed.add('exif', size, undefined, exifTiff(payload(item.id)));
    else if (item.type === 'mime' && contentType.startsWith(XMP_CONTENT_TYPE)) {
      const data = item.contentEncoding === '' ? payload(item.id) : undefined;
      removed.add('xmp', size, undefined, data?.length ? data : undefined);
    } else if (item.type === 'mime' && contentType.includes('c2pa'))
      removed.add('provenance', size);
    else if (item.type === 'mime') removed.add('vendor', size, 'metadata item');
    else removed.add('vendor', size, `${printable(item.type)} item`);
  }
  const nameBytes = meta.items.reduce((sum, item) => sum + item.name.length, 0);
  if (nameBytes > 0) removed.add('item_names', nameBytes);
  return removed.list;
}

/** Exif item data: exif_tiff_header_offset u32, then bytes (ISO/IEC 23008-12 §A.2.1). */
function exifTiff(data: Uint8Array | undefined): Uint8Array | undefined {
  if (!data || data.length < 4) return undefined;
  const start = 4 + u32be(data, 0, 'Exif offset');
  if (start + 8 > data.length) return undefined;
  const order = ascii(data, start, 2);
  return order === 'II' || order === 'MM' ? data.subarray(start) : undefined;
}

function selectProperties(
  b: Uint8Array,
  file: HeifFile,
  graph: KeptGraph,
): { keptProperties: Set<number>; dropped: RemovedPart[] } {
  const { properties, associations } = file.meta.properties;
  const keptProperties = new Set<number>();
  const droppedIndices = new Set<number>();
  for (const id of graph.kept) {
    // At most one ICC and one nclx colr per image (ISO/IEC 23008-12 §6.5.5): a second profile
    // is a place to hide data, and which one a decoder uses is unclear, so refuse the file.
    const colourTypes = new Set<string>();
    for (const a of associations.get(id) ?? []) {
      const box = properties[a.index - 1]!.box;
      if (box.type === 'colr') {
        const colourType = ascii(b, box.contentStart, 4, 'colour type');
        const kind = colourType === 'prof' || colourType === 'rICC' ? 'icc' : colourType;
        if (colourTypes.has(kind)) fail('malformed', 'an image declares two colour profiles');
        colourTypes.add(kind);
      }
      const allowed =
        KEPT_PROPERTY_TYPES.has(box.type) &&
        (box.type !== 'auxC' || ALPHA_AUX_TYPES.has(auxCType(b, box)));
      if (allowed) keptProperties.add(a.index);
      else if (a.essential) {
        fail(
          'unsupported_variant',
          `the image needs an unsupported ${printable(box.type)} property`,
        );
      } else droppedIndices.add(a.index);
    }
  }
  const dropped = new RemovedParts();
  for (const index of droppedIndices) {
    if (keptProperties.has(index)) continue;
    const box = properties[index - 1]!.box;
    dropped.add('vendor', box.end - box.start, `${printable(box.type)} property`);
  }
  return { keptProperties, dropped: dropped.list };
}

function auxCType(b: Uint8Array, box: BoxHeader): string {
  const { bodyStart } = readFullBox(b, box);
  return readCString(b, bodyStart, box.end, 'auxiliary type').text;
}

function describeKept(
  b: Uint8Array,
  file: HeifFile,
  graph: KeptGraph,
  keptProperties: ReadonlySet<number>,
): KeptPart[] {
  const { properties, associations } = file.meta.properties;
  const kept: KeptPart[] = [];
  // Orientation of the picture as shown: the primary's irot/imir (ISO/IEC 23008-12 §6.5.10-12).
  const transforms: string[] = [];
  let rotation = 0;
  let mirrored = false;
  for (const a of associations.get(file.meta.primaryId) ?? []) {
    const box = properties[a.index - 1]!.box;
    if (box.type === 'irot') {
      rotation = (u8(b, box.contentStart, 'irot') & 3) * 90;
      transforms.push(rotation === 0 ? 'not rotated' : `rotated ${rotation}° anticlockwise`);
    } else if (box.type === 'imir') {
      // axis 0 mirrors top to bottom, 1 left to right (as libheif and libavif apply it).
      mirrored = true;
      const axis = u8(b, box.contentStart, 'imir') & 1;
      transforms.push(axis === 1 ? 'flipped left to right' : 'flipped top to bottom');
    }
  }
  if (transforms.length > 0) {
    // The EXIF Orientation showing the same picture: 90° anticlockwise is EXIF 8, 270° is 6.
    const exif = mirrored ? undefined : EXIF_ORIENTATION_FOR_ROTATION.get(rotation);
    const value = exif !== undefined && exif > 1 ? { value: exif } : {};
    kept.push({ kind: 'orientation', detail: transforms.join(', '), ...value });
  }
  const colours = new Set<string>();
  for (const id of graph.kept) {
    for (const a of associations.get(id) ?? []) {
      const box = properties[a.index - 1]!.box;
      if (box.type !== 'colr' || !keptProperties.has(a.index)) continue;
      const colourType = ascii(b, box.contentStart, 4, 'colour type');
      if (colourType !== 'prof' && colourType !== 'rICC') {
        colours.add(`info:${colourType}`);
        continue;
      }
      const name = iccDescription(b.subarray(box.contentStart + 4, box.end));
      colours.add(`icc:${name ?? ''}`);
    }
  }
  // One kept line per distinct profile or colour description (tiles repeat the grid's).
  for (const colour of colours) {
    const [kind, detail = ''] = colour.split(/:(.*)/s);
    const part: KeptPart = { kind: kind === 'icc' ? 'colour_profile' : 'colour_info' };
    const shown = kind === 'icc' ? detail : printableFourCC(detail);
    if (shown) part.detail = shown;
    kept.push(part);
  }
  return kept;
}
