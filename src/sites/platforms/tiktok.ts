// TikTok: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const tiktok: Site = {
  id: 'tiktok',
  name: 'TikTok',
  domains: ['tiktok.com'],
  notes: 'Promotion. Video uploads; suggests accounts from contacts.',
};
