// AdultWork: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const adultwork: Site = {
  id: 'adultwork',
  name: 'AdultWork',
  domains: ['adultwork.com'],
  notes: 'UK escorting site. Classic server-rendered pages, plain form file inputs expected.',
};
