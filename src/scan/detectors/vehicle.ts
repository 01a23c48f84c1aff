/**
 * Vehicle registrations. Current UK plates (AB12 CDE), Irish (191-C-12345) and French SIV
 * (AB-123-CD) have shapes distinctive enough to flag as written; other formats (US and Canadian
 * plates, Australian regos, German Kennzeichen, UK private plates) need a nearby plate or car word
 * ("plate", "rego", "Kennzeichen", "white Polo") to tell them from product codes and sizes.
 */
import { withContext } from '../context.ts';
import type { Candidate } from '../types.ts';

const UK_CURRENT = /\b[A-HJ-PR-Y][A-HJ-PR-Z]\d{2} ?[A-HJ-PR-Z]{3}\b/g;
const IRISH =
  /\b\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WW|WX)-\d{1,6}\b/g;
const FRENCH = /\b[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}\b/g;
const GERMAN = /(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\d{1,4}[EH]?\b/g;
/** Letters and digits mixed, 4 to 8 characters, optionally split once or twice. */
const GENERIC =
  /(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){0,2}(?![\w-])/g;
const CAR_WORDS =
  /\b(plates?|reg|registration|rego|number ?plate|licen[cs]e plate|tags?|kennzeichen|matr[ií]cula|immatriculation|targa|kenteken|car|van|motor|parked|park|pull up|driving|drive|audi|bmw|ford|fiesta|focus|polo|golf|corsa|astra|juke|qashqai|yaris|corolla|civic|tesla|mazda|honda|toyota|nissan|kia|hyundai|vw|volkswagen|mercedes|merc|mini|fiat|clio|peugeot|renault|skoda|octavia|seat|leon|ibiza|cr-v|rav4|prius|mustang|jeep|range rover|evoque|volvo|lexus|camry|accord|altima|jetta|passat|micra|swift|sandero|tucson|sportage|kuga|ute|hilux)\b/i;
const NOT_PLATES =
  /^(\d{2,3}[A-K]{1,3}|\d{1,2}(AM|PM|HR|HRS|MIN|MINS|CM|KG|MM|K|G|GB|TB|FT|IN|ST|ND|RD|TH|S)|[A-Z]\d|C2C|B2B|P2P|4K|HD|MP4|GFE|PSE|OWO|DFK|A4|A5|[A-Z]{1,2}\d{1,2}|\d{1,2}[A-Z]{1,2})$/;

export function detectVehicleRegs(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number) => {
    if (!out.some((c) => c.start < end && start < c.end))
      out.push({
        category: 'vehicle_reg',
        start,
        end,
        score,
        value: text.slice(start, end).replace(/[\s-]/g, '').toUpperCase(),
      });
  };
  for (const m of text.matchAll(IRISH)) add(m.index, m.index + m[0].length, 0.85);
  for (const m of text.matchAll(FRENCH)) add(m.index, m.index + m[0].length, 0.75);
  for (const m of text.matchAll(UK_CURRENT)) {
    add(
      m.index,
      m.index + m[0].length,
      withContext(0.6, text, m.index, m.index + m[0].length, CAR_WORDS, 50),
    );
  }
  for (const m of text.matchAll(GERMAN)) {
    add(
      m.index,
      m.index + m[0].length,
      withContext(0.3, text, m.index, m.index + m[0].length, CAR_WORDS, 40),
    );
  }
  for (const m of text.matchAll(GENERIC)) {
    const bare = m[0].replace(/[ -]/g, '');
    if (bare.length < 4 || bare.length > 8 || NOT_PLATES.test(bare)) continue;
    if ((bare.match(/\d/g)?.length ?? 0) < 1 || (bare.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    add(
      m.index,
      m.index + m[0].length,
      withContext(0.2, text, m.index, m.index + m[0].length, CAR_WORDS, 45),
    );
  }
  return out;
}
