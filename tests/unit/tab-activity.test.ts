/**
 * What the user writes on a tab, as the popup's tips see it: categories only, the latest scan
 * on a site replaces the earlier one, stale or foreign-site entries are not used, the table is
 * bounded, and an upload just made outranks writing.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_TABS,
  parseActivityTable,
  recordScan,
  RECENT_WRITING_MS,
  writingOn,
} from '../../src/text-guard/tab-activity.ts';
import { tipContext } from '../../src/ui/popup/receipts.ts';
import { selectTips } from '../../src/tips/select.ts';

const NOW = 1_800_000_000_000;

describe('tab activity', () => {
  it('keeps the categories of the latest scan on the tab, without text or unknown names', () => {
    let table = recordScan({}, 7, 'tryst.link', ['phone', 'phone', 'not-a-category'], NOW);
    expect(writingOn(table, 7, 'tryst.link', NOW)).toEqual({
      host: 'tryst.link',
      at: NOW,
      findings: ['phone'],
    });
    table = recordScan(table, 7, 'tryst.link', [], NOW + 1);
    expect(writingOn(table, 7, 'tryst.link', NOW + 1)?.findings).toEqual([]);
    expect(JSON.stringify(table)).not.toMatch(/not-a-category/);
  });

  it('is not used for another site, another tab, or after half an hour', () => {
    const table = recordScan({}, 7, 'tryst.link', ['email'], NOW);
    expect(writingOn(table, 7, 'onlyfans.com', NOW)).toBeNull();
    expect(writingOn(table, 8, 'tryst.link', NOW)).toBeNull();
    expect(writingOn(table, 7, 'tryst.link', NOW + RECENT_WRITING_MS + 1)).toBeNull();
  });

  it(`keeps at most ${MAX_TABS} tabs, dropping the oldest`, () => {
    let table = {};
    for (let tab = 0; tab < MAX_TABS + 10; tab++) {
      table = recordScan(table, tab, 'tryst.link', [], NOW + tab);
    }
    expect(Object.keys(table)).toHaveLength(MAX_TABS);
    expect(writingOn(table, 0, 'tryst.link', NOW + 100)).toBeNull();
    expect(writingOn(table, MAX_TABS + 9, 'tryst.link', NOW + 100)).not.toBeNull();
  });

  it('reads a damaged table as empty', () => {
    expect(parseActivityTable('x')).toEqual({});
    expect(parseActivityTable({ 'not a tab': { host: 'a', at: 1, findings: [] } })).toEqual({});
    expect(parseActivityTable({ 3: { host: 'a', at: 1, findings: ['secret text'] } })).toEqual({});
  });
});

describe("the popup's tip context", () => {
  const receipt = {
    at: NOW - 60_000,
    site: 'tryst.link',
    cleaned: 1,
    held: 0,
    passed: 0,
    summary: 'Removed location',
  };

  it('an upload just made wins; else recent writing; else nothing', () => {
    expect(tipContext([receipt], { at: NOW }, NOW).activity).toBe('upload:image');
    expect(tipContext([], { at: NOW }, NOW).activity).toBe('writing');
    expect(tipContext([], null, NOW)).toEqual({});
  });

  it('writing with a phone number found brings up a tip about contact details first', () => {
    const [tip] = selectTips({ ...tipContext([], { at: NOW }, NOW), findings: ['phone'] });
    expect(tip?.contexts).toContain('text:phone');
  });
});
