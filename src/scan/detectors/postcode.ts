/**
 * Full postal codes. Shapes that are distinctive on their own (UK, Canada, Ireland's Eircode,
 * Portugal, Brazil) are flagged as written; numeric codes (US ZIP, German, Spanish, French,
 * Italian, Australian, Dutch) look like prices, years and counts, so they need context: a
 * "ZIP/postcode/PLZ" label, a state abbreviation, a street address just before, or a town name
 * right after ("10999 Berlin"). Outward codes and districts alone ("E8", "Dublin 2") are not
 * full postcodes and are not flagged.
 */
import { before, after } from '../context.ts';
import type { Candidate } from '../types.ts';

const UK = /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
const CANADA = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
const EIRCODE =
  /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[0-9AC-FHKNPRTV-Y]{4}\b)(?=\S*\d)[0-9AC-FHKNPRTV-Y]{4}\b/g;
const PT_BR = /\b\d{4,5}-\d{3}\b/g;
const NUMERIC =
  /(?<![\d.,£$€/:-])\b(\d{5}(?:-\d{4})?|\d{4}(?: ?[A-Z]{2}\b)?)(?![\d,/:%-]|\.\d|\s?(?:k\b|€|\$|roses|tokens|subs|likes|followers|views|people|hrs?|mins?))/g;
const LABEL =
  /\b(zip|zip code|zipcode|postcode|post code|postal code|plz|cp|c\.p\.|código postal|codigo postal|code postal|cap|eircode)\s*:?\s*$/i;
const US_STATE =
  /\b(A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\.?,?\s*$/;
const AU_STATE = /\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s*,?\s*$/;
const STREETISH =
  /\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?,?\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:Rd|St|Ln|Ave|Road|Street|Lane|Avenue|Crescent|Grove|Close|Drive|Way|Place|Court|Terrace|Gardens|Blvd)\b|(?:straße|strasse|str\.|weg|allee|platz|gasse|Calle|Avenida|rue|avenue)\b/iu;
const NOT_TOWNS =
  /^(likes|followers|subscribers|subs|views|pics|vids|videos|photos|people|members|fans|tokens|roses|miles|km|euros?|dollars?|pounds|words|steps|calories|hours|days)$/i;
const DUTCH_BAD = /^(AM|PM|AD|BC|CM|KG|MM|HR|ST|ND|RD|TH|XL|DD|FF|GG|HH|UK|US|EU)$/;

export function detectPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number) => {
    if (!out.some((c) => c.start < end && start < c.end))
      out.push({ category: 'postcode', start, end, score });
  };
  for (const re of [UK, CANADA, EIRCODE]) {
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, 0.8);
  }
  for (const m of text.matchAll(PT_BR)) {
    if (
      LABEL.test(before(text, m.index, 20)) ||
      /^\s+\p{Lu}/u.test(after(text, m.index + m[0].length, 4))
    )
      add(m.index, m.index + m[0].length, 0.6);
  }
  for (const m of text.matchAll(NUMERIC)) {
    const start = m.index;
    const end = start + m[0].length;
    const head = before(text, start, 80);
    const headRaw = text.slice(Math.max(0, start - 80), start);
    const nextWord = /^\s+([\p{Lu}][\p{L}-]+)/u.exec(text.slice(end, end + 30))?.[1];
    const dutch = /[A-Z]{2}$/.exec(m[0]);
    if (dutch && DUTCH_BAD.test(dutch[0])) continue;
    const label = LABEL.test(head.slice(-20));
    const streetBefore = STREETISH.test(headRaw);
    const townAfter = nextWord !== undefined && !NOT_TOWNS.test(nextWord);
    const fiveDigit = /^\d{5}/.test(m[0]);
    const state = fiveDigit ? US_STATE.test(headRaw) : AU_STATE.test(headRaw);
    const suburbBefore = /[\p{Lu}][\p{L}'-]+\s+$/u.test(headRaw);
    let score = 0;
    if (label) score = 0.85;
    else if (state) score = 0.75;
    else if (streetBefore && (fiveDigit || suburbBefore || dutch || townAfter)) score = 0.7;
    else if (fiveDigit && townAfter) score = 0.55;
    if (score > 0) add(start, end, score);
  }
  return out;
}
