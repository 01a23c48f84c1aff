/** The text guard's messages: validation and sender checks, and the background scan service. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchMessage, type Router } from '../../src/messaging/dispatch.ts';
import { ContentMessage, ExtensionPageMessage } from '../../src/messaging/protocol.ts';

const self = { id: 'veil-id', origin: 'chrome-extension://veil-id/' };
const content = { id: 'veil-id', url: 'https://onlyfans.com/my/profile', tab: { id: 3 } };
const popup = { id: 'veil-id', url: 'chrome-extension://veil-id/popup.html' };

describe('scanText and friends: validation', () => {
  it('accepts a scan request from a content script, up to 20,000 characters', () => {
    const ok = { type: 'scanText', text: 'x'.repeat(20_000), field: 'f1' };
    expect(ContentMessage.safeParse(ok).success).toBe(true);
    expect(ContentMessage.safeParse({ ...ok, text: 'x'.repeat(20_001) }).success).toBe(false);
    expect(ContentMessage.safeParse({ ...ok, field: '<b>' }).success).toBe(false);
    expect(ContentMessage.safeParse({ ...ok, text: 42 }).success).toBe(false);
    expect(ContentMessage.safeParse({ type: 'scanText', field: 'f1' }).success).toBe(false);
  });

  it('checks dismiss requests (known category, bounded text)', () => {
    const ok = { type: 'dismissFinding', category: 'phone', text: '07700 900123' };
    expect(ContentMessage.safeParse(ok).success).toBe(true);
    expect(ContentMessage.safeParse({ ...ok, category: 'nope' }).success).toBe(false);
    expect(ContentMessage.safeParse({ ...ok, text: '' }).success).toBe(false);
    expect(ContentMessage.safeParse({ ...ok, text: 'x'.repeat(501) }).success).toBe(false);
  });

  it('lets pages only pause; resuming is for extension pages', () => {
    expect(ContentMessage.safeParse({ type: 'pauseTextGuard' }).success).toBe(true);
    expect(
      ContentMessage.safeParse({ type: 'setTextGuardPaused', host: 'a.com', paused: false })
        .success,
    ).toBe(false);
    expect(
      ExtensionPageMessage.safeParse({ type: 'setTextGuardPaused', host: 'a.com', paused: false })
        .success,
    ).toBe(true);
    expect(ExtensionPageMessage.safeParse({ type: 'scanText', text: 'hi' }).success).toBe(true);
  });
});

describe('scanText: routing', () => {
  it('takes the site from the sender and rejects foreign senders and unknown types', async () => {
    const scan = vi.fn(() => ({ active: true, findings: [] }));
    const router = {
      content: { scanText: scan },
      extensionPage: { scanText: scan },
    } as unknown as Router;
    const m = { type: 'scanText', text: 'hi', field: 'f1' };
    expect(await dispatchMessage(m, content, self, router)).toEqual({
      ok: true,
      data: { active: true, findings: [] },
    });
    expect(scan).toHaveBeenLastCalledWith(m, { host: 'onlyfans.com', tabId: 3 });
    expect(await dispatchMessage(m, { ...content, id: 'evil' }, self, router)).toEqual({
      ok: false,
      error: 'rejected',
    });
    const unknown = { type: 'scanEverything', text: 'hi' };
    expect(await dispatchMessage(unknown, content, self, router)).toMatchObject({ ok: false });
    expect(await dispatchMessage({ type: 'scanText', text: 'hi' }, popup, self, router)).toEqual({
      ok: true,
      data: { active: true, findings: [] },
    });
  });
});

describe('scan service (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('browser', fakeBrowser);
    vi.resetModules();
  });

  it('flags a personal number, not the work number, with offsets and no text', async () => {
    const store = await import('../../src/settings/identity-store.ts');
    const service = await import('../../src/text-guard/scan-service.ts');
    await store.setWorkIdentity(['+44 7700 900456']);
    const text = 'Bookings on +44 7700 900456. Personal: +44 7700 900123';
    const result = await service.scanForSite(text, 'onlyfans.com');
    expect(result.active).toBe(true);
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual(['+44 7700 900123']);
    expect(JSON.stringify(result.findings)).not.toContain('900123');
    expect(result.tips?.phone?.title).toBeTruthy();
  });

  it('drops dismissed findings on that site only, and stops on a paused site', async () => {
    const service = await import('../../src/text-guard/scan-service.ts');
    const text = 'Call +44 7700 900123';
    await service.dismissOnSite('onlyfans.com', 'phone', '+44 7700 900123');
    expect((await service.scanForSite(text, 'onlyfans.com')).findings).toEqual([]);
    expect((await service.scanForSite(text, 'fansly.com')).findings).toHaveLength(1);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('900123');
    await service.setTextGuardPaused('fansly.com', true);
    expect(await service.scanForSite(text, 'fansly.com')).toEqual({ active: false, findings: [] });
    expect((await service.scanForSite(text, null)).findings).toHaveLength(1);
  });
});
