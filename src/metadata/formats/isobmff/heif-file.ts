/**
 * Top level of a HEIF/AVIF file (ISO/IEC 23008-12 §10; ISO/IEC 14496-12 §4.2).
 *
 *   ftyp | meta | mdat* | (moov, mpvd, sefd, uuid, free, skip, ...) | [trailing bytes]
 *
 * ftyp must come first and exactly one meta must exist. Bytes that no longer parse as boxes
 * once the meta box has been seen are a trailer (removed); before it, they make the file
 * unreadable and it is refused.
 */
import { StripError, fail } from '../../errors.ts';
import { readBoxHeader, type BoxHeader } from './boxes.ts';
import { readBrands, type Brands } from './ftyp.ts';
import { readMeta, type HeifMeta } from './meta.ts';

export interface HeifFile {
  readonly ftyp: BoxHeader;
  readonly brands: Brands;
  readonly meta: HeifMeta;
  readonly mdats: readonly BoxHeader[];
  readonly moov: BoxHeader | null;
  /** Every other top-level box, in file order. */
  readonly others: readonly BoxHeader[];
  /** Offset of bytes after the last box that parses, or null when the boxes end the file. */
  readonly trailerStart: number | null;
}

const MAX_TOP_LEVEL_BOXES = 10_000;

export function readHeifFile(b: Uint8Array): HeifFile {
  const ftyp = readBoxHeader(b, 0, b.length);
  if (ftyp.type !== 'ftyp') fail('malformed', 'the file does not start with a file type box');
  const brands = readBrands(b.subarray(0, ftyp.end)) ?? fail('malformed', 'unreadable file type');
  let metaBox: BoxHeader | null = null;
  let moov: BoxHeader | null = null;
  const mdats: BoxHeader[] = [];
  const others: BoxHeader[] = [];
  let trailerStart: number | null = null;
  let offset = ftyp.end;
  for (let count = 0; offset < b.length; count++) {
    if (count >= MAX_TOP_LEVEL_BOXES) fail('too_large', 'the file holds too many boxes');
    let box: BoxHeader;
    try {
      box = readBoxHeader(b, offset, b.length);
    } catch (error) {
      if (!(error instanceof StripError) || metaBox === null) throw error;
      trailerStart = offset;
      break;
    }
    if (box.type === 'meta') {
      if (metaBox) fail('malformed', 'the file holds two meta boxes');
      metaBox = box;
    } else if (box.type === 'mdat') mdats.push(box);
    else if (box.type === 'moov') {
      if (moov) fail('malformed', 'the file holds two movie boxes');
      moov = box;
    } else if (box.type === 'ftyp') fail('malformed', 'the file holds two file type boxes');
    else others.push(box);
    offset = box.end;
  }
  if (!metaBox) {
    if (moov)
      fail('unsupported_variant', 'image sequences without a still image are not supported');
    fail('malformed', 'the file has no image metadata box');
  }
  return {
    ftyp,
    brands,
    meta: readMeta(b, metaBox),
    mdats,
    moov,
    others,
    trailerStart,
  };
}
