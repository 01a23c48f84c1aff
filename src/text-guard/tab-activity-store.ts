/** The tab-activity table in session storage, written by the background's text-guard scans. */
import { storage } from '@wxt-dev/storage';
import {
  parseActivityTable,
  recordScan,
  writingOn,
  type ActivityTable,
  type TabActivity,
} from './tab-activity.ts';

const tabActivityItem = storage.defineItem<ActivityTable>('session:tabActivity', { fallback: {} });

export async function noteWriting(
  tabId: number,
  host: string,
  categories: readonly string[],
): Promise<void> {
  const table = parseActivityTable(await tabActivityItem.getValue());
  await tabActivityItem.setValue(recordScan(table, tabId, host, categories, Date.now()));
}

export async function tabWriting(tabId: number, host: string): Promise<TabActivity | null> {
  return writingOn(parseActivityTable(await tabActivityItem.getValue()), tabId, host, Date.now());
}

export async function forgetTab(tabId: number): Promise<void> {
  const table = parseActivityTable(await tabActivityItem.getValue());
  if (!(String(tabId) in table)) return;
  const { [String(tabId)]: _gone, ...rest } = table;
  await tabActivityItem.setValue(rest);
}
