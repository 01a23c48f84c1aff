// Facebook: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const facebook: Site = {
  id: 'facebook',
  name: 'Facebook',
  domains: ['facebook.com'],
  notes: 'Personal and promotion. Strips EXIF from the public copy but reads and keeps it.',
};
