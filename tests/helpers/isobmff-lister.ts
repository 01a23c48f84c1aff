/**
 * A deliberately separate, tiny ISO-BMFF lister for tests: it shares no code with
 * `src/metadata/formats/isobmff/`, so a bug in the stripper's readers cannot hide itself.
 *
 *   top-level boxes -> meta children -> iinf item types, iref reference types,
 *   ipco property types (and auxC URNs)
 *
 * It trusts its input (test outputs and corpus files) and uses DataView, which throws on any
 * read past the end.
 */

export interface HeifListing {
  topLevel: string[];
  metaChildren: string[];
  itemTypes: string[];
  /** Item names that are not empty. */
  itemNames: string[];
  referenceTypes: string[];
  propertyTypes: string[];
  auxTypes: string[];
}

interface RawBox {
  type: string;
  start: number;
  body: number;
  end: number;
}

function boxesIn(view: DataView, start: number, end: number): RawBox[] {
  const out: RawBox[] = [];
  let at = start;
  while (at + 8 <= end) {
    let size = view.getUint32(at);
    const type = fourcc(view, at + 4);
    let body = at + 8;
    if (size === 1) {
      size = Number(view.getBigUint64(at + 8));
      body += 8;
    } else if (size === 0) size = end - at;
    if (size < 8 || at + size > end) throw new Error(`bad box ${type} at ${at}`);
    out.push({ type, start: at, body, end: at + size });
    at += size;
  }
  if (at !== end) throw new Error(`stray bytes at ${at}`);
  return out;
}

function fourcc(view: DataView, at: number): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += String.fromCharCode(view.getUint8(at + i));
  return s;
}

function cstring(view: DataView, at: number, end: number): string {
  let s = '';
  for (let i = at; i < end && view.getUint8(i) !== 0; i++)
    s += String.fromCharCode(view.getUint8(i));
  return s;
}

export function listHeif(bytes: Uint8Array): HeifListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const listing: HeifListing = {
    topLevel: [],
    metaChildren: [],
    itemTypes: [],
    itemNames: [],
    referenceTypes: [],
    propertyTypes: [],
    auxTypes: [],
  };
  for (const box of boxesIn(view, 0, bytes.length)) {
    listing.topLevel.push(box.type);
    if (box.type !== 'meta') continue;
    for (const child of boxesIn(view, box.body + 4, box.end)) {
      listing.metaChildren.push(child.type);
      if (child.type === 'iinf') {
        const version = view.getUint8(child.body);
        const first = child.body + 4 + (version === 0 ? 2 : 4);
        for (const infe of boxesIn(view, first, child.end)) {
          const idSize = view.getUint8(infe.body) === 2 ? 2 : 4;
          const typeAt = infe.body + 4 + idSize + 2;
          listing.itemTypes.push(fourcc(view, typeAt));
          const name = cstring(view, typeAt + 4, infe.end);
          if (name !== '') listing.itemNames.push(name);
        }
      } else if (child.type === 'iref') {
        for (const ref of boxesIn(view, child.body + 4, child.end)) {
          listing.referenceTypes.push(ref.type);
        }
      } else if (child.type === 'iprp') {
        for (const part of boxesIn(view, child.body, child.end)) {
          if (part.type !== 'ipco') continue;
          for (const prop of boxesIn(view, part.body, part.end)) {
            listing.propertyTypes.push(prop.type);
            if (prop.type === 'auxC') listing.auxTypes.push(cstring(view, prop.body + 4, prop.end));
          }
        }
      }
    }
  }
  return listing;
}

/** Whether `needle` occurs anywhere in `bytes` (Latin-1). */
export function containsBytes(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(needle, 'latin1'),
  );
}
