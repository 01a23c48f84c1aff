// Bluesky: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const bluesky: Site = {
  id: 'bluesky',
  name: 'Bluesky',
  domains: ['bsky.app'],
  notes: 'Promotion.',
};
