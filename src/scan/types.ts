/** Shared types of the identifying-text scanner (see docs/TEXT-SCANNER.md). */
import type { PersonalHashes } from './identity/personal-hash.ts';

export const CATEGORIES = [
  'phone',
  'email',
  'url',
  'social_handle',
  'payment_handle',
  'postcode',
  'street_address',
  'personal_term',
  'date_of_birth',
  'vehicle_reg',
  'id_number',
  'bank_detail',
  'location_hint',
  'workplace_hint',
] as const;

export type Category = (typeof CATEGORIES)[number];

export type Severity = 'high' | 'medium' | 'low';

/** One identifying detail; offsets are JavaScript string (UTF-16) indices, end exclusive. */
export interface Finding {
  category: Category;
  start: number;
  end: number;
  text: string;
  severity: Severity;
  reason: string;
}

/**
 * A detector's raw hit before work-identity filtering, personal-term precedence and overlap
 * resolution. `score` follows Presidio's idea: a pattern's base confidence in 0..1, raised or
 * lowered by context words; hits under the threshold are dropped.
 */
export interface Candidate {
  category: Category;
  start: number;
  end: number;
  score: number;
  /** Canonical value used to compare with the work identity (digits, lower-case email...). */
  value?: string;
  /** Overrides the category's default plain-language reason. */
  reason?: string;
}

export interface ScanOptions {
  /** The never-reveal list in plain text (CLI, tests). Prefer `personalHashes` in storage. */
  personal?: readonly string[];
  /** The never-reveal list as keyed hashes, see `hashPersonalTerms`. */
  personalHashes?: PersonalHashes;
  /** The per-install key the hashes were made with (required with `personalHashes`). */
  personalKey?: Uint8Array;
  /** The declared work identity: work name, phone, email, handles and links. Never flagged. */
  work?: readonly string[];
  /** ISO 3166 region used to read national phone numbers, e.g. 'GB'. */
  defaultRegion?: string;
}

export type Detector = (text: string, region: string) => Candidate[];
