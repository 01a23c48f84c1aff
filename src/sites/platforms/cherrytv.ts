// Cherry.tv: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const cherrytv: Site = {
  id: 'cherrytv',
  name: 'Cherry.tv',
  domains: ['cherry.tv'],
  notes: 'Cam site with country and region blocking.',
};
