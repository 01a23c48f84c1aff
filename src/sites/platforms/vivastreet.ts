// Vivastreet: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const vivastreet: Site = {
  id: 'vivastreet',
  name: 'Vivastreet',
  domains: ['vivastreet.co.uk'],
  notes: 'UK classifieds including adult categories.',
};
