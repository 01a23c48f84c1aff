// JustFor.Fans: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const justforfans: Site = {
  id: 'justforfans',
  name: 'JustFor.Fans',
  domains: ['justfor.fans'],
  notes: 'Fan site (domain unconfirmed).',
};
