/**
 * What the user is writing on each tab, for the popup's tips: the finding categories the text
 * guard last reported on that tab's site, and when. Categories only (never text), kept in
 * session storage (memory, gone when the browser closes) and at most for `MAX_TABS` tabs.
 */
import { z } from 'zod';
import { CATEGORIES } from '../scan/types.ts';

export const MAX_TABS = 50;
/** Writing in the last half hour counts as what the user is doing now. */
export const RECENT_WRITING_MS = 30 * 60_000;

export const TabActivitySchema = z.object({
  host: z.string().max(253),
  at: z.number().int().nonnegative(),
  findings: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
});
export type TabActivity = z.infer<typeof TabActivitySchema>;

const TableSchema = z.record(z.string().regex(/^\d{1,12}$/), TabActivitySchema);
export type ActivityTable = z.infer<typeof TableSchema>;

export function parseActivityTable(raw: unknown): ActivityTable {
  const parsed = TableSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/**
 * The table after a scan on `tabId`: the categories found in the latest scan replace the
 * earlier ones on the same site (a field the user cleaned up is no longer a reason for tips),
 * and the oldest tabs are dropped beyond `MAX_TABS`.
 */
export function recordScan(
  table: ActivityTable,
  tabId: number,
  host: string,
  categories: readonly string[],
  now: number,
): ActivityTable {
  const findings = [...new Set(categories)].filter((c): c is TabActivity['findings'][number] =>
    (CATEGORIES as readonly string[]).includes(c),
  );
  const next: ActivityTable = { ...table, [String(tabId)]: { host, at: now, findings } };
  const keys = Object.keys(next).sort((a, b) => next[b]!.at - next[a]!.at);
  for (const stale of keys.slice(MAX_TABS)) delete next[stale];
  return next;
}

/** The recent writing on `tabId` if it was on `host`, else null. */
export function writingOn(
  table: ActivityTable,
  tabId: number,
  host: string,
  now: number,
): TabActivity | null {
  const entry = table[String(tabId)];
  if (!entry || entry.host !== host || now - entry.at > RECENT_WRITING_MS) return null;
  return entry;
}
