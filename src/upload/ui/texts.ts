/** The words of Veil's in-page questions, kept apart from the DOM code. */
import type { HeldSummary } from '../batch.ts';
import type { DialogText } from './dialog.ts';

export function heldDialogText(held: HeldSummary): DialogText {
  const noun = held.media === 'mixed' ? 'file' : held.media === 'video' ? 'video' : 'photo';
  const what = held.count === 1 ? `this ${noun}` : `${held.count} ${noun}s`;
  return {
    title: `Veil held back ${what}`,
    body: [
      `Veil could not remove the hidden details from ${what}, so nothing was uploaded yet.`,
      ...held.reasons.map((reason) => `Why: ${capitalise(reason)}.`),
      'The original can reveal where it was taken, the device, dates and sometimes your name.',
    ],
    safe: "Don't upload",
    risky: 'Upload the original anyway',
  };
}

/** The notice when the user chose "always hold it back": nothing is asked, nothing uploaded. */
export function heldBlockedText(held: HeldSummary): string {
  const noun = held.media === 'mixed' ? 'file' : held.media === 'video' ? 'video' : 'photo';
  const what = held.count === 1 ? `a ${noun}` : `${held.count} ${noun}s`;
  return `Veil held back ${what} it could not clean. It was not uploaded (your setting: always hold back).`;
}

export const EGRESS_DIALOG: DialogText = {
  title: 'This page is sending a file Veil has not cleaned',
  body: [
    'The page is about to send a photo or video that still has hidden details (or that Veil cannot check), by a path Veil did not see.',
    'It can reveal where it was taken, the device, dates and sometimes your name.',
  ],
  safe: "Don't send",
  risky: 'Send it anyway',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');
}
