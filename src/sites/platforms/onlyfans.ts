// OnlyFans: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const onlyfans: Site = {
  id: 'onlyfans',
  name: 'OnlyFans',
  domains: ['onlyfans.com'],
  notes:
    'Subscription fan site. The post composer sets files on a hidden file input inside the post form.',
};
