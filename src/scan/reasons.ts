/** Plain-language reasons and default severities per category (shown in the popover and CLI). */
import type { Category, Severity } from './types.ts';

export const REASONS: Record<Category, string> = {
  phone: 'A phone number that is not your work number. Numbers are searched and can lead to you.',
  email: 'An email address that is not your work email. It can link this profile to you.',
  url: 'A link to a specific page. What is at the other end may show your name or other accounts.',
  social_handle:
    'A username on another platform that is not on your work list. Reused handles link accounts.',
  payment_handle: 'A payment link or handle. Payers usually see the account holder’s legal name.',
  postcode: 'A full postcode. It narrows your location to a few streets.',
  street_address:
    'A street address or flat number. Share it only with a screened client, at the last moment.',
  personal_term: 'This is on your never-reveal list.',
  date_of_birth:
    'A date of birth. With a name or town it identifies you, and it answers security questions.',
  vehicle_reg: 'A number plate. Plates can be looked up and lead to the owner.',
  id_number: 'An official ID number. Never post it; it can be used to find or impersonate you.',
  bank_detail: 'Bank details. The payer sees the account holder’s name, and they can be misused.',
  location_hint: 'A named place near where you are. Landmarks let people find your home or incall.',
  workplace_hint:
    'A day job or course with a named employer or institution. It can lead people to you.',
};

const SEVERITY: Record<Category, Severity> = {
  phone: 'high',
  email: 'high',
  url: 'medium',
  social_handle: 'medium',
  payment_handle: 'high',
  postcode: 'high',
  street_address: 'high',
  personal_term: 'high',
  date_of_birth: 'high',
  vehicle_reg: 'high',
  id_number: 'high',
  bank_detail: 'high',
  location_hint: 'medium',
  workplace_hint: 'medium',
};

/** Category default, lowered one step for findings that only just passed the threshold. */
export function severityOf(category: Category, score: number): Severity {
  const base = SEVERITY[category];
  if (score >= 0.6) return base;
  return base === 'high' ? 'medium' : 'low';
}
