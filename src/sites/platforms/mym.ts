// MYM: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const mym: Site = {
  id: 'mym',
  name: 'MYM',
  domains: ['mym.fans'],
  notes: 'Fan site with country blocking.',
};
