/**
 * G. Harassment, doxxing and blackmail (SAFETY-TOPICS.md §3 G): `page:report` and the
 * "I'm being threatened" panel (`event:threatened`). Ordered as the steps are taken.
 */
import type { TipMeta } from '../schema.ts';

export const HARASSMENT_BLACKMAIL_OUTING = [
  {
    id: 'threat-save-evidence-first',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report'],
    sources: ['RPH-SW', 'RPH-FAQ', 'SWDIG-OUTING', 'STRIPPED'],
    priority: 5,
  },
  {
    id: 'threat-do-not-pay',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report'],
    sources: ['RPH-FAQ', 'SWDIG-OUTING', 'LU-POLICE'],
    priority: 5,
  },
  {
    id: 'threat-block-and-report',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report', 'page:messages'],
    sources: ['RPH-SW', 'SWOSH-BLACKMAIL'],
    priority: 4,
  },
  {
    id: 'threat-outing-is-common',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report'],
    sources: ['SWOSH-BLACKMAIL', 'NRC'],
    priority: 3,
  },
  {
    id: 'threat-after-a-doxx',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report'],
    sources: ['EFF-DOX', 'SWS-SOLIDARITY', 'SWDIG-OUTING'],
    priority: 3,
  },
  {
    id: 'threat-intimate-images-stopncii',
    category: 'harassment-blackmail-outing',
    contexts: ['event:threatened', 'page:report'],
    sources: ['STOPNCII-FAQ', 'STOPNCII-CCR', 'RPH-SW', 'OF-BLOG'],
    priority: 4,
  },
] as const satisfies readonly TipMeta[];
