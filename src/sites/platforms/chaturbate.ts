// Chaturbate: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const chaturbate: Site = {
  id: 'chaturbate',
  name: 'Chaturbate',
  domains: ['chaturbate.com'],
  notes: 'Cam site. Profile photos and bio pictures; live broadcasts are not files.',
};
