/**
 * HEIF/HEIC and AVIF still images (ISO/IEC 23008-12; AV1 Image File Format), cleaned by
 * rebuilding the container from an allow-list instead of deleting known metadata:
 *
 *   input:  ftyp | meta{hdlr pitm iinf iloc iref iprp idat grpl...} | mdat... | mpvd sefd uuid...
 *   output: ftyp | meta{hdlr pitm iinf iref iprp iloc [idat]}        | mdat (kept item data)
 *
 *   heif-file.ts    top-level boxes          meta.ts + iinf/iloc/iref/iprp.ts  the item model
 *   heif-graph.ts   which items the picture needs (primary, grid tiles, alpha)
 *   heif-select.ts  what is removed, which properties survive, what is kept
 *   heif-rebuild.ts the new file            heif-verify.ts  the same readers, run on the output
 */
import { fail } from '../../errors.ts';
import type { FormatHandler, StripSuccess } from '../../types.ts';
import { classifyBrands, readBrands, SEQUENCE_BRANDS } from './ftyp.ts';
import { describeRemovedBoxes } from './heif-extras.ts';
import { readHeifFile } from './heif-file.ts';
import { rebuildHeif } from './heif-rebuild.ts';
import { selectContent } from './heif-select.ts';
import { verifyHeif } from './heif-verify.ts';

function stripHeif(input: Uint8Array): StripSuccess {
  const file = readHeifFile(input);
  if (file.moov && SEQUENCE_BRANDS.has(file.brands.major)) {
    // The sequence is the content (an animation or burst): keeping only the still would
    // silently change what the person meant to share.
    fail('unsupported_variant', 'animated images and image sequences cannot be cleaned yet');
  }
  if (file.meta.handlerType !== 'pict') {
    fail('unsupported_variant', 'the file holds no still-image metadata (handler is not pict)');
  }
  const selection = selectContent(input, file);
  const output = rebuildHeif(input, file, selection);
  return {
    output,
    removed: [...describeRemovedBoxes(input, file), ...selection.removed],
    kept: selection.kept,
  };
}

export const heifFormat: FormatHandler = {
  id: 'heif',
  label: 'HEIC',
  mime: 'image/heic',
  sniff: (head) => classifyBrands(readBrands(head)) === 'heif',
  strip: stripHeif,
  verify: verifyHeif,
};

export const avifFormat: FormatHandler = {
  id: 'avif',
  label: 'AVIF',
  mime: 'image/avif',
  sniff: (head) => classifyBrands(readBrands(head)) === 'avif',
  strip: stripHeif,
  verify: verifyHeif,
};
