// MegaPersonals: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const megapersonals: Site = {
  id: 'megapersonals',
  name: 'MegaPersonals',
  domains: ['megapersonals.eu'],
  notes: 'Escort classifieds (domain unconfirmed).',
};
