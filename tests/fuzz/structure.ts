/**
 * A rough, forgiving map of a file's structure for the fuzzer: where its segments, chunks and
 * boxes are, and where their length and count fields sit. It reads the seed (not the cleaner's
 * output) and never throws: whatever it cannot follow it leaves out. The point is to aim
 * mutations at the fields parsers trust (sizes, counts, offsets) instead of only random bytes.
 *
 *   JPEG  FFxx + u16be length (until SOS); APP1 Exif -> TIFF fields
 *   PNG   u32be length + type + data + CRC; eXIf -> TIFF fields
 *   RIFF  'RIFF' u32le size 'WEBP', chunks fourcc + u32le size (+ pad); EXIF -> TIFF fields
 *   ISOBMFF  u32be size + type, recursing into known containers; full-box entry counts
 *   GIF   blocks and their one-byte sub-block lengths
 */

export interface LengthField {
  offset: number;
  width: 1 | 2 | 4;
  littleEndian: boolean;
}

/** A segment/chunk/box: [start, end), its payload from `body`, its size field if it has one. */
export interface Structure {
  start: number;
  body: number;
  end: number;
  size?: LengthField;
  /** The file-level wrapper (RIFF): an insertion at its very end is still inside it. */
  root?: boolean;
}

export interface FileMap {
  structures: Structure[];
  /** Size fields plus counts and offsets (TIFF IFDs, full-box entry counts, GIF sub-blocks). */
  fields: LengthField[];
}

const MAX_ITEMS = 4000;

export function readField(b: Uint8Array, f: LengthField): number {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  if (f.offset + f.width > b.length) return 0;
  if (f.width === 1) return view.getUint8(f.offset);
  if (f.width === 2) return view.getUint16(f.offset, f.littleEndian);
  return view.getUint32(f.offset, f.littleEndian);
}

export function writeField(b: Uint8Array, f: LengthField, value: number): void {
  if (f.offset + f.width > b.length) return;
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  const masked = f.width === 4 ? value >>> 0 : value & (f.width === 2 ? 0xffff : 0xff);
  if (f.width === 1) view.setUint8(f.offset, masked);
  else if (f.width === 2) view.setUint16(f.offset, masked, f.littleEndian);
  else view.setUint32(f.offset, masked, f.littleEndian);
}

export function mapFile(b: Uint8Array): FileMap {
  const map: FileMap = { structures: [], fields: [] };
  try {
    if (b[0] === 0xff && b[1] === 0xd8) mapJpeg(b, map);
    else if (ascii(b, 1, 3) === 'PNG') mapPng(b, map);
    else if (ascii(b, 0, 4) === 'RIFF') mapRiff(b, map);
    else if (ascii(b, 0, 3) === 'GIF') mapGif(b, map);
    else if (ascii(b, 4, 4) === 'ftyp' || ascii(b, 4, 4) === 'moov')
      mapBoxes(b, 0, b.length, map, 0);
  } catch {
    // The map is best effort: a seed the lister cannot follow is still mutated at random.
  }
  for (const s of map.structures) if (s.size) map.fields.push(s.size);
  return map;
}

function ascii(b: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...b.subarray(at, at + length));
}

function add(map: FileMap, s: Structure): boolean {
  if (map.structures.length >= MAX_ITEMS) return false;
  map.structures.push(s);
  return true;
}

function mapJpeg(b: Uint8Array, map: FileMap): void {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    if (marker === 0xd9) return;
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    const end = at + 2 + length;
    const size: LengthField = { offset: at + 2, width: 2, littleEndian: false };
    if (!add(map, { start: at, body: at + 4, end, size })) return;
    if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0') mapTiff(b, at + 10, end, map);
    if (marker === 0xda) return; // entropy-coded data follows: the walker in the cleaner owns it
    at = end;
  }
}

function mapPng(b: Uint8Array, map: FileMap): void {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  let at = 8;
  while (at + 12 <= b.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    const size: LengthField = { offset: at, width: 4, littleEndian: false };
    if (!add(map, { start: at, body: at + 8, end, size })) return;
    if (ascii(b, at + 4, 4) === 'eXIf') mapTiff(b, at + 8, Math.min(end, b.length), map);
    if (end > b.length) return;
    at = end;
  }
}

function mapRiff(b: Uint8Array, map: FileMap): void {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  add(map, {
    start: 0,
    body: 12,
    end: b.length,
    size: { offset: 4, width: 4, littleEndian: true },
    root: true,
  });
  let at = 12;
  while (at + 8 <= b.length) {
    const length = view.getUint32(at + 4, true);
    const end = at + 8 + length + (length & 1);
    const size: LengthField = { offset: at + 4, width: 4, littleEndian: true };
    if (!add(map, { start: at, body: at + 8, end, size })) return;
    if (ascii(b, at, 4) === 'EXIF') {
      const tiff = ascii(b, at + 8, 4) === 'Exif' ? at + 14 : at + 8;
      mapTiff(b, tiff, Math.min(end, b.length), map);
    }
    if (end > b.length) return;
    at = end;
  }
}

