// ManyVids: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const manyvids: Site = {
  id: 'manyvids',
  name: 'ManyVids',
  domains: ['manyvids.com'],
  notes:
    'Clip store. The video upload page uses the Uppy Dashboard; teaser and thumbnail inputs are separate.',
};
