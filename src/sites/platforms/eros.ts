// Eros: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const eros: Site = {
  id: 'eros',
  name: 'Eros',
  domains: ['eros.com'],
  notes: 'Escort directory (domain unconfirmed).',
};
