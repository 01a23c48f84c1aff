/**
 * ICC profiles in JPEG: one profile split over APP2 segments (ICC.1:2010 Annex B.4).
 *
 *   FF E2 | length | "ICC_PROFILE\0" | sequence (1..n) | count (n) | profile bytes
 *
 * The chunks are reassembled by sequence number and written back in order. A profile whose
 * chunks do not form exactly 1..n is ignored by decoders (libjpeg `read_icc_profile`), so it
 * is dropped rather than repaired: keeping it could not change how the photo looks.
 */
import { ascii, concat, need, u16be, u32be, writeU16be } from '../../bytes.ts';
import { fail } from '../../errors.ts';

export const ICC_SIGNATURE = 'ICC_PROFILE\0';
/** Signature, sequence number and chunk count. */
const CHUNK_HEADER = ICC_SIGNATURE.length + 2;
/** The most profile bytes one APP2 segment can carry (65535 minus length and chunk header). */
export const MAX_ICC_CHUNK = 0xffff - 2 - CHUNK_HEADER;
const PROFILE_HEADER = 128;
const MAX_TAGS = 1000;
const MAX_DESCRIPTION = 80;

export interface IccChunk {
  sequence: number;
  count: number;
  data: Uint8Array;
}

export type IccAssembly =
  { ok: true; profile: Uint8Array; extra: number } | { ok: false; reason: string };

/** Reads one APP2 ICC segment body (starting at the signature). */
export function readIccChunk(body: Uint8Array): IccChunk {
  need(body, 0, CHUNK_HEADER, 'ICC chunk header');
  return {
    sequence: body[ICC_SIGNATURE.length]!,
    count: body[ICC_SIGNATURE.length + 1]!,
    data: body.subarray(CHUNK_HEADER),
  };
}

export function assembleIcc(chunks: readonly IccChunk[]): IccAssembly {
  const count = chunks[0]?.count ?? 0;
  if (count === 0 || chunks.length !== count) {
    return { ok: false, reason: 'ICC profile chunks are missing or repeated' };
  }
  const ordered: Uint8Array[] = new Array<Uint8Array>(count);
  for (const chunk of chunks) {
    const slot = chunk.sequence - 1;
    if (chunk.count !== count || slot < 0 || slot >= count || ordered[slot] !== undefined) {
      return { ok: false, reason: 'ICC profile chunks are numbered inconsistently' };
    }
    ordered[slot] = chunk.data;
  }
  const joined = concat(ordered);
  if (joined.length < PROFILE_HEADER || ascii(joined, 36, 4) !== 'acsp') {
    return { ok: false, reason: 'the ICC profile is not a valid profile' };
  }
  const declared = u32be(joined, 0);
  if (declared < PROFILE_HEADER || declared > joined.length) {
    return { ok: false, reason: 'the ICC profile is shorter than it declares' };
  }
  // Bytes past the profile's declared size are not part of the profile; they go.
  return { ok: true, profile: joined.subarray(0, declared), extra: joined.length - declared };
}

/** The profile as complete APP2 segments, chunked as large as a segment allows. */
export function iccSegments(profile: Uint8Array): Uint8Array[] {
  const count = Math.ceil(profile.length / MAX_ICC_CHUNK);
  if (count > 255) fail('too_large', 'the colour profile is too large to keep');
  const segments: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const data = profile.subarray(i * MAX_ICC_CHUNK, (i + 1) * MAX_ICC_CHUNK);
    const segment = new Uint8Array(4 + CHUNK_HEADER + data.length);
    segment[0] = 0xff;
    segment[1] = 0xe2;
    writeU16be(segment, 2, 2 + CHUNK_HEADER + data.length);
    for (let k = 0; k < ICC_SIGNATURE.length; k++) segment[4 + k] = ICC_SIGNATURE.charCodeAt(k);
    segment[4 + ICC_SIGNATURE.length] = i + 1;
    segment[5 + ICC_SIGNATURE.length] = count;
    segment.set(data, 4 + CHUNK_HEADER);
    segments.push(segment);
  }
  return segments;
}

/**
 * The profile's description ('desc' tag, v2 `desc` or v4 `mluc` type) as printable ASCII, for
 * the receipt ("Colour profile kept: Display P3"). Undefined when absent or odd.
 */
export function iccDescription(profile: Uint8Array): string | undefined {
  try {
    const tagCount = u32be(profile, PROFILE_HEADER);
    if (tagCount > MAX_TAGS) return undefined;
    for (let i = 0; i < tagCount; i++) {
      const entry = PROFILE_HEADER + 4 + i * 12;
      if (ascii(profile, entry, 4) !== 'desc') continue;
      const offset = u32be(profile, entry + 4);
      const size = u32be(profile, entry + 8);
      need(profile, offset, size, 'ICC desc tag');
      return readDescriptionTag(profile.subarray(offset, offset + size));
    }
  } catch {
    // A description is a nicety for the receipt; an unreadable one is simply not shown.
  }
  return undefined;
}

function readDescriptionTag(tag: Uint8Array): string | undefined {
  const type = ascii(tag, 0, 4);
  if (type === 'desc') {
    const length = u32be(tag, 8);
    return printable(ascii(tag, 12, Math.min(length, MAX_DESCRIPTION * 2)));
  }
  if (type === 'mluc') {
    const records = u32be(tag, 8);
    if (records === 0) return undefined;
    const length = u32be(tag, 20);
    const offset = u32be(tag, 24);
    let text = '';
    const units = Math.min(length >>> 1, MAX_DESCRIPTION * 2);
    for (let i = 0; i < units; i++) text += String.fromCharCode(u16be(tag, offset + i * 2));
    return printable(text);
  }
  return undefined;
}

function printable(text: string): string | undefined {
  const cleaned = text
    .replace(/\0.*$/s, '')
    .replace(/[^\x20-\x7e]/g, '')
    .trim()
    .slice(0, MAX_DESCRIPTION);
  return cleaned === '' ? undefined : cleaned;
}
