/** Every tip's shared half, in category order. Ids are stable: dismissals are stored by id. */
import { ACCOUNTS_DEVICES } from './accounts-devices.ts';
import { HARASSMENT_BLACKMAIL_OUTING } from './harassment-blackmail-outing.ts';
import { PAYMENTS_GIFTS_POST } from './payments-gifts-post.ts';
import { PHOTOS_MEDIA } from './photos-media.ts';
import { PLATFORM_SETTINGS } from './platform-settings.ts';
import { PROFILE_TEXT } from './profile-text.ts';
import { SEPARATING_IDENTITIES } from './separating-identities.ts';
import { SUPPORT_ELSEWHERE } from './support-elsewhere.ts';
import { SUPPORT_UK } from './support-uk.ts';

export const CATALOG = [
  ...PHOTOS_MEDIA,
  ...PROFILE_TEXT,
  ...SEPARATING_IDENTITIES,
  ...PAYMENTS_GIFTS_POST,
  ...PLATFORM_SETTINGS,
  ...ACCOUNTS_DEVICES,
  ...HARASSMENT_BLACKMAIL_OUTING,
  ...SUPPORT_UK,
  ...SUPPORT_ELSEWHERE,
] as const;

export type TipId = (typeof CATALOG)[number]['id'];
