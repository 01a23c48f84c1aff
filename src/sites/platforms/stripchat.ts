// Stripchat: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const stripchat: Site = {
  id: 'stripchat',
  name: 'Stripchat',
  domains: ['stripchat.com'],
  notes: 'Cam site. Profile panels accept PNG, JPG and GIF images (domain unconfirmed).',
};
