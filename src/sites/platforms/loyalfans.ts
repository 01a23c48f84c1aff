// LoyalFans: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const loyalfans: Site = {
  id: 'loyalfans',
  name: 'LoyalFans',
  domains: ['loyalfans.com'],
  notes: 'Fan site (domain unconfirmed).',
};
