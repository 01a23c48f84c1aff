// Throne: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const throne: Site = {
  id: 'throne',
  name: 'Throne',
  domains: ['throne.com'],
  notes: 'Gifting wishlists; profile pictures.',
};
