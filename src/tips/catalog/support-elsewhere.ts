/** I. Routes outside the UK (SAFETY-TOPICS.md §3 I): help panel, by the user's region. */
import type { TipMeta } from '../schema.ts';

export const SUPPORT_ELSEWHERE = [
  {
    id: 'intl-ireland',
    category: 'support-elsewhere',
    contexts: ['page:report', 'event:threatened'],
    sources: ['UMI'],
    priority: 1,
  },
  {
    id: 'intl-netherlands',
    category: 'support-elsewhere',
    contexts: ['page:report', 'event:threatened'],
    sources: ['NHNIEUWS', 'NRC', 'SWDIG-PRIV'],
    priority: 1,
  },
  {
    id: 'intl-germany',
    category: 'support-elsewhere',
    contexts: ['page:report', 'page:broadcast'],
    sources: ['CARA'],
    priority: 1,
  },
  {
    id: 'intl-belgium-switzerland-finland',
    category: 'support-elsewhere',
    contexts: ['page:report'],
    sources: ['VIOLETT', 'ASPASIE', 'PROTUKI'],
    priority: 1,
  },
  {
    id: 'intl-australia',
    category: 'support-elsewhere',
    contexts: ['page:report'],
    sources: ['SWOP-AU', 'ASSEMBLY4'],
    priority: 1,
  },
  {
    id: 'intl-canada',
    category: 'support-elsewhere',
    contexts: ['page:report'],
    sources: ['BADDATE'],
    priority: 1,
  },
  {
    id: 'intl-us-and-worldwide',
    category: 'support-elsewhere',
    contexts: ['page:report'],
    sources: ['HH-ERASED', 'MEL', 'NSWP-SG', 'NSWP-ICT', 'ACCESSNOW'],
    priority: 1,
  },
] as const satisfies readonly TipMeta[];
