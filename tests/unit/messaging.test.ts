/** The message protocol: sender checks by privilege, schema validation, no echo of input. */
import { describe, expect, it, vi } from 'vitest';
import { dispatchMessage, type Router } from '../../src/messaging/dispatch.ts';
import { classifySender, senderHost } from '../../src/messaging/sender.ts';

const self = { id: 'veil-id', origin: 'chrome-extension://veil-id/' };
const content = { id: 'veil-id', url: 'https://onlyfans.com/my/posts/create', tab: { id: 3 } };
const popup = { id: 'veil-id', url: 'chrome-extension://veil-id/popup.html' };

function router() {
  const calls: unknown[] = [];
  const r: Router = {
    content: {
      receipt: vi.fn((m, ctx) => void calls.push([m, ctx])),
      describeExif: vi.fn(() => []),
      scanText: vi.fn(() => ({ active: true, findings: [] })),
      dismissFinding: vi.fn(),
      pauseTextGuard: vi.fn(),
    },
    extensionPage: {
      getReceipts: () => ['r'],
      clearReceipts: () => undefined,
      getSettings: () => ({ enabled: true }),
      getTabActivity: vi.fn(() => null),
      setEnabled: vi.fn(),
      setSitePaused: vi.fn(),
      setAnonymiseFileNames: vi.fn(),
      protectSite: vi.fn(),
      unprotectSite: vi.fn(),
      scanText: vi.fn(() => ({ active: true, findings: [] })),
      setTextGuardPaused: vi.fn(),
      setPreferences: vi.fn(),
      getIdentity: vi.fn(),
      setWorkIdentity: vi.fn(),
      addNeverReveal: vi.fn(),
      removeNeverReveal: vi.fn(),
      eraseAll: vi.fn(),
    },
  };
  return { r, calls };
}

const receipt = {
  type: 'receipt',
  entry: { id: '0123456789abcdef', cleaned: 1, held: 0, passed: 0, summary: 'Removed location' },
};

describe('sender checks', () => {
  it('tells content scripts, extension pages and strangers apart', () => {
    expect(classifySender(content, self.id, self.origin)).toBe('content');
    expect(classifySender(popup, self.id, self.origin)).toBe('extension-page');
    expect(classifySender({ ...content, id: 'other' }, self.id, self.origin)).toBe('foreign');
    expect(classifySender({ url: popup.url }, self.id, self.origin)).toBe('foreign');
    expect(classifySender({ id: 'veil-id', url: 'https://x.com/' }, self.id, self.origin)).toBe(
      'foreign',
    );
    expect(senderHost(content)).toBe('onlyfans.com');
  });
});

describe('dispatchMessage', () => {
  it('accepts a receipt from a content script and takes the site from the sender', async () => {
    const { r, calls } = router();
    expect(await dispatchMessage(receipt, content, self, r)).toEqual({ ok: true, data: null });
    expect(calls[0]).toEqual([receipt, { host: 'onlyfans.com', tabId: 3 }]);
  });

  it('rejects privileged messages from content scripts', async () => {
    const { r } = router();
    for (const message of [
      { type: 'setEnabled', enabled: false },
      { type: 'getTabActivity', tabId: 3, host: 'onlyfans.com' },
      { type: 'getSettings' },
      { type: 'protectSite', pattern: 'https://a.example/*' },
    ]) {
      expect(await dispatchMessage(message, content, self, r)).toEqual({
        ok: false,
        error: 'rejected',
      });
    }
    expect(r.extensionPage.setEnabled).not.toHaveBeenCalled();
  });

  it('lets extension pages change settings, validated', async () => {
    const { r } = router();
    expect(await dispatchMessage({ type: 'getReceipts' }, popup, self, r)).toEqual({
      ok: true,
      data: ['r'],
    });
    await dispatchMessage({ type: 'setEnabled', enabled: false }, popup, self, r);
    expect(r.extensionPage.setEnabled).toHaveBeenCalledOnce();
    expect(await dispatchMessage({ type: 'setEnabled', enabled: 'no' }, popup, self, r)).toEqual({
      ok: false,
      error: 'rejected',
    });
  });

  it('rejects unknown, malformed and foreign messages without echoing them', async () => {
    const { r } = router();
    const cases: [unknown, object][] = [
      [{ type: 'skipCleaning' }, content],
      [{ type: 'receipt', entry: { cleaned: -1 } }, content],
      [{ ...receipt, entry: { ...receipt.entry, id: undefined } }, content],
      [{ ...receipt, entry: { ...receipt.entry, id: 'not-hex-at-all!!' } }, content],
      [{ ...receipt, entry: { ...receipt.entry, summary: 'x'.repeat(1000) } }, content],
      ['receipt', content],
      [receipt, { ...content, id: 'evil' }],
      [{ type: 'getReceipts' }, { id: 'evil', url: 'chrome-extension://evil/popup.html' }],
    ];
    for (const [message, sender] of cases) {
      const reply = await dispatchMessage(message, sender, self, r);
      expect(reply).toEqual({ ok: false, error: 'rejected' });
    }
  });

  it('turns a failing handler into a fixed error', async () => {
    const { r } = router();
    r.content.receipt = () => {
      throw new Error('secret detail');
    };
    expect(await dispatchMessage(receipt, content, self, r)).toEqual({
      ok: false,
      error: 'failed',
    });
  });
});
