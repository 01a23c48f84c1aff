// Tryst: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const tryst: Site = {
  id: 'tryst',
  name: 'Tryst',
  domains: ['tryst.link'],
  notes: 'Escort directory. Rejects HEIC uploads and adds a watermark.',
};
