/**
 * Phone numbers, plain or disguised. Digit runs come from `digit-runs.ts` (number words, o/O for
 * 0, emoji and letters between digits); each contiguous slice of a run is checked with
 * libphonenumber-js, first in the user's region, then in the regions Veil's users mostly write
 * from. libphonenumber rejects the drama/fiction ranges (UK 07700 900xxx) as invalid, and real
 * writers use new ranges before metadata knows them, so a merely *possible* national number still
 * counts, at a lower score that context words ("text", "call", "WhatsApp") lift.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { findDigitRuns, groupDigits, type DigitGroup } from '../digit-runs.ts';
import { after, before, withContext } from '../context.ts';
import type { Candidate } from '../types.ts';

const FALLBACK_REGIONS: CountryCode[] = [
  'GB',
  'US',
  'IE',
  'AU',
  'CA',
  'ES',
  'FR',
  'DE',
  'NL',
  'IT',
  'PT',
  'NZ',
];
const PHONE_WORDS =
  /\b(phone|tel|telephone|call|calls|text|txt|texts|ring|mobile|mob|cell|number|whatsapp|wa|sms|contact|reach|dial|signal|telegram|imessage|llamame|llama|movil|telefono|handy|nummer|anrufen|telephone|portable|numero|appelle|textez|texte|whats)\b|[📞📱📲☎]/u;
/** Trunk prefixes written after a country code, as in "+44 (0)7700". */
const TRUNK_AFTER_CC = /^(44|353|61|49|33|39|31|41|43|32|64|34)0/;
const NOT_A_PHONE_AFTER =
  /^\s?(%|k\b|cm|mm|kg|lbs?|roses|tokens|tks?|subs|subscribers|followers|likes|views|min|mins|hrs?|€|\$)/i;
const DATE_SHAPE = /^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const CURRENCY_BEFORE = /[£$€¥]\s?$|\b(usd|eur|gbp|aud|cad)\s?$/i;

export interface PhoneReading {
  /** National significant number, the value compared with the work phone. */
  nsn: string;
  score: number;
  /** 0 when read in the user's region or in international form, else 1. */
  foreign?: number;
}

/** Reads a digit string as a phone number, or returns undefined. Also used for work numbers. */
const readings = new Map<string, PhoneReading | undefined>();

export function readPhone(
  digits: string,
  international: boolean,
  region: string,
): PhoneReading | undefined {
  if (digits.length < 7 || digits.length > 16) return undefined;
  const key = `${international ? '+' : ''}${region}:${digits}`;
  if (readings.has(key)) return readings.get(key);
  const reading = parseReading(digits, international, region);
  if (readings.size > 2000) readings.clear();
  readings.set(key, reading);
  return reading;
}

function parseReading(
  digits: string,
  international: boolean,
  region: string,
): PhoneReading | undefined {
  if (international || digits.startsWith('00')) {
    const bare = digits.replace(/^00/, '').replace(TRUNK_AFTER_CC, '$1');
    const parsed = parsePhoneNumberFromString(`+${bare}`);
    if (!parsed?.isPossible()) return undefined;
    return { nsn: parsed.nationalNumber, score: parsed.isValid() ? 0.75 : 0.55 };
  }
  // Short numbers are read only in the user's region; other regions need a full-length number.
  const regions =
    digits.length < 9
      ? [region as CountryCode]
      : [region as CountryCode, ...FALLBACK_REGIONS.filter((r) => r !== region)];
  let possible: PhoneReading | undefined;
  for (const r of regions) {
    const parsed = parsePhoneNumberFromString(digits, r);
    if (!parsed) continue;
    if (parsed.isValid()) {
      // Fewer than nine digits are valid somewhere (German area codes) but are rarely phones.
      // Fewer than nine digits, or no trunk 0 outside the user's region: valid somewhere, but
      // more often an ID, an account or a count than a phone.
      if (digits.length < 9 && !digits.startsWith('0')) continue;
      const weak = digits.length < 9 || (r !== region && !digits.startsWith('0'));
      return {
        nsn: parsed.nationalNumber,
        score: weak ? 0.45 : 0.7,
        foreign: r === region ? 0 : 1,
      };
    }
    if (!possible && parsed.isPossible() && digits.startsWith('0') && digits.length >= 10) {
      possible = { nsn: parsed.nationalNumber, score: 0.45, foreign: r === region ? 0 : 1 };
    }
  }
  return possible;
}

function lastEnd(group: DigitGroup | undefined): number {
  return group?.tokens[group.tokens.length - 1]?.end ?? -1;
}

function spanOf(groups: DigitGroup[]): [number, number] {
  const first = groups[0]?.tokens[0];
  const lastGroup = groups[groups.length - 1];
  const last = lastGroup?.tokens[lastGroup.tokens.length - 1];
  return [first?.start ?? 0, last?.end ?? 0];
}

function vetoed(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (DATE_SHAPE.test(span)) return true;
  if (CURRENCY_BEFORE.test(before(text, start, 6))) return true;
  if (NOT_A_PHONE_AFTER.test(after(text, end, 12))) return true;
  // Measurements and scores such as 34-24-36 or 9-5: short groups only.
  return /^\d{1,2}([-/]\d{1,2}){1,3}$/.test(span);
}

export function detectPhones(text: string, region: string): Candidate[] {
  const out: Candidate[] = [];
  for (const run of findDigitRuns(text)) {
    const groups = run.groups;
    let a = 0;
    while (a < groups.length) {
      let best: { b: number; reading: PhoneReading } | undefined;
      let digits = '';
      for (let b = a; b < groups.length && b < a + 12; b++) {
        digits += groupDigits(groups[b] as DigitGroup);
        if (digits.length > 16) break;
        const reading = readPhone(digits, a === 0 && run.plus, region);
        // A longer reading wins unless it needs a foreign region where a shorter one did not.
        const better =
          reading &&
          (!best ||
            (reading.foreign ?? 0) < (best.reading.foreign ?? 0) ||
            ((reading.foreign ?? 0) === (best.reading.foreign ?? 0) &&
              reading.score >= best.reading.score - 0.1));
        if (reading && better) best = { b, reading };
        // "10am", "9pm": a group glued to letters ends the number before it.
        if (
          b > a &&
          /^\p{L}{2}/u.test(text.slice(lastEnd(groups[b + 1]), lastEnd(groups[b + 1]) + 2))
        )
          break;
      }
      if (!best) {
        a++;
        continue;
      }
      const slice = groups.slice(a, best.b + 1);
      const span = spanOf(slice);
      let start = span[0];
      const end = span[1];
      if (a === 0 && run.plus) start = text.lastIndexOf('+', start);
      if (text[start - 1] === '(' && text.slice(start, end).includes(')')) start--;
      const disguised = slice.some(
        (g) => g.tokens.some((t) => t.disguised) || /[^\s.\-()+]/u.test(g.gapBefore),
      );
      if (!vetoed(text, start, end)) {
        const base = best.reading.score + (disguised ? 0.1 : 0);
        out.push({
          category: 'phone',
          start,
          end,
          score: withContext(base, text, start, end, PHONE_WORDS, 45),
          value: best.reading.nsn,
        });
      }
      a = best.b + 1;
    }
  }
  return out;
}
