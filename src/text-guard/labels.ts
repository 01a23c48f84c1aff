/**
 * The words of the text guard's marker and popover, as message keys (public/_locales through
 * src/ui/i18n/en.ts), said by a `Translator`: the content script passes one backed by
 * browser.i18n; tests and the default use English.
 */
import { plural, tableTranslator, type Translator } from '../i18n/translator.ts';
import type { TextFindingData } from '../messaging/protocol.ts';
import { REASONS } from '../scan/reasons.ts';

type Category = TextFindingData['category'];

/** The finding categories' names (also the popup's text check). */
export const FINDING_LABELS_EN = {
  finding_phone: 'Phone number',
  finding_email: 'Email address',
  finding_url: 'Link',
  finding_social_handle: 'Social media handle',
  finding_payment_handle: 'Payment handle',
  finding_postcode: 'Postcode',
  finding_street_address: 'Street address',
  finding_personal_term: 'On your never-reveal list',
  finding_date_of_birth: 'Date of birth',
  finding_vehicle_reg: 'Number plate',
  finding_id_number: 'ID number',
  finding_bank_detail: 'Bank details',
  finding_location_hint: 'Place that could lead to you',
  finding_workplace_hint: 'Workplace or school',
} as const satisfies Record<`finding_${Category}`, string>;

/** Why each category matters (src/scan/reasons.ts says it in English for the CLI). */
export const FINDING_REASONS_EN = {
  reason_phone: REASONS.phone,
  reason_email: REASONS.email,
  reason_url: REASONS.url,
  reason_social_handle: REASONS.social_handle,
  reason_payment_handle: REASONS.payment_handle,
  reason_postcode: REASONS.postcode,
  reason_street_address: REASONS.street_address,
  reason_personal_term: REASONS.personal_term,
  reason_date_of_birth: REASONS.date_of_birth,
  reason_vehicle_reg: REASONS.vehicle_reg,
  reason_id_number: REASONS.id_number,
  reason_bank_detail: REASONS.bank_detail,
  reason_location_hint: REASONS.location_hint,
  reason_workplace_hint: REASONS.workplace_hint,
} satisfies Record<`reason_${Category}`, string>;

export const TEXT_GUARD_EN = {
  tg_marker_one: 'Veil found {count} detail that could identify you',
  tg_marker_few: 'Veil found {count} details that could identify you',
  tg_marker_other: 'Veil found {count} details that could identify you',
  tg_title_one: 'One detail could identify you',
  tg_title_few: '{count} details could identify you',
  tg_title_other: '{count} details could identify you',
  tg_note: 'Veil only points these out. Your text is not changed.',
  tg_tip: 'Tip: {title}.',
  tg_dismiss: 'Dismiss',
  tg_dismissLabel: 'Dismiss: {label}',
  tg_pause: 'Pause on this site',
  tg_close: 'Close',
} as const;

const ALL_EN = { ...FINDING_LABELS_EN, ...FINDING_REASONS_EN, ...TEXT_GUARD_EN };

/** Every English template the text guard uses (its fallback when a locale lacks one). */
export function textGuardEnglish(): Readonly<Record<string, string>> {
  return ALL_EN;
}

export const ENGLISH_GUARD: Translator = tableTranslator('en', ALL_EN);

export function categoryLabel(category: Category, tr: Translator = ENGLISH_GUARD): string {
  return tr.message(`finding_${category}`);
}

/** The category's reason in the reader's language; a reason of its own stays as written. */
export function reasonLabel(
  category: Category,
  reason: string,
  tr: Translator = ENGLISH_GUARD,
): string {
  return reason === REASONS[category] ? tr.message(`reason_${category}`) : reason;
}

export function markerLabel(count: number, tr: Translator = ENGLISH_GUARD): string {
  return plural(tr, 'tg_marker', count);
}

export function popoverTitle(count: number, tr: Translator = ENGLISH_GUARD): string {
  return plural(tr, 'tg_title', count);
}
