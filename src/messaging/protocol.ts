/**
 * The one message protocol between Veil's contexts, validated with zod on arrival. Messages are
 * split by privilege (as uBlock Origin does): content scripts run inside pages Veil does not
 * trust, so they may only report receipts; settings and site changes come only from Veil's own
 * pages (popup, options). Anything else, or anything malformed, is rejected.
 */
import { z } from 'zod';
import { ReceiptEntrySchema } from '../settings/receipts.ts';
import { UserSitePattern } from '../settings/schema.ts';

/** From a content script (inside a web page). */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('receipt'),
    /** The site is taken from the sender, never from the message. */
    entry: ReceiptEntrySchema.omit({ site: true, at: true }),
  }),
]);

/** From Veil's own extension pages. */
export const ExtensionPageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getReceipts') }),
  z.object({ type: z.literal('clearReceipts') }),
  z.object({ type: z.literal('getSettings') }),
  z.object({ type: z.literal('setEnabled'), enabled: z.boolean() }),
  z.object({ type: z.literal('setSitePaused'), host: z.string().max(253), paused: z.boolean() }),
  z.object({ type: z.literal('setAnonymiseFileNames'), enabled: z.boolean() }),
  z.object({ type: z.literal('protectSite'), pattern: UserSitePattern }),
  z.object({ type: z.literal('unprotectSite'), pattern: UserSitePattern }),
]);

export type ContentMessage = z.infer<typeof ContentMessage>;
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };
