/** E. Platform settings (SAFETY-TOPICS.md §3 E): `page:settings` on the named site. */
import type { TipMeta } from '../schema.ts';

/** The sites with documented location blocking (E1). */
const GEO_BLOCK_SITES = [
  'site:fansly',
  'site:onlyfans',
  'site:chaturbate',
  'site:cherrytv',
  'site:mym',
  'site:iwantclips',
] as const;

export const PLATFORM_SETTINGS = [
  {
    id: 'settings-geo-block-home',
    category: 'platform-settings',
    contexts: ['page:settings', ...GEO_BLOCK_SITES, 'event:first-run'],
    sources: ['FANSLY-PRIV', 'OF-GUIDE', 'CB-PRIV', 'CHERRY', 'MYM', 'IWC'],
    priority: 5,
  },
  {
    id: 'settings-geo-block-limits',
    category: 'platform-settings',
    contexts: ['event:geo-block-saved', 'page:settings', ...GEO_BLOCK_SITES],
    sources: ['CB-PRIV', 'OF-GUIDE', 'SWS-GDPR'],
    priority: 4,
  },
  {
    id: 'settings-fansly-privacy',
    category: 'platform-settings',
    contexts: ['site:fansly', 'page:settings'],
    requires: ['site:fansly'],
    sources: ['FANSLY-PRIV', 'FANSLY-SEC'],
    priority: 4,
  },
  {
    id: 'settings-watermarks-and-copyright',
    category: 'platform-settings',
    contexts: ['site:onlyfans', 'page:settings', 'event:threatened'],
    sources: ['OF-BLOG', 'SWS-GDPR', 'TRYST-CONTENT'],
    priority: 2,
  },
  {
    id: 'settings-old-profiles',
    category: 'platform-settings',
    contexts: ['event:quarterly', 'site:tryst', 'page:settings'],
    sources: ['TRYST-HIDE', 'SWS-GDPR', 'SIENNA'],
    priority: 2,
    general: true,
  },
  {
    id: 'settings-block-and-report-tools',
    category: 'platform-settings',
    contexts: ['page:messages', 'page:report', 'site:fansly', 'site:fanvue', 'site:adultwork'],
    sources: ['FANSLY-SEC', 'FANVUE-REPORT', 'AW-BLACKLIST'],
    priority: 3,
  },
  {
    id: 'settings-uk-rule-changes',
    category: 'platform-settings',
    contexts: ['site:adultwork', 'site:vivastreet', 'upload:image', 'page:profile'],
    requires: ['site:adultwork', 'site:vivastreet'],
    sources: ['JACKVIOLET-AW', 'VIVA-NONESC'],
    priority: 3,
    checkBeforeRelease: true,
  },
  {
    id: 'settings-more-than-one-channel',
    category: 'platform-settings',
    contexts: ['site:x', 'site:reddit', 'site:instagram'],
    sources: ['HH-VOID', 'JACKVIOLET-WHERE', 'ROLLINGSTONE', 'FOSTA-ADAPT'],
    priority: 3,
  },
  {
    id: 'settings-streams-can-be-recorded',
    category: 'platform-settings',
    contexts: ['page:broadcast', 'site:chaturbate', 'site:stripchat', 'site:cherrytv'],
    sources: ['CB-PRIV', 'XBIZ-CAM'],
    priority: 5,
  },
  {
    id: 'settings-ask-about-data',
    category: 'platform-settings',
    contexts: ['page:signup', 'page:verification', 'site:tryst'],
    sources: ['TRYST-UPDATE', 'TRYST-HIDE', 'SWS-PRIV'],
    priority: 2,
  },
] as const satisfies readonly TipMeta[];
