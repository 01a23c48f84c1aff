// FanCentro: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const fancentro: Site = {
  id: 'fancentro',
  name: 'FanCentro',
  domains: ['fancentro.com'],
  notes: 'Fan site that publishes metadata-privacy advice (domain unconfirmed).',
};
