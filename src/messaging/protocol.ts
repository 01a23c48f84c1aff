/**
 * The one message protocol between Veil's contexts, validated with zod on arrival. Messages are
 * split by privilege (as uBlock Origin does): content scripts run inside pages Veil does not
 * trust, so they may only report receipts; settings and site changes come only from Veil's own
 * pages (popup, options). Anything else, or anything malformed, is rejected.
 */
import { z } from 'zod';
import { CATEGORIES } from '../scan/types.ts';
import { MAX_SCAN_TEXT } from '../text-guard/limits.ts';
import { MAX_EXIF_BLOCK_CHARS, MAX_EXIF_BLOCKS } from './exif-blocks.ts';
import { ReceiptEntrySchema, ReceiptId } from '../settings/receipts.ts';
import { MAX_ENTRY_LENGTH, MAX_WORK_ENTRIES } from '../settings/identity.ts';
import { UI_LANGUAGES, UserSitePattern } from '../settings/schema.ts';

export { MAX_SCAN_TEXT } from '../text-guard/limits.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** From a content script (inside a web page). */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('receipt'),
    /** The site is taken from the sender, never from the message. */
    entry: ReceiptEntrySchema.omit({ site: true, at: true }).extend({ id: ReceiptId }),
  }),
  // Upload guard: describe removed EXIF blocks (base64 TIFF) for the receipt; lines come back.
  z.object({
    type: z.literal('describeExif'),
    blocks: z.array(z.string().max(MAX_EXIF_BLOCK_CHARS).regex(BASE64)).min(1).max(MAX_EXIF_BLOCKS),
  }),
  // Text guard: scan one field's text. The site is the sender's; the reply never echoes text.
  z.object({
    type: z.literal('scanText'),
    text: z.string().max(MAX_SCAN_TEXT),
    field: z.string().regex(/^[a-z0-9-]{1,40}$/),
  }),
  // Dismiss one finding on the sender's site (stored as a keyed hash of its text).
  z.object({
    type: z.literal('dismissFinding'),
    category: z.enum(CATEGORIES),
    text: z.string().min(1).max(500),
  }),
  // Pause the text guard on the sender's site. Resuming is for Veil's own pages only.
  z.object({ type: z.literal('pauseTextGuard') }),
]);

/** From Veil's own extension pages. */
export const ExtensionPageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getReceipts') }),
  z.object({ type: z.literal('clearReceipts') }),
  z.object({ type: z.literal('getSettings') }),
  // The popup: what the user was writing on this tab's site lately (categories only).
  z.object({
    type: z.literal('getTabActivity'),
    tabId: z.number().int().nonnegative(),
    host: z.string().max(253),
  }),
  z.object({ type: z.literal('setEnabled'), enabled: z.boolean() }),
  z.object({ type: z.literal('setSitePaused'), host: z.string().max(253), paused: z.boolean() }),
  z.object({ type: z.literal('setAnonymiseFileNames'), enabled: z.boolean() }),
  z.object({ type: z.literal('protectSite'), pattern: UserSitePattern }),
  z.object({ type: z.literal('unprotectSite'), pattern: UserSitePattern }),
  // Options, welcome page: preferences, identity, erase.
  z.object({
    type: z.literal('setPreferences'),
    whenUncleanable: z.enum(['ask', 'block']).optional(),
    discreet: z.boolean().optional(),
    uiLanguage: z.enum(UI_LANGUAGES).optional(),
  }),
  z.object({ type: z.literal('getIdentity') }),
  z.object({
    type: z.literal('setWorkIdentity'),
    entries: z.array(z.string().max(MAX_ENTRY_LENGTH)).max(MAX_WORK_ENTRIES),
  }),
  /** The plain term is hashed by the background and never stored. */
  z.object({ type: z.literal('addNeverReveal'), term: z.string().min(1).max(MAX_ENTRY_LENGTH) }),
  z.object({ type: z.literal('removeNeverReveal'), id: z.string().regex(/^[0-9a-f]{16}$/) }),
  z.object({ type: z.literal('eraseAll') }),
  // The popup's "check my text" box.
  z.object({ type: z.literal('scanText'), text: z.string().max(MAX_SCAN_TEXT) }),
  z.object({
    type: z.literal('setTextGuardPaused'),
    host: z.string().max(253),
    paused: z.boolean(),
  }),
]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

/** One finding as sent to a page or the popup: offsets into the scanned text, no text. */
export interface TextFindingData {
  category: (typeof CATEGORIES)[number];
  start: number;
  end: number;
  severity: 'high' | 'medium' | 'low';
  reason: string;
}

/** The reply to 'scanText'. `active` is false when Veil or the text guard is off here. */
export interface ScanTextResult {
  active: boolean;
  findings: TextFindingData[];
  /** One tip per category found (title and body in the user's language), when one fits. */
  tips?: Partial<Record<TextFindingData['category'], { title: string; body: string }>>;
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
