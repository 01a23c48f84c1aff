/** C. Separating identities (SAFETY-TOPICS.md §3 C): signup, settings, first run. */
import type { TipMeta } from '../schema.ts';

export const SEPARATING_IDENTITIES = [
  {
    id: 'identity-one-work-name',
    category: 'separating-identities',
    contexts: ['page:signup', 'event:first-run'],
    sources: ['XBIZ-CAM', 'SWOSH-BASICS', 'SWOP-AU'],
    priority: 4,
    general: true,
  },
  {
    id: 'identity-work-phone',
    category: 'separating-identities',
    contexts: ['page:signup', 'text:phone', 'event:first-run'],
    sources: ['OASIS', 'BADDATE', 'CARA', 'USENIX21'],
    priority: 3,
  },
  {
    id: 'identity-work-email',
    category: 'separating-identities',
    contexts: ['page:signup', 'text:email'],
    sources: ['BADDATE', 'CARA'],
    priority: 3,
  },
  {
    id: 'identity-contact-syncing',
    category: 'separating-identities',
    contexts: ['page:signup', 'site:facebook', 'site:instagram', 'site:tiktok'],
    sources: ['GIZMODO-PYMK', 'REDLIGHT-FB', 'TIKTOK-MUO', 'WIRED-TIKTOK'],
    priority: 4,
  },
  {
    id: 'identity-separate-browser',
    category: 'separating-identities',
    contexts: ['event:first-run', 'page:signup', 'page:login'],
    sources: ['REDLIGHT-FB', 'GIRLONTHENET'],
    priority: 3,
    general: true,
  },
  {
    id: 'identity-messaging-app-profile',
    category: 'separating-identities',
    contexts: ['text:phone', 'event:first-run'],
    sources: ['WA-PRIV'],
    priority: 3,
  },
  {
    id: 'identity-caller-id-apps',
    category: 'separating-identities',
    contexts: ['text:phone'],
    sources: ['TRUECALLER', 'TNW-TRUECALLER'],
    priority: 2,
  },
  {
    id: 'identity-search-yourself',
    category: 'separating-identities',
    contexts: ['event:monthly', 'event:quarterly', 'event:threatened'],
    sources: ['VIOLETT', 'EFF-DOX', 'ACLU-DOX', 'SAFETAG'],
    priority: 3,
    general: true,
  },
  {
    id: 'identity-location-and-vpn',
    category: 'separating-identities',
    contexts: ['page:broadcast', 'event:first-run', 'site:chaturbate', 'site:stripchat'],
    sources: ['BTG-SCREEN', 'YNOT-BERRIE', 'MANGAL'],
    priority: 3,
  },
] as const satisfies readonly TipMeta[];
