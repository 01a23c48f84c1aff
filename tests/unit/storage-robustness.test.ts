/**
 * Storage robustness on WXT's fake browser (issue 7, item 3):
 *
 *   every earlier settings version -> today's shape. Version 1 is the only released shape, so
 *     "every earlier version" is: v1 with its version record, v1 written before WXT recorded a
 *     version, damaged values and damaged version records. A future bump is exercised through
 *     WXT's real migration runner with a v2 step made in the test (no invented history).
 *   a store written by a newer Veil (downgrade) still reads, with protection on.
 *   erase all data leaves nothing behind, in any area, and the identity key is new afterwards.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../src/settings/migrations.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/settings/schema.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('browser', fakeBrowser);
  vi.stubGlobal('chrome', fakeBrowser);
  vi.resetModules();
  // WXT storage reports a failed migration on the console; these tests cause them on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const readSettings = async () => (await import('../../src/settings/items.ts')).readSettings();

describe('settings from every earlier version', () => {
  it('version 1 is the current version and has no migration step yet', () => {
    expect(SETTINGS_VERSION).toBe(1);
    expect(Object.keys(SETTINGS_MIGRATIONS)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['v1 with its version record', { settings: { enabled: false }, settings$: { v: 1 } }],
    ['v1 from before WXT recorded versions', { settings: { enabled: false } }],
    ['a damaged version record', { settings: { enabled: false }, settings$: { v: 'x' } }],
    ['a version record of 0', { settings: { enabled: false }, settings$: { v: 0 } }],
  ])('reads %s, keeping the user choice', async (_name, stored) => {
    await fakeBrowser.storage.local.set(stored);
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it.each<[string, unknown]>([
    ['a string', 'enabled=false'],
    ['an array', [false, false]],
    ['a number', 0],
    ['null', null],
    ['fields of the wrong type', { enabled: 'no', pausedSites: 'all', userSites: ['<all_urls>'] }],
    ['a prototype-polluting key', JSON.parse('{"__proto__": {"enabled": false}}') as unknown],
    ['a huge list', { pausedSites: Array.from({ length: 10_000 }, (_, i) => `s${i}.example`) }],
  ])('repairs %s to the protective defaults', async (_name, value) => {
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 1 } });
    const settings = await readSettings();
    expect(settings.enabled).toBe(true);
    expect(settings).toEqual(parseSettings(value));
    expect(settings.pausedSites.length).toBeLessThanOrEqual(500);
  });

  it('a store written by a newer Veil (downgrade) still reads, with protection on', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'maybe', newField: 1 },
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    const settings = await readSettings();
    expect(settings.enabled).toBe(true);
    expect(settings).not.toHaveProperty('newField');
  });
});

describe('a future version bump', () => {
  /**
   * What bumping SETTINGS_VERSION to 2 will do, through WXT's own runner: the step made here
   * stands in for the real one (a hypothetical rename of `showReceipts` to `receipts`), so the
   * wiring (meta record, order, repair afterwards) is tested, not the invented step itself.
   */
  const defineV2 = async () =>
    (await import('@wxt-dev/storage')).storage.defineItem<Settings & { receipts?: boolean }>(
      'local:settings',
      {
        fallback: DEFAULT_SETTINGS,
        version: SETTINGS_VERSION + 1,
        migrations: {
          ...SETTINGS_MIGRATIONS,
          [SETTINGS_VERSION + 1]: (old: Record<string, unknown>) => {
            const { showReceipts, ...rest } = old;
            return { ...rest, receipts: showReceipts };
          },
        },
      },
    );

  it('runs the step once, records the new version and keeps the user choices', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, showReceipts: false, pausedSites: ['a.example'] },
      settings$: { v: SETTINGS_VERSION },
    });
    const item = await defineV2();
    const value = await item.getValue();
    expect(value).toMatchObject({ enabled: false, receipts: false, pausedSites: ['a.example'] });
    expect(value).not.toHaveProperty('showReceipts');
    const raw = await fakeBrowser.storage.local.get('settings$');
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION + 1 });
    // Reading again does not run the step a second time.
    expect(await (await defineV2()).getValue()).toEqual(value);
  });

  it('a fresh install starts at the new version without running any step', async () => {
    const value = await (await defineV2()).getValue();
    expect(value).toEqual(DEFAULT_SETTINGS);
  });

  it('a step that throws leaves the stored value readable and protective', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false }, settings$: { v: 1 } });
    const { storage } = await import('@wxt-dev/storage');
    const item = storage.defineItem<Settings>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('broken step');
        },
      },
    });
    expect(parseSettings(await item.getValue())).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});

describe('erase all data', () => {
  it('leaves nothing behind in any storage area, and the next key is a new one', async () => {
    const items = await import('../../src/settings/items.ts');
    const store = await import('../../src/settings/identity-store.ts');
    const receipts = await import('../../src/settings/receipts.ts');
    await items.writeSettings({ enabled: false, pausedSites: ['a.example'] });
    const entry = { at: 1, site: 'onlyfans.com', cleaned: 1, held: 0, passed: 0, summary: 'x' };
    await items.receiptsItem.setValue(receipts.appendReceipt([], entry));
    await store.setWorkIdentity(['Mia Rose']);
    await store.addPersonalTerm('Jane Smith');
    const oldKey = await store.identityKey();
    await fakeBrowser.storage.session.set({ scratch: 1 });
    await fakeBrowser.storage.sync.set({ scratch: 1 });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).length).toBeGreaterThan(2);

    const { eraseAllData } = await import('../../src/settings/erase.ts');
    await eraseAllData();

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await items.readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await items.readReceipts()).toEqual([]);
    const summary = await store.identitySummary();
    expect(summary.work).toEqual([]);
    expect(summary.personal).toEqual([]);
    expect(await store.identityKey()).not.toEqual(oldKey);
  });
});
