/**
 * `scanText`: finds details in profile, advert and message text that could identify the writer.
 *
 *   detectors (one file each) -> drop work identity -> personal terms -> precedence and overlap
 *   -> findings with severity and a plain-language reason
 *
 * Pure and synchronous: no browser APIs, no I/O, no logging (scanned text is never logged).
 */
import { THRESHOLD } from './context.ts';
import { detectBankDetails } from './detectors/bank.ts';
import { detectDatesOfBirth } from './detectors/dob.ts';
import { detectEmails } from './detectors/email.ts';
import { detectIdNumbers } from './detectors/id-number.ts';
import { detectLocationHints } from './detectors/location.ts';
import { detectPaymentHandles } from './detectors/payment.ts';
import { detectPhones } from './detectors/phone.ts';
import { detectPostcodes } from './detectors/postcode.ts';
import { detectSocialHandles } from './detectors/social.ts';
import { detectStreetAddresses } from './detectors/street.ts';
import { detectUrls } from './detectors/url.ts';
import { detectVehicleRegs } from './detectors/vehicle.ts';
import { detectWorkplaceHints } from './detectors/workplace.ts';
import { hashedLookup } from './identity/personal-hash.ts';
import { findPersonalTerms, plainLookup, type FormLookup } from './identity/personal.ts';
import { buildWorkIdentity, isWork } from './identity/work.ts';
import { REASONS, severityOf } from './reasons.ts';
import { resolve } from './resolve.ts';
import type { Candidate, Detector, Finding, ScanOptions } from './types.ts';

export type { Category, Finding, ScanOptions, Severity } from './types.ts';
export { CATEGORIES } from './types.ts';
export { hashPersonalTerms, type PersonalHashes } from './identity/personal-hash.ts';

/** Longest text scanned in one call; longer input is scanned up to this length. */
export const MAX_SCAN_LENGTH = 100_000;

const CONTAINERS = new Set(['email', 'payment_handle', 'url']);

const DETECTORS: Detector[] = [
  detectPhones,
  (t) => detectEmails(t),
  (t) => detectUrls(t),
  (t) => detectSocialHandles(t),
  (t) => detectPaymentHandles(t),
  (t) => detectPostcodes(t),
  (t) => detectStreetAddresses(t),
  (t) => detectDatesOfBirth(t),
  (t) => detectVehicleRegs(t),
  (t) => detectIdNumbers(t),
  (t) => detectBankDetails(t),
  (t) => detectLocationHints(t),
  (t) => detectWorkplaceHints(t),
];

function personalLookup(options: ScanOptions): FormLookup[] {
  const lookups: FormLookup[] = [];
  if (options.personal?.length) lookups.push(plainLookup(options.personal));
  if (options.personalHashes && options.personalKey)
    lookups.push(hashedLookup(options.personalHashes, options.personalKey));
  return lookups;
}

export function scanText(input: string, options: ScanOptions = {}): Finding[] {
  const text = input.length > MAX_SCAN_LENGTH ? input.slice(0, MAX_SCAN_LENGTH) : input;
  const region = (options.defaultRegion ?? 'GB').toUpperCase();
  const work = buildWorkIdentity(options.work ?? [], region);
  const all: Candidate[] = [];
  for (const detect of DETECTORS) {
    for (const c of detect(text, region)) if (c.score >= THRESHOLD && c.end > c.start) all.push(c);
  }
  // A link inside an address ("mia (at) example.org") is part of it: it goes when the address goes.
  const detected = all.filter(
    (c) =>
      !isWork(c, work, text) &&
      !all.some(
        (o) =>
          o !== c &&
          CONTAINERS.has(o.category) &&
          o.category !== c.category &&
          o.start <= c.start &&
          o.end >= c.end &&
          o.end - o.start > c.end - c.start,
      ),
  );
  const personal = personalLookup(options).flatMap((lookup) => findPersonalTerms(text, lookup));
  return resolve(detected, personal, text).map((c) => ({
    category: c.category,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    severity: severityOf(c.category, c.score),
    reason: c.reason ?? REASONS[c.category],
  }));
}
