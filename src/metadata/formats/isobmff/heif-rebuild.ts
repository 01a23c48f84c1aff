/**
 * Writing the cleaned HEIF/AVIF file from a selection (heif-select.ts).
 *
 *   ftyp (same brands; sequence brands dropped with the moov)
 *   meta  hdlr 'pict' | [dinf: one self-contained url] | pitm | iinf | [iref] | iprp | iloc
 *         | [idat]
 *   mdat  kept item data, one contiguous extent per item, copied byte for byte
 *
 * iloc offsets depend on the size of meta, and meta's size does not depend on offset values,
 * so meta is built twice: once to measure it, once with the real offsets (§8.11.3).
 */
import { fail } from '../../errors.ts';
import { BoxWriter, boxHeaderBytes, boxHeaderSize } from './box-writer.ts';
import { ftypBytes, SEQUENCE_BRANDS } from './ftyp.ts';
import type { HeifFile } from './heif-file.ts';
import { checkKeptLocation, checkNoOverlap } from './heif-items.ts';
import type { Selection } from './heif-select.ts';
import { writeIinf } from './iinf.ts';
import { writeIloc, type ItemLocation, type OutputLocation } from './iloc.ts';
import { writeIprp } from './iprp.ts';
import { writeIref } from './iref.ts';

interface Copy {
  readonly from: number;
  readonly length: number;
  readonly to: number;
}

export function rebuildHeif(b: Uint8Array, file: HeifFile, selection: Selection): Uint8Array {
  const { meta } = file;
  const items = meta.items.filter((item) => selection.graph.kept.has(item.id));
  const sources: ItemLocation[] = [];
  const outputs: OutputLocation[] = [];
  const mdatCopies: Copy[] = [];
  const idatCopies: Copy[] = [];
  let mdatLength = 0;
  let idatLength = 0;
  for (const item of items) {
    const loc = meta.locations.get(item.id);
    if (!loc || loc.extents.length === 0) {
      if (item.type === 'iden') continue; // an identity derivation has no data of its own
      fail('malformed', 'an image item has no data');
    }
    checkKeptLocation(file, loc);
    sources.push(loc);
    const method = loc.constructionMethod === 1 ? 1 : 0;
    const start = method === 0 ? mdatLength : idatLength;
    let cursor = start;
    for (const e of loc.extents) {
      const from = method === 0 ? e.offset : meta.idat!.start + e.offset;
      (method === 0 ? mdatCopies : idatCopies).push({ from, length: e.length, to: cursor });
      cursor += e.length;
    }
    outputs.push({
      id: item.id,
      constructionMethod: method,
      relativeOffset: start,
      length: cursor - start,
    });
    if (method === 0) mdatLength = cursor;
    else idatLength = cursor;
  }
  checkNoOverlap(sources);

  const idat = new Uint8Array(idatLength);
  for (const c of idatCopies) idat.set(b.subarray(c.from, c.from + c.length), c.to);

  const ftyp = ftypBytes(file.brands, file.moov ? SEQUENCE_BRANDS : new Set());
  const buildMeta = (mdatPayloadStart: number, offsetSize: 4 | 8): Uint8Array => {
    const w = new BoxWriter();
    w.box('meta', (m) => {
      m.fullBoxHeader(0, 0);
      m.box('hdlr', (h) =>
        h.fullBoxHeader(0, 0).u32(0).fourcc('pict').u32(0).u32(0).u32(0).cstring(''),
      );
      if (meta.hasDinf) {
        m.box('dinf', (d) =>
          d.box('dref', (r) =>
            r
              .fullBoxHeader(0, 0)
              .u32(1)
              .box('url ', (u) => u.fullBoxHeader(0, 1)),
          ),
        );
      }
      const wide = meta.primaryId > 0xffff;
      m.box('pitm', (p) =>
        wide
          ? p.fullBoxHeader(1, 0).u32(meta.primaryId)
          : p.fullBoxHeader(0, 0).u16(meta.primaryId),
      );
      writeIinf(m, items);
      writeIref(m, selection.references);
      writeIprp(
        m,
        meta.properties,
        selection.keptProperties,
        items.map((item) => item.id),
      );
      writeIloc(m, outputs, mdatPayloadStart, offsetSize);
      if (idatLength > 0) m.box('idat', (d) => d.bytes(idat));
    });
    return w.toBytes();
  };
  // 4-byte offsets unless the file could pass 4 GB (sized with 8-byte fields: an upper bound).
  const upperBound = ftyp.length + buildMeta(0, 8).length + 16 + mdatLength;
  const offsetSize = upperBound > 0xffffffff ? 8 : 4;
  const mdatHeaderLength = mdatLength > 0 ? boxHeaderSize(mdatLength) : 0;
  const metaLength = buildMeta(0, offsetSize).length;
  const mdatPayloadStart = ftyp.length + metaLength + mdatHeaderLength;
  const metaBytes = buildMeta(mdatPayloadStart, offsetSize);
  if (metaBytes.length !== metaLength)
    fail('verification_failed', 'the rebuilt meta box changed size');

  const out = new Uint8Array(mdatPayloadStart + mdatLength);
  out.set(ftyp, 0);
  out.set(metaBytes, ftyp.length);
  if (mdatLength > 0) out.set(boxHeaderBytes('mdat', mdatLength), ftyp.length + metaLength);
  for (const c of mdatCopies)
    out.set(b.subarray(c.from, c.from + c.length), mdatPayloadStart + c.to);
  return out;
}
