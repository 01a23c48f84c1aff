// Fanvue: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const fanvue: Site = {
  id: 'fanvue',
  name: 'Fanvue',
  domains: ['fanvue.com'],
  notes: 'Fan site; public media must be safe for work.',
};
