/**
 * Re-reading a rebuilt HEIF/AVIF with the same readers and refusing anything outside the
 * allow-list. Passing means a second strip would remove nothing:
 *
 *   ftyp | meta | [mdat], nothing else, nothing after the last box
 *   meta: hdlr 'pict' with no name, only the known children
 *   items: all reachable from the primary (heif-graph.ts), no Exif/mime/thumbnail/aux/names
 *   references: dimg / alpha auxl / prem only; properties: all allow-listed and used
 *   iloc: every extent inside the mdat or idat of this file, none overlapping
 */
import { StripError, fail } from '../../errors.ts';
import { describeRemovedBoxes } from './heif-extras.ts';
import { readHeifFile } from './heif-file.ts';
import { checkKeptLocation, checkNoOverlap } from './heif-items.ts';
import { KEPT_REFERENCE_TYPES } from './heif-policy.ts';
import { selectContent } from './heif-select.ts';
import type { ItemLocation } from './iloc.ts';

export function verifyHeif(output: Uint8Array): void {
  try {
    checkClean(output);
  } catch (error) {
    if (error instanceof StripError && error.code !== 'verification_failed') {
      fail('verification_failed', `the cleaned image does not read back: ${error.detail}`);
    }
    throw error;
  }
}

function checkClean(output: Uint8Array): void {
  const bad = (why: string): never => fail('verification_failed', why);
  const file = readHeifFile(output);
  const { meta } = file;
  if (file.trailerStart !== null) bad('bytes remain after the last box');
  if (file.moov || file.others.length > 0) bad('a box outside ftyp/meta/mdat remains');
  if (file.mdats.length > 1) bad('more than one media data box');
  if (meta.box.start !== file.ftyp.end) bad('meta does not follow ftyp');
  const mdat = file.mdats[0];
  if (mdat && mdat.start !== meta.box.end) bad('mdat does not follow meta');
  if (meta.others.length > 0) bad('an unknown box remains in meta');
  if (meta.handlerType !== 'pict' || meta.handlerNameLength > 0) bad('unexpected handler');

  const extras = describeRemovedBoxes(output, file);
  if (extras.length > 0) bad(`a removable part remains (${extras[0]!.detail ?? extras[0]!.kind})`);
  const selection = selectContent(output, file);
  if (selection.removed.length > 0) bad(`a removable part remains (${selection.removed[0]!.kind})`);
  if (meta.items.some((item) => !selection.graph.kept.has(item.id))) {
    bad('an item is not part of the primary image');
  }
  if (meta.references.some((r) => !KEPT_REFERENCE_TYPES.has(r.type))) {
    bad('a reference outside the allow-list remains');
  }
  if (selection.references.length !== meta.references.length) bad('a stray reference remains');
  if (selection.keptProperties.size !== meta.properties.properties.length) {
    bad('a property outside the allow-list remains');
  }
  const locations: ItemLocation[] = [];
  for (const loc of meta.locations.values()) {
    if (!selection.graph.kept.has(loc.id)) bad('a location for a removed item remains');
    checkKeptLocation(file, loc);
    locations.push(loc);
  }
  checkNoOverlap(locations);
}
