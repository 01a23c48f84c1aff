// Leolist: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const leolist: Site = {
  id: 'leolist',
  name: 'Leolist',
  domains: ['leolist.cc'],
  notes: 'Canadian classifieds.',
};
