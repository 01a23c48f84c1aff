// Fansly: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const fansly: Site = {
  id: 'fansly',
  name: 'Fansly',
  domains: ['fansly.com'],
  notes:
    'Subscription fan site (Angular). Uploads through a file input in the post-creation component; the API lives on a subdomain.',
};
