/**
 * Dates of birth: a full date (day, month and year) with birth context ("born", "DOB", "geb.",
 * "né le", "my birthday is"). Other dates (bookings, offers, tour dates, "verified on 14/02/2023")
 * and years alone are not flagged.
 */
import type { Candidate } from '../types.ts';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie';
const ORD = String.raw`(?:st|nd|rd|th|er|º|°|\.)?`;
const DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b`,
    String.raw`\b\d{1,2}${ORD}\s*(?:of\s+|de\s+)?(?:${MONTHS})\.?,?\s+(?:de\s+|del\s+)?(?:\d{4}|'\d{2})\b`,
    String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}${ORD},?\s+\d{4}\b`,
  ].join('|'),
  'giu',
);
const CUE =
  /\b(born(?: on)?(?: the)?|b\.|dob|d\.o\.b\.?|date of birth|birth ?date|birthday(?: is)?|bday|b-day|geb\.?|geboren(?: am)?|geburtsdatum|geburtstag|n[ée]e? le|n[ée]e?|nacid[oa](?: el)?|fecha de nacimiento|f\. ?nac\.?|cumplea[ñn]os|data de nascimento|nascid[oa](?: em)?|date de naissance|anniversaire|data na[șs]terii|n[ăa]scut[ăa]?)\s*[:\-–]?\s*$/i;
const CUE_AFTER = /^\s*\(?\s*(my\s+)?(dob|birthday|bday|b-day|date of birth)\b/i;
/** Words between a cue and a date that say the date is about something else. */
const OTHER_DATE =
  /\b(until|till|til|from|since|by|before|after|on|offer|sale|off|verified|expires?|valid)\b/i;

function plausible(date: string): boolean {
  const nums = date.match(/\d+/g)?.map(Number) ?? [];
  if (nums.length < 3) return /[a-z]/i.test(date);
  const [a = 0, b = 0, c = 0] = nums;
  if (a > 999) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  const dayMonth = (a <= 31 && b <= 12) || (a <= 12 && b <= 31);
  return dayMonth && a > 0 && b > 0;
}

export function detectDatesOfBirth(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DATE)) {
    if (!plausible(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const head = text.slice(Math.max(0, start - 40), start);
    const line = head.slice(head.lastIndexOf('\n') + 1);
    let cued = false;
    // Try the cue at the end of the line head, allowing a few neutral words ("born on the").
    for (let cut = line.length; cut >= Math.max(0, line.length - 30); cut--) {
      const between = line.slice(cut);
      if (/[.!?]\s/.test(between) || OTHER_DATE.test(between)) break;
      if (CUE.test(line.slice(0, cut) + ' ') && between.trim().split(/\s+/).length <= 4) {
        cued = true;
        break;
      }
    }
    if (!cued && CUE_AFTER.test(text.slice(end, end + 25))) cued = true;
    if (cued) out.push({ category: 'date_of_birth', start, end, score: 0.85 });
  }
  return out;
}
