// Reddit: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const reddit: Site = {
  id: 'reddit',
  name: 'Reddit',
  domains: ['reddit.com'],
  notes: 'Promotion. Re-encodes some uploads, but the original reaches its servers first.',
};
