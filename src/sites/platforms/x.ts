// X (Twitter): a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const x: Site = {
  id: 'x',
  name: 'X (Twitter)',
  domains: ['x.com', 'twitter.com'],
  notes:
    'Promotion. A hidden file input in the composer accepts JPEG, PNG, WebP, GIF, MP4 and MOV.',
};
