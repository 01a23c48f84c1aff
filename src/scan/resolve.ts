/**
 * Turns overlapping candidates into one finding per text region, following the labelling rules
 * (../shared/eval/README.md, "Precedence"):
 * - a never-reveal entry wins when the span *is* the entry (a personal Instagram, a car reg);
 *   when the entry is only part of a larger identifier (a name inside an email), the identifier
 *   wins;
 * - a payment destination beats email and url; a full profile link beats the bare handle;
 * - otherwise the more specific category and then the higher score win.
 */
import type { Candidate, Category } from './types.ts';

const PRIORITY: Record<Category, number> = {
  payment_handle: 10,
  email: 9,
  url: 8,
  bank_detail: 7,
  id_number: 7,
  date_of_birth: 6,
  phone: 5,
  vehicle_reg: 5,
  postcode: 5,
  street_address: 4,
  social_handle: 4,
  workplace_hint: 3,
  location_hint: 2,
  personal_term: 1,
};

/** Categories that are identifiers in their own right: they absorb a personal entry inside them. */
const IDENTIFIERS = new Set<Category>([
  'email',
  'url',
  'payment_handle',
  'phone',
  'bank_detail',
  'id_number',
  'social_handle',
]);

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

function pickNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      PRIORITY[b.category] - PRIORITY[a.category] ||
      b.score - a.score ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const out: Candidate[] = [];
  for (const c of sorted) if (!out.some((o) => overlaps(o, c))) out.push(c);
  return out;
}

export function resolve(detected: Candidate[], personal: Candidate[], text: string): Candidate[] {
  const chosen = pickNonOverlapping(detected);
  const keepPersonal: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (const p of personal) {
    if (keepPersonal.some((k) => overlaps(k, p))) continue;
    const hits = chosen.filter((c) => overlaps(c, p));
    const absorbed = hits.some((c) => {
      if (!IDENTIFIERS.has(c.category)) return false;
      // Larger than the entry by more than an "@" or punctuation: the identifier wins.
      const extra = text.slice(c.start, p.start) + text.slice(p.end, c.end);
      return /[\p{L}\p{N}]/u.test(extra);
    });
    if (absorbed) continue;
    for (const c of hits) dropped.add(c);
    keepPersonal.push(p);
  }
  return [...chosen.filter((c) => !dropped.has(c)), ...keepPersonal].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}
