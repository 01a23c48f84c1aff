// Clips4Sale: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const clips4sale: Site = {
  id: 'clips4sale',
  name: 'Clips4Sale',
  domains: ['clips4sale.com'],
  notes: 'Clip store (domain unconfirmed).',
};
