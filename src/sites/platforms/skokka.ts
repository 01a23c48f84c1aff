// Skokka: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const skokka: Site = {
  id: 'skokka',
  name: 'Skokka',
  domains: ['skokka.com'],
  notes: 'Directory that copies ads from other sites (domain unconfirmed).',
};
