/**
 * Street addresses and flat numbers: "14 Albert Road", "Flat 3, 22 Cardigan Lane",
 * "1180 W Argyle St", "Calle de Fuencarral 45, 3º izq", "Adalbertstraße 41", "3520 rue
 * Saint-Urbain", and a flat or apartment number on its own ("buzz flat 2"). The town and postcode
 * are left out, as the labelling rules say. Numbers followed by units ("2 mins walk") are not
 * house numbers.
 */
import type { Candidate } from '../types.ts';

const UNIT = String.raw`(?:[Ff]lat|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Ss]uite|[Ss]te\.?|[Rr]oom|[Ss]tudio|[Aa]pto\.?|[Aa]ppt\.?|[Aa]ppartement|[Ww]ohnung|[Pp]iso|FLAT|APT|UNIT)`;
const SAFE_SUFFIX = String.raw`(?:road|street|lane|avenue|crescent|grove|close|drive|terrace|gardens|mews|boulevard|parade|highway|parkway|square|court|place|walk|row|rise|way|circle|esplanade|promenade|embankment|wynd|brae)`;
const CAP_SUFFIX = String.raw`(?:Rd|St|Ln|Ave|Av|Cres|Gr|Cl|Dr|Tce|Terr|Gdns|Blvd|Pde|Hwy|Pkwy|Sq|Ct|Pl|Park|Hill|View|Green|Gate|Vale|Heights|Wharf|Quay|Broadway|Trail|Loop|Pike|Plaza|Alley|Cir|Way|Road|Street|Lane|Avenue|Crescent|Grove|Close|Drive|Terrace|Gardens|Mews|Boulevard|Parade|Square|Court|Place|Walk|Row|Rise)`;
const HOUSE = String.raw`\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?`;
const NAME_WORD = String.raw`(?:[NSEW]\.?\s+)?[\p{Lu}][\p{L}'’.-]*`;
const UNIT_PREFIX = String.raw`(?:${UNIT}\s*#?\s*\d{1,4}[A-Za-z]?\s*[,/]?\s*)?`;
const UNITS_AFTER =
  /^\s*(mins?|minutes?|hrs?|hours?|miles?|mi|km|yards?|steps|secs?|seconds?|days?|weeks?|years?|yrs?|pics?|vids?|people|girls|guys|pounds|lbs|kg|cm|ft|x)(?![\p{L}])|^\s*[%£$€]/iu;

const EN_CAP = new RegExp(
  String.raw`\b${UNIT_PREFIX}${HOUSE},?\s+(?:${NAME_WORD}\s+){1,3}${CAP_SUFFIX}\b\.?`,
  'gu',
);
const EN_LOWER = new RegExp(
  String.raw`\b${UNIT_PREFIX}${HOUSE},?\s+(?:[\p{L}'’-]+\s+){1,3}${SAFE_SUFFIX}\b`,
  'giu',
);
const ROMANCE = new RegExp(
  String.raw`\b(?:[Cc]alle|C/|[Aa]venida|[Aa]vda\.?|[Pp]laza|[Pp]za\.?|[Pp]aseo|[Cc]arrer|[Cc]amino|[Rr]onda|[Rr]ua|[Rr]úa|[Pp]raça|[Tt]ravessa|[Vv]ia|[Vv]iale|[Pp]iazza|[Cc]orso)\s+(?:(?:de|del|de la|dos|da|do|di|della)\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:de|del|la|y|[\p{Lu}][\p{L}'’.-]*))*,?\s+(?:n[º°o]\.?\s*)?\d{1,4}[A-Za-z]?(?:\s*,?\s*\d{1,2}\s*[º°ªo]\.?(?:\s*(?:izq|izda|dcha|der|dch|[A-Za-z])\.?)?)?`,
  'gu',
);
const FRENCH = new RegExp(
  String.raw`\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Cc]hemin|[Aa]llée|[Aa]llee|[Ii]mpasse|[Qq]uai|[Cc]ours|[Rr]oute|[Rr]ang|[Pp]lace)\s+(?:(?:de la|du|des|de|d'|l')\s*)?[\p{Lu}][\p{L}'’-]*(?:[\s-](?:[\p{Lu}][\p{L}'’-]*|de|du|la))*`,
  'gu',
);
const GERMANIC = new RegExp(
  String.raw`\b[\p{Lu}][\p{Ll}äöüß]+(?:-[\p{Lu}][\p{Ll}äöüß]+)*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|straat|laan|gracht|plein|kade|singel|dijk|vej|gade|gatan|vägen)\s+\d{1,4}\s?[a-z]?\b|\b[\p{Lu}][\p{L}]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm)\s+\d{1,4}[a-z]?\b`,
  'gu',
);
const UNIT_ALONE = new RegExp(
  String.raw`\b${UNIT}\s*(?:no\.?|number|#)?\s*(\d{1,4}[A-Za-z]?)\b(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+${CAP_SUFFIX}\b)?`,
  'giu',
);

export function detectStreetAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number) => {
    if (UNITS_AFTER.test(text.slice(end, end + 10)) && score < 0.8) return;
    if (out.some((c) => c.start < end && start < c.end)) return;
    out.push({ category: 'street_address', start, end, score });
  };
  for (const re of [EN_CAP, ROMANCE, FRENCH, GERMANIC]) {
    for (const m of text.matchAll(re)) {
      const house = /^\d+/.exec(m[0]);
      // A house number after a currency sign or before a unit is something else.
      if (house && /[£$€]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      if (house && UNITS_AFTER.test(m[0].slice(house[0].length))) continue;
      add(m.index, m.index + m[0].length, 0.8);
    }
  }
  for (const m of text.matchAll(EN_LOWER)) {
    const words = m[0].split(/\s+/).slice(1, -1);
    if (
      words.some((w) =>
        /^(the|a|an|my|to|from|and|or|of|for|in|on|at|your|our|min|mins|minutes|miles|hrs)$/i.test(
          w,
        ),
      )
    )
      continue;
    if (UNITS_AFTER.test(m[0].replace(/^\S+/, ''))) continue;
    add(m.index, m.index + m[0].length, 0.7);
  }
  for (const m of text.matchAll(UNIT_ALONE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (UNITS_AFTER.test(text.slice(end, end + 10))) continue;
    // "studio 54"-style names and "room 2" in hotels are weaker than "flat 2".
    const score = /^(room|studio)/i.test(m[0]) ? 0.45 : 0.65;
    add(start, end, score);
  }
  return out;
}
