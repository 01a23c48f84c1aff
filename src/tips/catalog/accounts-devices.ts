/** F. Accounts and devices (SAFETY-TOPICS.md §3 F). */
import type { TipMeta } from '../schema.ts';

export const ACCOUNTS_DEVICES = [
  {
    id: 'accounts-unique-passwords',
    category: 'accounts-devices',
    contexts: ['page:signup', 'page:login', 'page:security'],
    sources: ['AW-PHISH', 'TRYST-PHONE', 'TEXASGG'],
    priority: 4,
  },
  {
    id: 'accounts-two-step-login',
    category: 'accounts-devices',
    contexts: ['page:security', 'page:settings', 'page:login'],
    sources: ['OF-BLOG', 'NYCM-SEC', 'TRYST-PHONE'],
    priority: 4,
    general: true,
  },
  {
    id: 'accounts-phishing',
    category: 'accounts-devices',
    contexts: ['page:login', 'page:messages', 'text:url'],
    sources: ['AW-PHISH', 'XBIZ-CAM', 'GRANDMODELS'],
    priority: 3,
  },
  {
    id: 'accounts-lost-phone',
    category: 'accounts-devices',
    contexts: ['event:first-run', 'page:security'],
    sources: ['TRYST-PHONE'],
    priority: 2,
  },
  {
    id: 'accounts-shared-devices',
    category: 'accounts-devices',
    contexts: ['event:first-run'],
    sources: ['GIRLONTHENET', 'THEHOTLINE'],
    priority: 2,
  },
  {
    id: 'accounts-delete-screening-notes',
    category: 'accounts-devices',
    contexts: ['page:messages', 'event:monthly'],
    sources: ['SLIXA-DATA'],
    priority: 2,
  },
] as const satisfies readonly TipMeta[];
