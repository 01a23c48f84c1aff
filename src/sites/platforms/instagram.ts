// Instagram: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const instagram: Site = {
  id: 'instagram',
  name: 'Instagram',
  domains: ['instagram.com'],
  notes: 'Promotion. Strips EXIF from the public copy but reads and keeps it.',
};
