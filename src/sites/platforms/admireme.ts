// AdmireMe: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const admireme: Site = {
  id: 'admireme',
  name: 'AdmireMe',
  domains: ['admireme.vip'],
  notes: 'UK fan site (domain unconfirmed).',
};