/** TIFF (EXIF): the IFD offset, each IFD's entry count, each entry's count and value offset. */
function mapTiff(b: Uint8Array, start: number, end: number, map: FileMap): void {
  if (start + 8 > end) return;
  const little = b[start] === 0x49;
  const view = new DataView(b.buffer, b.byteOffset + start, end - start);
  const field = (rel: number, width: 2 | 4): LengthField => ({
    offset: start + rel,
    width,
    littleEndian: little,
  });
  map.fields.push(field(4, 4));
  const seen = new Set<number>();
  const queue = [view.getUint32(4, little)];
  while (queue.length > 0 && seen.size < 16) {
    const ifd = queue.shift()!;
    if (seen.has(ifd) || ifd + 2 > view.byteLength) continue;
    seen.add(ifd);
    map.fields.push(field(ifd, 2));
    const count = view.getUint16(ifd, little);
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= view.byteLength; i++) {
      const entry = ifd + 2 + i * 12;
      map.fields.push(field(entry + 4, 4), field(entry + 8, 4));
      const tag = view.getUint16(entry, little);
      if (tag === 0x8769 || tag === 0x8825 || tag === 0xa005) {
        queue.push(view.getUint32(entry + 8, little));
      }
    }
    const next = ifd + 2 + count * 12;
    if (next + 4 <= view.byteLength) {
      map.fields.push(field(next, 4));
      const nextIfd = view.getUint32(next, little);
      if (nextIfd !== 0) queue.push(nextIfd);
    }
  }
}

/** Boxes whose payload is a list of boxes, and how many bytes precede that list. */
const CONTAINERS = new Map<string, number>([
  ...'moov trak mdia minf stbl dinf udta edts mvex moof traf iprp ipco grpl ilst sinf schi tref mfra'
    .split(' ')
    .map((type) => [type, 0] as const),
  ['meta', 4], // full box: version and flags first
  ['iref', 4],
  ['dref', 8], // full box + entry count
  ['stsd', 8],
  ['iinf', 6], // full box + 16-bit entry count (version 0)
]);
/** Full boxes whose first field after version/flags is an entry count. */
const COUNTED = new Set(
  'stco co64 stsc stts ctts stss elst ipma iloc dref stsd iinf sbgp sgpd'.split(' '),
);

function mapBoxes(b: Uint8Array, from: number, to: number, map: FileMap, depth: number): void {
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  let at = from;
  while (at + 8 <= to) {
    const declared = view.getUint32(at);
    const type = ascii(b, at + 4, 4);
    let header = 8;
    let end = declared === 0 ? to : at + declared;
    if (declared === 1 && at + 16 <= to) {
      header = 16;
      end = at + Number(view.getBigUint64(at + 8));
    }
    const size: LengthField | undefined =
      declared === 1 ? undefined : { offset: at, width: 4, littleEndian: false };
    if (!add(map, { start: at, body: at + header, end, ...(size ? { size } : {}) })) return;
    if (COUNTED.has(type) && at + header + 8 <= b.length) {
      map.fields.push({ offset: at + header + 4, width: 4, littleEndian: false });
    }
    const skip = CONTAINERS.get(type);
    if (skip !== undefined && depth < 12 && end <= to) {
      mapBoxes(b, at + header + skip, end, map, depth + 1);
    }
    if (end <= at || end > to) return;
    at = end;
  }
}

function mapGif(b: Uint8Array, map: FileMap): void {
  let at = 13;
  const flags = b[10] ?? 0;
  if (flags & 0x80) at += 3 << ((flags & 7) + 1);
  while (at < b.length && map.structures.length < MAX_ITEMS) {
    const start = at;
    const kind = b[at];
    if (kind === 0x3b) return;
    if (kind === 0x21) at += 2;
    else if (kind === 0x2c) {
      const local = b[at + 9] ?? 0;
      at += 10 + (local & 0x80 ? 3 << ((local & 7) + 1) : 0) + 1;
    } else return;
    // Sub-blocks: one length byte, then that many bytes, until a zero length.
    while (at < b.length && b[at] !== 0) {
      map.fields.push({ offset: at, width: 1, littleEndian: false });
      at += 1 + b[at]!;
    }
    at += 1;
    add(map, { start, body: start, end: Math.min(at, b.length) });
  }
}
