/**
 * The HEIF 'meta' box (ISO/IEC 14496-12 §8.11.1; ISO/IEC 23008-12 §9) read into one model.
 *
 *   meta (FullBox v0)
 *     hdlr  handler 'pict' (§8.4.3)          pitm  primary item ID (§8.11.4)
 *     dinf/dref  data references (§8.7)      iinf  items (iinf.ts)
 *     iloc  item data locations (iloc.ts)    iref  item references (iref.ts)
 *     iprp  item properties (iprp.ts)        idat  item data stored in meta (§8.11.11)
 *     anything else (grpl entity groups, xml, ipro...) -> `others`
 *
 * Each known child may appear at most once: two pitm or two iloc would make the meaning of the
 * file ambiguous, and ambiguity is refused, never guessed.
 */
import { ascii, u16be, u32be } from '../../bytes.ts';
import { fail } from '../../errors.ts';
import { readChildren, readFullBox, type BoxHeader } from './boxes.ts';
import { readIinf, type ItemInfo } from './iinf.ts';
import { readIloc, type ItemLocation } from './iloc.ts';
import { readIprp, type ItemProperties } from './iprp.ts';
import { readIref, type ItemReference } from './iref.ts';

export interface HeifMeta {
  readonly box: BoxHeader;
  readonly handlerType: string;
  /** Length of the hdlr name string (not its text): a non-empty name is encoder chatter. */
  readonly handlerNameLength: number;
  readonly primaryId: number;
  readonly hasDinf: boolean;
  readonly items: readonly ItemInfo[];
  readonly locations: ReadonlyMap<number, ItemLocation>;
  readonly references: readonly ItemReference[];
  readonly properties: ItemProperties;
  /** The idat payload range, or null. */
  readonly idat: { readonly start: number; readonly end: number } | null;
  readonly others: readonly BoxHeader[];
}

const KNOWN = ['hdlr', 'pitm', 'dinf', 'iinf', 'iloc', 'iref', 'iprp', 'idat'] as const;

export function readMeta(b: Uint8Array, box: BoxHeader): HeifMeta {
  const { version, bodyStart } = readFullBox(b, box);
  if (version !== 0) fail('unsupported_variant', 'the meta box has an unknown version');
  const found = new Map<string, BoxHeader>();
  const others: BoxHeader[] = [];
  for (const child of readChildren(b, bodyStart, box.end, 256)) {
    if (!(KNOWN as readonly string[]).includes(child.type)) {
      others.push(child);
      continue;
    }
    if (found.has(child.type)) fail('malformed', `the meta box holds two '${child.type}' boxes`);
    found.set(child.type, child);
  }
  const hdlr = found.get('hdlr') ?? fail('malformed', 'the meta box has no handler');
  const pitm = found.get('pitm') ?? fail('malformed', 'the image names no primary item');
  const iinf = found.get('iinf') ?? fail('malformed', 'the image has no item list');
  const iprp = found.get('iprp') ?? fail('malformed', 'the image has no item properties');
  const iloc = found.get('iloc');
  const iref = found.get('iref');
  const dinf = found.get('dinf');
  const idat = found.get('idat');
  const handler = readHdlr(b, hdlr);
  if (dinf) checkSelfContained(b, dinf);
  const locations = new Map<number, ItemLocation>();
  for (const loc of iloc ? readIloc(b, iloc) : []) locations.set(loc.id, loc);
  return {
    box,
    handlerType: handler.type,
    handlerNameLength: handler.nameLength,
    primaryId: readPitm(b, pitm),
    hasDinf: dinf !== undefined,
    items: readIinf(b, iinf),
    locations,
    references: iref ? readIref(b, iref) : [],
    properties: readIprp(b, iprp),
    idat: idat ? { start: idat.contentStart, end: idat.end } : null,
    others,
  };
}

/** hdlr (§8.4.3): pre_defined u32, handler_type 4cc, reserved u32[3], name string. */
function readHdlr(b: Uint8Array, box: BoxHeader): { type: string; nameLength: number } {
  const { bodyStart } = readFullBox(b, box);
  if (bodyStart + 20 > box.end) fail('truncated', 'the handler box is cut off');
  const type = ascii(b, bodyStart + 4, 4, 'handler type');
  let nameLength = 0;
  for (let i = bodyStart + 20; i < box.end && b[i] !== 0; i++) nameLength++;
  return { type, nameLength };
}

/** pitm (§8.11.4): version 0 holds a 16-bit item ID, version 1 a 32-bit one. */
function readPitm(b: Uint8Array, box: BoxHeader): number {
  const { version, bodyStart } = readFullBox(b, box);
  if (version > 1) fail('unsupported_variant', 'the primary item box has an unknown version');
  const size = version === 0 ? 2 : 4;
  if (bodyStart + size > box.end) fail('truncated', 'the primary item box is cut off');
  return version === 0 ? u16be(b, bodyStart, 'primary item') : u32be(b, bodyStart);
}

/**
 * dinf/dref (§8.7.2): item data must live in this file. An entry without flag 1 points at an
 * external file (a URL), which we can neither clean nor carry over.
 */
function checkSelfContained(b: Uint8Array, dinf: BoxHeader): void {
  for (const child of readChildren(b, dinf.contentStart, dinf.end, 16)) {
    if (child.type !== 'dref') continue;
    const { bodyStart } = readFullBox(b, child);
    const count = u32be(b, bodyStart, 'dref count');
    const entries = readChildren(b, bodyStart + 4, child.end, 64);
    if (entries.length !== count) fail('malformed', 'data reference count does not match');
    for (const entry of entries) {
      const { flags } = readFullBox(b, entry);
      if ((flags & 1) !== 1) {
        fail('unsupported_variant', 'the image refers to data stored in another file');
      }
    }
  }
}
