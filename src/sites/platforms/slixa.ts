// Slixa: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const slixa: Site = {
  id: 'slixa',
  name: 'Slixa',
  domains: ['slixa.com'],
  notes: 'US escort directory.',
};
