/**
 * Names what the removed metadata boxes held, for the receipt. Nothing here decides what is
 * removed (every box named here is dropped whatever it holds); it only reads values a person
 * needs to judge the risk: where, which device, when, which identifiers.
 *
 *   udta  ©xyz ©day ©mak ©mod ©swr loci CAME MUID XMP_ thum ... (QTFF "User Data Atoms";
 *         3GPP TS 26.244 §8 for loci/auth/titl...)      text := u16 size, u16 language, bytes
 *   meta  hdlr 'mdta' + keys + ilst   (QTFF "Metadata Atoms")  or  udta/meta/ilst (iTunes)
 *         ilst item := type (a 4cc, or the 1-based key index) > 'data' type:u32 locale:u32 value
 */
import { ascii, u16be, u32be } from '../../../bytes.ts';
import { StripError } from '../../../errors.ts';
import { parseIso6709 } from '../../../receipt-video.ts';
import { printableFourCC, RemovedParts } from '../../removed-parts.ts';
import { readBoxHeader, readChildren, type BoxHeader } from '../boxes.ts';

export const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

const MAX_TEXT = 256;
const LOCATION = new Set(['©xyz', 'loci', '©lox']);
const DATES = new Set(['©day', 'date', '©dat']);
const MAKE = new Set(['©mak', 'manu']);
const MODEL = new Set(['©mod', 'modl']);
const SOFTWARE = new Set(['©swr', '©too', '©enc', 'FIRM', '©fmt']);
const THUMBNAILS = new Set(['thum', 'thm ', 'PICT', 'mcvr', 'covr', 'snal', 'tnal', 'pnot']);
const PEOPLE = new Set(['auth', '©ART', '©aut', 'perf', 'cprt', '©cpy', '©wrt', '©prf', 'ownr']);
const TEXT = new Set(['©nam', '©cmt', '©des', '©inf', 'titl', 'dscp', 'name', 'kywd', '©alb']);
const IDS: Record<string, string> = { CAME: 'serial', MUID: 'media_id', GUMI: 'media_id' };

/** Collects receipt parts; make, model and software from separate atoms become one line. */
export class VideoReceipt {
  readonly parts = new RemovedParts();
  /** The movie header's creation time: named only when no metadata atom gave a local date. */
  headerDate: string | undefined;
  private make = '';
  private model = '';
  private software = '';

  /** Keys values (`preferred`) win over udta ones: udta software is often the muxer. */
  device(field: 'make' | 'model' | 'software', value: string, preferred = false): void {
    if (value && (preferred || !this[field])) this[field] = value;
    else if (!value && field !== 'software') this.parts.add('device', 0);
  }

  finish(): RemovedParts {
    if (this.headerDate && !this.parts.list.some((p) => p.kind === 'date' && p.detail)) {
      this.parts.add('date', 0, this.headerDate);
    }
    if (this.make || this.model || this.software) {
      this.parts.add('device', 0, `${this.make}\u0000${this.model}\u0000${this.software}`);
    }
    return this.parts;
  }
}

/** Describes a user data box (moov/udta or trak/udta). Unreadable content is still named. */
export function describeUdta(b: Uint8Array, udta: BoxHeader, receipt: VideoReceipt): void {
  const size = udta.end - udta.start;
  guarded(receipt, size, () => {
    // QTFF allows a 32-bit zero terminator after the last user data atom.
    for (let at = udta.contentStart, n = 0; udta.end - at >= 8 && n < 4096; n++) {
      const child = readBoxHeader(b, at, udta.end);
      if (child.type === 'meta') describeMeta(b, child, receipt);
      else describeAtom(child.type, b, child, atomText(b, child), receipt);
      at = child.end;
    }
  });
}

/** Describes a metadata box: QuickTime (no version/flags) or ISO FullBox layout. */
export function describeMeta(b: Uint8Array, meta: BoxHeader, receipt: VideoReceipt): void {
  guarded(receipt, meta.end - meta.start, () => {
    const isoFull = ascii(b, meta.contentStart + 4, 4, 'meta') !== 'hdlr';
    const children = readChildren(b, meta.contentStart + (isoFull ? 4 : 0), meta.end, 4096);
    const keysBox = children.find((c) => c.type === 'keys');
    const keys = keysBox ? readKeys(b, keysBox) : [];
    for (const child of children) {
      if (child.type !== 'ilst') continue;
      for (const item of readChildren(b, child.contentStart, child.end, 4096)) {
        const index = u32be(b, item.start + 4);
        const value = dataText(b, item);
        const key = keysBox ? keys[index - 1] : undefined;
        if (key !== undefined) describeKey(key, value, receipt);
        else describeAtom(item.type, b, item, value, receipt);
      }
    }
    if (!children.some((c) => c.type === 'ilst')) receipt.parts.add('vendor', 0);
  });
}

/** A uuid box: XMP when it carries the XMP extended type, vendor data otherwise. */
export function describeUuid(
  usertype: string,
  payload: Uint8Array | undefined,
  size: number,
  receipt: VideoReceipt,
): void {
  if (usertype === XMP_UUID) receipt.parts.add('xmp', size, undefined, payload);
  else receipt.parts.add('vendor', size, 'uuid');
}

