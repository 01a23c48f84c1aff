/**
 * The words of Veil's in-page questions and notices, kept apart from the DOM code, as message
 * keys (public/_locales through src/ui/i18n/en.ts) said by a `Translator`: the content script
 * passes one backed by browser.i18n, the tests pass English.
 */
import { plural, type Translator } from '../../i18n/translator.ts';
import type { HeldSummary } from '../batch.ts';
import type { DialogText } from './dialog.ts';

export const UPLOAD_EN = {
  up_heldTitle_photo_one: 'Veil held back this photo',
  up_heldTitle_photo_few: 'Veil held back {count} photos',
  up_heldTitle_photo_other: 'Veil held back {count} photos',
  up_heldTitle_video_one: 'Veil held back this video',
  up_heldTitle_video_few: 'Veil held back {count} videos',
  up_heldTitle_video_other: 'Veil held back {count} videos',
  up_heldTitle_mixed_one: 'Veil held back this file',
  up_heldTitle_mixed_few: 'Veil held back {count} files',
  up_heldTitle_mixed_other: 'Veil held back {count} files',
  up_heldBody: 'Veil could not remove the hidden details, so nothing has been uploaded yet.',
  up_why: 'Why: {reason}.',
  up_reasonUnreadable: 'the file could not be read',
  up_reasonTooLarge: 'the photo is too large',
  up_reasonVideoFormat: 'Veil does not recognise this video format',
  up_reasonNotPicture: 'the file says it is a picture, but Veil cannot read it as one',
  up_reasonFormat: 'Veil cannot clean this kind of file yet',
  up_reasonOther: 'Veil could not check this file safely',
  up_risk: 'The original can reveal where it was taken, the device, dates and sometimes your name.',
  up_dontUpload: 'Don’t upload',
  up_uploadAnyway: 'Upload the original anyway',
  up_blocked: 'Nothing was uploaded (your setting: always hold back).',
  up_egressTitle: 'This page is sending a file Veil has not cleaned',
  up_egressBody:
    'The page is about to send a photo or video that still has hidden details (or that Veil cannot check), by a path Veil did not see.',
  up_egressRisk: 'It can reveal where it was taken, the device, dates and sometimes your name.',
  up_dontSend: 'Don’t send',
  up_sendAnyway: 'Send it anyway',
  up_stopped: 'Veil stopped this page from sending a photo or video it had not cleaned.',
  up_progress_one: 'Veil is removing hidden details from your file…',
  up_progress_few: 'Veil is removing hidden details from {count} files…',
  up_progress_other: 'Veil is removing hidden details from {count} files…',
  up_dismiss: 'Dismiss',
} as const;

export type UploadKey = keyof typeof UPLOAD_EN;

export function heldDialogText(held: HeldSummary, tr: Translator): DialogText {
  return {
    title: heldTitle(held, tr),
    body: [
      tr.message('up_heldBody'),
      ...held.reasons.map((reason) => tr.message('up_why', [capitalise(reasonText(reason, tr))])),
      tr.message('up_risk'),
    ],
    safe: tr.message('up_dontUpload'),
    risky: tr.message('up_uploadAnyway'),
  };
}

/** The notice when the user chose "always hold it back": nothing is asked, nothing uploaded. */
export function heldBlockedText(held: HeldSummary, tr: Translator): string {
  return `${heldTitle(held, tr)}. ${tr.message('up_blocked')}`;
}

export function egressDialogText(tr: Translator): DialogText {
  return {
    title: tr.message('up_egressTitle'),
    body: [tr.message('up_egressBody'), tr.message('up_egressRisk')],
    safe: tr.message('up_dontSend'),
    risky: tr.message('up_sendAnyway'),
  };
}

export function progressText(count: number, tr: Translator): string {
  return plural(tr, 'up_progress', count);
}

function heldTitle(held: HeldSummary, tr: Translator): string {
  return plural(tr, `up_heldTitle_${held.media}`, held.count);
}

/** Reasons Veil's cleaner gives in fixed words, by message; format details as a class. */
const KNOWN_REASONS: Record<string, UploadKey> = {
  'the file could not be read': 'up_reasonUnreadable',
  'the photo is too large': 'up_reasonTooLarge',
  'Veil does not recognise this video format': 'up_reasonVideoFormat',
  'the file says it is a picture, but Veil cannot read it as one': 'up_reasonNotPicture',
};

/**
 * The reason in the reader's language. The format parsers explain a refusal in English detail
 * ("the data ends inside the EXIF block"): English readers get that detail, other languages a
 * translated sentence that says the same thing in general terms.
 */
export function reasonText(reason: string, tr: Translator): string {
  const known = KNOWN_REASONS[reason];
  if (known) return tr.message(known);
  if (/cannot be cleaned( yet)?$/.test(reason)) return tr.message('up_reasonFormat');
  return tr.locale.toLowerCase().startsWith('en') ? reason : tr.message('up_reasonOther');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');
}
