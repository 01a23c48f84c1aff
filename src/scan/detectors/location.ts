/**
 * Location hints: a named, findable place near where the person lives or works ("5 mins from
 * Leicester Royal Infirmary", "above the Greggs on Market St", "staying at the Premier Inn by the
 * Quayside"). A capitalised phrase counts when it ends in a facility word (Hospital, Station,
 * Market...), contains a chain brand tied to a street or area, or follows a proximity cue with
 * "the" ("2 mins from the Mailbox"). Broad areas ("Leeds city centre", "hotels in Canary Wharf")
 * have neither, so they are left alone, as the labelling rules require.
 */
import { foldChar } from '../normalise.ts';
import { capitalisedWordStarts, readAttachment, readProperPhrase, type Phrase } from '../proper.ts';
import {
  AREA_WORDS,
  BRANDS,
  FACILITY_PREFIXES,
  FACILITY_SUFFIXES,
  LOWER_FACILITIES,
  WEAK_FACILITY_SUFFIXES,
} from '../lexicon/places.ts';
import { COMMON_WORDS } from '../lexicon/words.ts';
import type { Candidate } from '../types.ts';

const PROXIMITY =
  /(?:\bnear(?:by)?|\bnr\.?|\bby|\bbeside|\bopposite|\bopp\.?|\babove|\bbelow|\bunder(?:neath)?|\bbehind|\bnext (?:door )?to|\bround the corner from|\baround the corner from|\bacross (?:the (?:road|street) )?from|\bmins?\.? (?:walk )?(?:from|to)|\bminutes? (?:walk )?(?:from|to)|\bsteps (?:from|to)|\bwalking distance (?:from|to|of)|\bclose to|\bjust off|\bonto|\boverlooking|\bviews? (?:of|over)|\bcerca del?|\bjunto al?|\bal lado del?|\bfrente al?|\benfrente del?|\bminutos del?|\bdirekt am|\bnahe|\bgegen(?:ü|ue)ber|\bneben|\bbeim|\bpr[eè]s d[eu]|\b[àa] c[ôo]t[ée] d[eu]|\ben face d[eu])\s+(?:the\s+|a\s+|an\s+|el\s+|la\s+|der\s+|dem\s+|le\s+)?$/i;
const WEAK_CUE =
  /(?:\bat|\bfrom|\boff|\boutside|\bin front of|\bstaying at|\bqueue at|\bam|\bdel|\bin the)\s+(?:the\s+)?$/i;
const THE_BEFORE = /\bthe\s+$/i;
const BRAND_SET = new Set(BRANDS);
const GERMAN_COMPOUND = /.(bahnhof|krankenhaus|klinikum|universitat)$/;
/** Capitalised only because they start a sentence or a line: not the start of a place name. */
const STARTER_WORDS = new Set(
  `i i'm im i'll i've i'd my me you we it it's this that hi hey hello dm text call please pls
  thanks sorry yes no ok just new incall incalls outcall outcalls available rates booking
  bookings verified about based private deposit deposits near opposite above behind next by
  right just close beside across round around walking steps mins minutes from at in on`.split(
    /\s+/,
  ),
);

function fold(word: string): string {
  let out = '';
  for (const ch of word) out += foldChar(ch);
  return out.replace(/['’]s$/, '');
}

function brandIn(words: string[]): boolean {
  const folded = words.map((w) => fold(w));
  for (let i = 0; i < folded.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (BRAND_SET.has(folded.slice(i, i + n).join(' '))) return true;
    }
  }
  return false;
}

function lowerFacilityAfter(text: string, end: number): number {
  const m = /^\s+([a-z]+)/.exec(text.slice(end, end + 20));
  if (m && LOWER_FACILITIES.has(m[1] ?? '')) return end + m[0].length;
  return end;
}

/** "Central Station Glasgow": the place ends at its facility word; the town after it is context. */
function cutAtFacility(phrase: Phrase): Phrase {
  const folded = phrase.words.map(fold);
  for (let k = folded.length - 2; k >= 1; k--) {
    const w = folded[k] ?? '';
    if (FACILITY_SUFFIXES.has(w) || WEAK_FACILITY_SUFFIXES.has(w)) {
      return {
        start: phrase.start,
        end: phrase.ends[k] ?? phrase.end,
        words: phrase.words.slice(0, k + 1),
        ends: phrase.ends.slice(0, k + 1),
      };
    }
  }
  return phrase;
}

export function detectLocationHints(text: string): Candidate[] {
  const out: Candidate[] = [];
  let coveredTo = -1;
  for (const pos of capitalisedWordStarts(text)) {
    if (pos < coveredTo) continue;
    const read = readProperPhrase(text, pos, 6);
    if (!read) continue;
    const phrase = lowerFacilityAfter(text, read.end) > read.end ? read : cutAtFacility(read);
    const head = text.slice(Math.max(0, pos - 45), pos);
    const proximity = PROXIMITY.test(head);
    const weak = WEAK_CUE.test(head);
    let end = lowerFacilityAfter(text, phrase.end);
    const words = phrase.words.map(fold);
    if (STARTER_WORDS.has(words[0] ?? '') || COMMON_WORDS.has(words[0] ?? '')) continue;
    const last =
      end > phrase.end ? fold(text.slice(phrase.end, end).trim()) : (words[words.length - 1] ?? '');
    const first = words[0] ?? '';
    const cued = proximity || weak;
    const strongEnd =
      FACILITY_SUFFIXES.has(last) || (GERMAN_COMPOUND.test(last) && (cued || words.length > 1));
    const weakEnd = WEAK_FACILITY_SUFFIXES.has(last) && cued;
    const facility =
      (((strongEnd || weakEnd) && (words.length > 1 || end > phrase.end)) ||
        (FACILITY_PREFIXES.has(first) && words.length > 1) ||
        (GERMAN_COMPOUND.test(last) && cued)) &&
      !words.some((w) => AREA_WORDS.has(w) && w !== last);
    const brand = brandIn(phrase.words);
    const attachment: Phrase | undefined = readAttachment(text, end);
    let score = 0;
    if (facility) score = cued ? 0.8 : 0.55;
    else if (brand && (attachment || (words.length > 1 && brandIn(phrase.words.slice(0, 2)))))
      score = 0.75;
    else if (brand && proximity) score = 0.6;
    else if (
      proximity &&
      THE_BEFORE.test(head) &&
      !words.every(
        (w) => AREA_WORDS.has(w) || FACILITY_SUFFIXES.has(w) || WEAK_FACILITY_SUFFIXES.has(w),
      ) &&
      !/^[abm]\d+$/.test(first)
    )
      score = 0.6;
    if (score === 0) continue;
    if (attachment && (brand || facility)) end = attachment.end;
    out.push({ category: 'location_hint', start: pos, end, score });
    coveredTo = end;
  }
  return out;
}