function describeAtom(
  type: string,
  b: Uint8Array,
  box: BoxHeader,
  text: string,
  receipt: VideoReceipt,
): void {
  const size = box.end - box.start;
  const parts = receipt.parts;
  if (LOCATION.has(type)) parts.add('location', size, type === 'loci' ? loci(b, box) : text);
  else if (DATES.has(type)) parts.add('date', size, text || undefined);
  else if (MAKE.has(type)) receipt.device('make', text);
  else if (MODEL.has(type)) receipt.device('model', text);
  else if (SOFTWARE.has(type)) receipt.device('software', text);
  else if (THUMBNAILS.has(type)) parts.add('thumbnail', size);
  else if (PEOPLE.has(type)) parts.add('identifier', size, 'user');
  else if (IDS[type]) parts.add('identifier', size, IDS[type]);
  else if (TEXT.has(type)) parts.add('comment', size);
  else if (type === 'XMP_') {
    parts.add('xmp', size, undefined, b.subarray(box.contentStart, box.end));
  } else parts.add('vendor', size, printableFourCC(type));
}

function describeKey(key: string, value: string, receipt: VideoReceipt): void {
  const parts = receipt.parts;
  if (/location/i.test(key)) parts.add('location', 0, parseIso6709(value) ? value : undefined);
  else if (/(^|\.)make$|manufacturer$/i.test(key)) receipt.device('make', value, true);
  else if (/(^|\.)model$/i.test(key)) receipt.device('model', value, true);
  else if (/android\.version$/i.test(key)) receipt.device('software', `Android ${value}`, true);
  else if (/(^|\.)software$/i.test(key)) receipt.device('software', value, true);
  else if (/creation_?(date|time)$/i.test(key)) parts.add('date', 0, value || undefined);
  else if (/utc_offset|timezone/i.test(key)) parts.add('date', 0, 'zone');
  else if (/content\.identifier$/i.test(key)) parts.add('identifier', 0, 'live_photo');
  else if (/author|artist|owner|copyright/i.test(key)) parts.add('identifier', 0, 'user');
  else parts.add('vendor', 0);
}

function readKeys(b: Uint8Array, keys: BoxHeader): string[] {
  const count = u32be(b, keys.contentStart + 4, 'key count');
  const names: string[] = [];
  let at = keys.contentStart + 8;
  for (let i = 0; i < count && at < keys.end; i++) {
    const entry = readBoxHeader(b, at, keys.end); // key_size, namespace ('mdta'), key_value
    names.push(ascii(b, entry.contentStart, Math.min(entry.end - entry.contentStart, MAX_TEXT)));
    at = entry.end;
  }
  return names;
}

/** The first 'data' value of an ilst item, as text when it is text. */
function dataText(b: Uint8Array, item: BoxHeader): string {
  for (const data of readChildren(b, item.contentStart, item.end, 64)) {
    if (data.type !== 'data' || data.end - data.contentStart < 8) continue;
    const type = u32be(b, data.contentStart);
    if (type !== 1) return ''; // not UTF-8 text (a picture, a number...)
    return utf8(b.subarray(data.contentStart + 8, data.end));
  }
  return '';
}

/** QuickTime text user data: u16 size, u16 language, text (QTFF "User Data Text Strings"). */
function atomText(b: Uint8Array, box: BoxHeader): string {
  const room = box.end - box.contentStart;
  if (room >= 4) {
    const length = u16be(b, box.contentStart);
    if (length > 0 && length <= room - 4) {
      return utf8(b.subarray(box.contentStart + 4, box.contentStart + 4 + length));
    }
  }
  return room >= 16 && ascii(b, box.contentStart + 4, 4) === 'data' ? dataText(b, box) : '';
}

/** 3GPP loci (TS 26.244 §8.2.6): name, role, then 16.16 fixed longitude, latitude, altitude. */
function loci(b: Uint8Array, box: BoxHeader): string | undefined {
  let at = box.contentStart + 4 + 2; // version/flags, language
  while (at < box.end && b[at] !== 0) at++;
  at += 2; // the name's NUL, role
  if (at + 8 > box.end) return undefined;
  const fixed = (o: number) => (u32be(b, o) | 0) / 65536;
  const lon = fixed(at);
  const lat = fixed(at + 4);
  const sign = (n: number, width: number) =>
    `${n < 0 ? '-' : '+'}${Math.abs(n)
      .toFixed(4)
      .padStart(width + 5, '0')}`;
  return `${sign(lat, 2)}${sign(lon, 3)}/`;
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, MAX_TEXT));
}

/** Describing never refuses a file: an unreadable box still gets a generic line. */
function guarded(receipt: VideoReceipt, size: number, describe: () => void): void {
  try {
    describe();
  } catch (error) {
    if (!(error instanceof StripError)) throw error;
    receipt.parts.add('vendor', size);
  }
}
