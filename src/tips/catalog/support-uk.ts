/** H. Reporting and support in the UK (SAFETY-TOPICS.md §3 H): `page:report`, help panel. */
import type { TipMeta } from '../schema.ts';

export const SUPPORT_UK = [
  {
    id: 'uk-national-ugly-mugs',
    category: 'support-uk',
    contexts: ['page:report', 'event:threatened', 'event:first-run'],
    sources: ['BTG-REPORT', 'NUM-HOME', 'NUM-PRIV', 'OASIS'],
    priority: 5,
    general: true,
  },
  {
    id: 'uk-num-checker',
    category: 'support-uk',
    contexts: ['page:messages', 'site:vivastreet', 'site:adultwork'],
    sources: ['VIVA-NUM', 'SWOSH-BASICS', 'OASIS', 'YAHOO'],
    priority: 3,
  },
  {
    id: 'uk-revenge-porn-helpline',
    category: 'support-uk',
    contexts: ['event:threatened', 'page:report'],
    sources: ['RPH-FAQ', 'RPH-SURVEY', 'RPH-SW'],
    priority: 5,
    checkBeforeRelease: true,
  },
  {
    id: 'uk-police-options',
    category: 'support-uk',
    contexts: ['page:report', 'event:threatened'],
    sources: ['RPH-SW', 'BTG-REPORT', 'NUM-PMC'],
    priority: 3,
    checkBeforeRelease: true,
  },
  {
    id: 'uk-harassment-law',
    category: 'support-uk',
    contexts: ['page:report', 'event:threatened'],
    sources: ['BTG-CRIME'],
    priority: 2,
    checkBeforeRelease: true,
  },
  {
    id: 'uk-intimate-image-law',
    category: 'support-uk',
    contexts: ['page:report', 'event:threatened'],
    sources: ['COP-IIA', 'MISHCON', 'BRETTWILSON', 'RPH-SURVEY'],
    priority: 2,
    checkBeforeRelease: true,
  },
  {
    id: 'uk-local-projects',
    category: 'support-uk',
    contexts: ['page:report', 'event:first-run'],
    sources: ['OASIS', 'BTG-BRIEF', 'SWOSH-BASICS'],
    priority: 2,
  },
  {
    id: 'uk-working-together-law',
    category: 'support-uk',
    contexts: ['site:adultwork', 'site:vivastreet', 'event:first-run'],
    sources: ['BTG-INCALL'],
    priority: 1,
    checkBeforeRelease: true,
  },
] as const satisfies readonly TipMeta[];
