/**
 * Hand-built HEIF/AVIF files for hostile-input tests, independent of the stripper's writer.
 *
 *   ftyp | meta{hdlr pitm iinf iloc [iref] iprp{ipco ipma}} | mdat
 *
 * `synthHeif` lays out coded items (fake payloads: the stripper never decodes) and lets a test
 * override any piece to make it wrong in exactly one way.
 */

export type Bytes = Uint8Array;

export function u16(v: number): Bytes {
  return Uint8Array.of((v >>> 8) & 255, v & 255);
}

export function u32(v: number): Bytes {
  return Uint8Array.of((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
}

export function str(s: string): Bytes {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

export function cat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function box(type: string, ...parts: Bytes[]): Bytes {
  const body = cat(...parts);
  return cat(u32(body.length + 8), str(type), body);
}

export function fullBox(type: string, version: number, flags: number, ...parts: Bytes[]): Bytes {
  return box(
    type,
    Uint8Array.of(version, (flags >>> 16) & 255, (flags >>> 8) & 255, flags & 255),
    ...parts,
  );
}

export interface SynthItem {
  id: number;
  type: string;
  /** Item data placed in mdat (omit for none). */
  data?: Bytes;
  name?: string;
  /** 1-based ipco indices, essential bit as 0x80 (7-bit form). */
  props?: number[];
  contentType?: string;
}

export interface SynthOptions {
  brands?: string[];
  primary?: number | null;
  items: SynthItem[];
  refs?: Array<{ type: string; from: number; to: number[] }>;
  /** Property boxes for ipco; defaults to one ispe. */
  properties?: Bytes[];
  /** Replaces the computed iloc box. */
  iloc?: (mdatPayloadStart: number, layout: Map<number, [number, number]>) => Bytes;
  extraTop?: Bytes[];
  trailer?: Bytes;
  /** Write the mdat header with size 1 and a 64-bit largesize. */
  largeMdat?: boolean;
}

export const ISPE = fullBox('ispe', 0, 0, u32(64), u32(48));

export function infe(item: SynthItem): Bytes {
  const tail = item.type === 'mime' ? cat(str(`${item.contentType ?? ''}\0`)) : new Uint8Array(0);
  return fullBox(
    'infe',
    2,
    0,
    u16(item.id),
    u16(0),
    str(item.type),
    str(`${item.name ?? ''}\0`),
    tail,
  );
}

/** A complete file; `iloc` offsets point into the single mdat after meta. */
export function synthHeif(o: SynthOptions): Bytes {
  const brands = o.brands ?? ['avif', 'mif1', 'miaf'];
  const ftyp = box('ftyp', str(brands[0]!), u32(0), ...brands.map(str));
  const properties = o.properties ?? [ISPE];
  const layout = new Map<number, [number, number]>();
  let cursor = 0;
  for (const item of o.items) {
    if (!item.data) continue;
    layout.set(item.id, [cursor, item.data.length]);
    cursor += item.data.length;
  }
  const withData = o.items.filter((item) => item.data);
  const metaFor = (mdatPayloadStart: number): Bytes => {
    const iloc =
      o.iloc?.(mdatPayloadStart, layout) ??
      fullBox(
        'iloc',
        0,
        0,
        Uint8Array.of(0x44, 0x00),
        u16(withData.length),
        ...withData.map((item) => {
          const [offset, length] = layout.get(item.id)!;
          return cat(u16(item.id), u16(0), u16(1), u32(mdatPayloadStart + offset), u32(length));
        }),
      );
    const refs = o.refs ?? [];
    return fullBox(
      'meta',
      0,
      0,
      fullBox('hdlr', 0, 0, u32(0), str('pict'), u32(0), u32(0), u32(0), str('\0')),
      o.primary === null
        ? new Uint8Array(0)
        : fullBox('pitm', 0, 0, u16(o.primary ?? o.items[0]!.id)),
      fullBox('iinf', 0, 0, u16(o.items.length), ...o.items.map(infe)),
      iloc,
      refs.length === 0
        ? new Uint8Array(0)
        : fullBox(
            'iref',
            0,
            0,
            ...refs.map((r) => box(r.type, u16(r.from), u16(r.to.length), ...r.to.map(u16))),
          ),
      box(
        'iprp',
        box('ipco', ...properties),
        fullBox(
          'ipma',
          0,
          0,
          u32(o.items.length),
          ...o.items.map((item) =>
            cat(u16(item.id), Uint8Array.of((item.props ?? []).length, ...(item.props ?? []))),
          ),
        ),
      ),
    );
  };
  const extra = cat(...(o.extraTop ?? []));
  const metaLength = metaFor(0).length;
  const mdatPayloadStart = ftyp.length + metaLength + extra.length + (o.largeMdat ? 16 : 8);
  const payload = cat(...withData.map((item) => item.data!));
  const mdat = o.largeMdat
    ? cat(u32(1), str('mdat'), u32(0), u32(payload.length + 16), payload)
    : box('mdat', payload);
  return cat(ftyp, metaFor(mdatPayloadStart), extra, mdat, o.trailer ?? new Uint8Array(0));
}

/** A valid single-image AVIF-like file with Exif and XMP items. */
export function simpleSynth(): SynthOptions {
  return {
    items: [
      { id: 1, type: 'av01', data: str('fake-av1-bitstream'), props: [1] },
      { id: 2, type: 'Exif', data: cat(u32(0), str('MM\0*\0\0\0\x08\0\0')) },
      { id: 3, type: 'mime', contentType: 'application/rdf+xml', data: str('<x:xmpmeta/>') },
    ],
    refs: [
      { type: 'cdsc', from: 2, to: [1] },
      { type: 'cdsc', from: 3, to: [1] },
    ],
  };
}
