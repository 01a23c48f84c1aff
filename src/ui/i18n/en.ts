/**
 * Veil's interface strings in English: the source of truth for every locale. `{name}` marks a
 * value filled in at run time; scripts/build-locales.ts turns each into a browser.i18n
 * placeholder, numbered in the order they first appear here. Other locales must have the same
 * keys and the same placeholders (tests/unit/locales.test.ts).
 */
import { RECEIPT_EN } from '../../metadata/receipt-text.ts';
import { FINDING_LABELS_EN, FINDING_REASONS_EN, TEXT_GUARD_EN } from '../../text-guard/labels.ts';
import { UPLOAD_EN } from '../../upload/ui/texts.ts';

export const en = {
  extName: 'Veil',
  extDescription:
    'Removes location and other identifying details from the photos and videos you upload.',
  discreetTitle: 'Page tools',
  skipToContent: 'Skip to content',

  langAuto: 'Same as the browser',

  // Popup
  popupProtected: 'This site is protected',
  popupProtectedDetail:
    'Photos and videos you upload here are cleaned before the site can read them.',
  popupPaused: 'Paused on this site',
  popupPausedDetail: 'Uploads here go up as they are, hidden details included.',
  popupAllPaused: 'Veil is paused everywhere',
  popupAllPausedDetail: 'No uploads are cleaned until you turn Veil back on.',
  popupNotProtected: 'This site is not protected',
  popupNotProtectedDetail: 'Veil cleans uploads only on the sites it protects.',
  popupNoSite: 'Open a website to see whether Veil protects it.',
  popupToggle: 'Clean uploads on this site',
  popupProtectSite: 'Protect this site',
  popupProtectDenied: 'The browser did not give permission, so this site is not protected.',
  popupProtectDone: 'Protected. Reload the page so Veil can start.',
  popupPauseAll: 'Pause Veil everywhere',
  popupResumeAll: 'Turn Veil back on',
  popupReceipts: 'Recently on this site',
  popupReceiptsNone: 'Nothing uploaded here yet.',
  receiptCleaned: 'Cleaned: {count}',
  receiptHeld: 'Held back: {count}',
  receiptPassed: 'Not photos or videos: {count}',
  popupTips: 'Tips for right now',
  popupMoreTips: 'More tips',
  popupFewerTips: 'Fewer tips',
  popupSearchTips: 'Search tips',
  popupTipSources: 'Sources:',
  popupOpensNewTab: 'opens in a new tab',
  popupSearchNone: 'No tips match that search.',
  popupCheck: 'Check my text',
  popupCheckLabel: 'Paste a bio, advert or message to check it before you post',
  popupCheckButton: 'Check',
  popupCheckClean:
    'Veil found nothing identifying. Read it once more as a stranger would: small details add up.',
  popupCheckFound: 'Details that could identify you: {count}',
  popupCheckUnavailable: 'The text check is not available right now.',
  pageBackgroundSilent:
    "Veil's background is not answering, so this page cannot load. Uploads on protected sites are still cleaned. Close this page and open it again; if it keeps happening, restart the browser.",
  popupSettings: 'Settings',
  popupCleaner: 'Clean files by hand',
  working: 'Working…',

  // In-page words (content scripts) and receipts: defined beside the code that uses them.
  ...FINDING_LABELS_EN,
  ...FINDING_REASONS_EN,
  ...TEXT_GUARD_EN,
  ...UPLOAD_EN,
  ...RECEIPT_EN,

  // Options
  optionsTitle: 'Veil settings',
  optionsNav: 'Sections',
  sitesHeading: 'Protected sites',
  sitesIntro:
    'Veil cleans every photo and video you upload on these sites. Switch a site off to pause it.',
  sitesBuiltIn: 'Built into Veil',
  sitesAdded: 'Sites you added',
  sitesAddedNone: 'You have not added any sites.',
  sitesAddLabel: 'Add a site (for example example.com)',
  sitesAdd: 'Add site',
  sitesRemove: 'Remove {site}',
  sitesInvalid: 'That does not look like a website address.',
  sitesDenied: 'The browser did not give permission, so the site was not added.',
  identityHeading: 'Your identities',
  identityIntro:
    'Tell Veil which details belong to your work identity and which must never appear. The text check uses them. They never leave this browser.',
  workHeading: 'Work identity',
  workHelp:
    'Your work name, work phone, work email and handles. Veil will not warn you about these.',
  workAddLabel: 'Add a work detail',
  neverHeading: 'Never reveal',
  neverHelp:
    'Your legal name, hometown, employer, a child’s school… Veil keeps only a scrambled fingerprint of each entry and shows it masked. Nobody can read it back, not even you.',
  neverAddLabel: 'Add something to never reveal',
  entryAdd: 'Add',
  remove: 'Remove',
  entryRemove: 'Remove {entry}',
  entriesNone: 'Nothing here yet.',
  behaviourHeading: 'Behaviour',
  anonymiseLabel: 'Give uploaded files neutral names (photo-1.jpg)',
  anonymiseHelp: 'File names often carry dates, phone models or real names.',
  uncleanableLegend: 'When Veil cannot clean a photo or video',
  uncleanableAsk: 'Ask me each time (recommended)',
  uncleanableBlock: 'Always hold it back',
  discreetHeading: 'Discreet mode',
  discreetLabel: 'Use a neutral name in the toolbar and no badge',
  discreetHelp:
    'For shared or watched devices. The browser’s own list of extensions still shows Veil.',
  languageHeading: 'Language',
  languageLabel: 'Language of Veil’s pages',
  dataHeading: 'Your data',
  dataIntro:
    'Veil keeps its settings, the last 50 upload receipts (counts and one sentence, never file names) and your identity lists in this browser only.',
  eraseButton: 'Erase everything Veil stored',
  eraseConfirm:
    'This erases your settings, receipts, identity lists and added sites. It cannot be undone.',
  eraseYes: 'Yes, erase everything',
  eraseCancel: 'Cancel',
  erased: 'Everything Veil stored has been erased.',
  aboutHeading: 'What Veil protects and what it does not',
  aboutProtects: 'Veil protects',
  aboutProtects1:
    'The hidden details in photos and videos: GPS location, phone model and serial numbers, owner names, dates, hidden thumbnails and embedded videos.',
  aboutProtects2: 'File names, replaced with neutral ones.',
  aboutProtects3: 'Your words, checked for phone numbers, addresses and the details you list.',
  aboutNot: 'Veil cannot protect',
  aboutNot1:
    'What is in the picture: faces, tattoos, birthmarks, jewellery, reflections, the view from a window, letters or a recognisable room.',
  aboutNot2: 'Matching by reverse image search.',
  aboutNot3: 'Who uploads: the site still sees your account and your IP address.',
  privacyHeading: 'Privacy',
  privacyText:
    'Veil makes no network requests: no analytics, no updates from a server, no remote code. Files are cleaned in your browser and nothing you enter leaves it.',

  // Manual cleaner
  cleanTitle: 'Clean photos and videos',
  cleanIntro:
    'For files you send through phone apps or email, or to see what your photos carry. Everything happens in this browser: nothing is uploaded.',
  cleanDrop: 'Drop photos, videos or folders here',
  cleanPickFiles: 'Choose files',
  cleanPickFolder: 'Choose a folder',
  cleanResults: 'Results',
  cleanCleaned: 'Cleaned',
  cleanRefused: 'Not cleaned',
  cleanRemoved: 'Removed',
  cleanKept: 'Kept',
  cleanNothingFound: 'No hidden details were found.',
  cleanSave: 'Save clean copy',
  cleanSaveAll: 'Save all clean copies',
  cleanNeverSaved: 'Veil never saves a file it could not clean.',
  cleanReasonUnsupported: 'Veil cannot clean this kind of file yet.',
  cleanReasonDamaged: 'The file looks damaged or incomplete.',
  cleanReasonTooLarge: 'The file is too large.',
  cleanReasonVerify: 'Veil could not confirm the copy was clean.',
  cleanClear: 'Clear the list',

  // Welcome
  welcomeTitle: 'Welcome to Veil',
  welcomeLead1:
    'Photos and videos carry hidden details: where they were taken, the phone, dates, sometimes your name.',
  welcomeLead2:
    'On the sites below, Veil removes them from every file you upload, before the site can read it.',
  welcomeLead3:
    'It also checks what you write for details that identify you, and shows safety tips when they matter.',
  welcomeSites: 'Protected from now on',
  welcomeSitesMore: 'You can protect other sites from Veil’s toolbar button or in the settings.',
  welcomeIdentity: 'Optional: tell Veil what never to reveal',
  welcomeIdentityText:
    'Add your work identity and the details that must never appear (legal name, hometown…) so the text check knows what to look for.',
  welcomeIdentityLink: 'Set up identities',
  welcomeLanguage: 'Language',
  welcomeDone: 'That’s all. Veil works quietly from here.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
