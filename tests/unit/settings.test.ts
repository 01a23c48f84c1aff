/** Settings: defaults, repair of damaged values, migrations, and the WXT storage items. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateSettings, SETTINGS_VERSION } from '../../src/settings/migrations.ts';
import { randomId } from '../../src/settings/random-id.ts';
import {
  appendReceipt,
  parseReceipts,
  ReceiptId,
  RECEIPTS_KEPT,
} from '../../src/settings/receipts.ts';
import {
  DEFAULT_SETTINGS,
  guardActiveOn,
  parseSettings,
  UserSitePattern,
} from '../../src/settings/schema.ts';

describe('settings schema', () => {
  it('protects by default and anonymises names', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(DEFAULT_SETTINGS.anonymiseFileNames).toBe(true);
  });

  it('repairs damaged fields one by one, never switching protection off', () => {
    const s = parseSettings({ enabled: 'no', anonymiseFileNames: false, pausedSites: [42] });
    expect(s.enabled).toBe(true);
    expect(s.anonymiseFileNames).toBe(false);
    expect(s.pausedSites).toEqual([]);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('pauses a site and its subdomains, or everything', () => {
    const s = parseSettings({ pausedSites: ['fansly.com'] });
    expect(guardActiveOn(s, 'fansly.com')).toBe(false);
    expect(guardActiveOn(s, 'www.fansly.com')).toBe(false);
    expect(guardActiveOn(s, 'notfansly.com')).toBe(true);
    expect(guardActiveOn({ ...s, enabled: false }, 'onlyfans.com')).toBe(false);
  });

  it('accepts only plain origin patterns for user sites', () => {
    expect(UserSitePattern.safeParse('https://a.example/*').success).toBe(true);
    expect(UserSitePattern.safeParse('*://*.a.example/*').success).toBe(true);
    expect(UserSitePattern.safeParse('<all_urls>').success).toBe(false);
    expect(UserSitePattern.safeParse('https://a.example/path*').success).toBe(false);
    expect(UserSitePattern.safeParse('javascript://x/*').success).toBe(false);
  });
});

describe('migrations', () => {
  it('runs each step above the stored version, in order', () => {
    const steps = {
      2: (v: unknown) => ({ ...(v as object), two: true }),
      3: (v: unknown) => ({ ...(v as object), three: (v as { two?: boolean }).two }),
    };
    expect(migrateSettings({ a: 1 }, 1, steps, 3)).toEqual({ a: 1, two: true, three: true });
    expect(migrateSettings({ a: 1 }, 2, steps, 3)).toEqual({ a: 1, three: undefined });
    expect(migrateSettings({ a: 1 }, SETTINGS_VERSION)).toEqual({ a: 1 });
  });
});

describe('receipts log', () => {
  const entry = {
    at: 1,
    site: 'onlyfans.com',
    cleaned: 1,
    held: 0,
    passed: 0,
    summary: 'Removed location',
  };

  it('keeps the newest entries only and drops malformed ones', () => {
    let log = parseReceipts([entry, { ...entry, site: 'BAD HOST' }, 'x']);
    expect(log).toHaveLength(1);
    for (let i = 0; i < RECEIPTS_KEPT + 5; i++) log = appendReceipt(log, { ...entry, at: i });
    expect(log).toHaveLength(RECEIPTS_KEPT);
    expect(log.at(-1)?.at).toBe(RECEIPTS_KEPT + 4);
  });

  it('logs a receipt sent twice (same id) once; entries without an id are all kept', () => {
    let log = appendReceipt([], { ...entry, id: '00000000000000aa' });
    log = appendReceipt(log, { ...entry, id: '00000000000000aa', at: 5 });
    log = appendReceipt(log, { ...entry, id: '00000000000000bb' });
    log = appendReceipt(log, entry);
    log = appendReceipt(log, entry);
    expect(log.map((e) => e.id ?? null)).toEqual([
      '00000000000000aa',
      '00000000000000bb',
      null,
      null,
    ]);
    expect(log[0]!.at).toBe(entry.at);
  });

  it('has no field for file names or contents', () => {
    expect(Object.keys(parseReceipts([{ ...entry, name: 'IMG_2024.jpg' }])[0]!)).not.toContain(
      'name',
    );
  });
});

describe('storage items (WXT storage on the fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('browser', fakeBrowser);
    vi.stubGlobal('chrome', fakeBrowser);
    vi.resetModules();
  });

  it('reads defaults, writes validated patches and watches changes', async () => {
    const items = await import('../../src/settings/items.ts');
    expect(await items.readSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const unwatch = items.watchSettings((s) => seen.push(s.enabled));
    await items.writeSettings({ enabled: false, pausedSites: ['bad host!'] });
    const stored = await items.readSettings();
    expect(stored.enabled).toBe(false);
    expect(stored.pausedSites).toEqual([]);
    await vi.waitFor(() => expect(seen).toContain(false));
    unwatch();
  });

  it('repairs a damaged stored value on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'off', showReceipts: false } });
    const items = await import('../../src/settings/items.ts');
    const s = await items.readSettings();
    expect(s.enabled).toBe(true);
    expect(s.showReceipts).toBe(false);
  });
});

describe('randomId', () => {
  it('is 16 hex digits (as receipts and never-reveal entries require) and differs each time', () => {
    const ids = new Set(Array.from({ length: 100 }, randomId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(ReceiptId.safeParse(id).success).toBe(true);
  });
});
