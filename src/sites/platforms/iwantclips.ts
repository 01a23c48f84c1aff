// iWantClips: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const iwantclips: Site = {
  id: 'iwantclips',
  name: 'iWantClips',
  domains: ['iwantclips.com'],
  notes: 'Clip store (domain unconfirmed).',
};
