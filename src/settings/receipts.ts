/**
 * The short local log of receipts the popup shows. An entry says what happened on which site
 * and when, in counts and one summary sentence: never a file name, never file contents.
 */
import { z } from 'zod';
import { SUMMARY_PARTS } from '../metadata/receipt-text.ts';
import { Hostname } from './schema.ts';

export const RECEIPTS_KEPT = 50;

/** A random id the content script gives each receipt, so one sent twice is logged once. */
export const ReceiptId = z.string().regex(/^[0-9a-f]{16}$/);

export const ReceiptEntrySchema = z.object({
  id: ReceiptId.optional(),
  at: z.number().int().nonnegative(),
  site: Hostname,
  cleaned: z.number().int().min(0).max(10_000),
  held: z.number().int().min(0).max(10_000),
  passed: z.number().int().min(0).max(10_000),
  /** From `summarizeRemoved`: "Removed location, phone model and 2 dates" (English). */
  summary: z.string().max(300),
  /** The same summary as message parts, so the popup says it in the user's language. */
  removed: z
    .array(
      z.object({
        part: z.enum(SUMMARY_PARTS),
        count: z.number().int().min(0).max(100_000).optional(),
      }),
    )
    .max(SUMMARY_PARTS.length)
    .optional(),
  /** Photos, videos or both: a video upload brings up the tips about videos. */
  media: z.enum(['photo', 'video', 'mixed']).optional(),
});

export type ReceiptEntry = z.infer<typeof ReceiptEntrySchema>;

export function parseReceipts(raw: unknown): ReceiptEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: ReceiptEntry[] = [];
  for (const item of raw) {
    const parsed = ReceiptEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries.slice(-RECEIPTS_KEPT);
}

/**
 * The log after adding one entry: newest last, at most `RECEIPTS_KEPT`. An entry whose id is
 * already there is a repeat (the content script asks again when the worker did not answer).
 */
export function appendReceipt(log: readonly ReceiptEntry[], entry: ReceiptEntry): ReceiptEntry[] {
  if (entry.id !== undefined && log.some((e) => e.id === entry.id)) return [...log];
  return [...log, entry].slice(-RECEIPTS_KEPT);
}
