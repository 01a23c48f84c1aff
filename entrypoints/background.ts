// The background: settings, the receipts log, user-added sites and the message hub. Thin
// glue: the protocol and its checks live in src/messaging, the data in src/settings.
import { dispatchMessage } from '../src/messaging/dispatch.ts';
import {
  readReceipts,
  readSettings,
  receiptsItem,
  watchSettings,
  writeSettings,
} from '../src/settings/items.ts';
import {
  addPersonalTerm,
  identitySummary,
  removePersonalTerm,
  setWorkIdentity,
} from '../src/settings/identity-store.ts';
import { appendReceipt } from '../src/settings/receipts.ts';
import { normaliseHost } from '../src/sites/index.ts';
import { describeExifBlocks } from '../src/upload/describe-exif-blocks.ts';
import { dismissOnSite, scanForSite, setTextGuardPaused } from '../src/text-guard/scan-service.ts';
import { forgetTab, noteWriting, tabWriting } from '../src/text-guard/tab-activity-store.ts';
import { eraseAllData } from '../src/settings/erase.ts';
import {
  patternsToRegister,
  USER_SCRIPT_IDS,
  userScriptRegistrations,
} from '../src/sites/user-sites.ts';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((raw: unknown, sender) =>
    dispatchMessage(raw, sender, self, {
      content: {
        describeExif: (message) => describeExifBlocks(message.blocks),
        async receipt(message, ctx) {
          const entry = { ...message.entry, site: ctx.host, at: Date.now() };
          await receiptsItem.setValue(appendReceipt(await readReceipts(), entry));
        },
        async scanText(m, ctx) {
          const result = await scanForSite(m.text, ctx.host);
          if (result.active && ctx.tabId !== undefined) {
            const categories = result.findings.map((f) => f.category);
            await noteWriting(ctx.tabId, ctx.host, categories).catch(() => undefined);
          }
          return result;
        },
        dismissFinding: (m, ctx) => dismissOnSite(ctx.host, m.category, m.text),
        pauseTextGuard: (_m, ctx) => setTextGuardPaused(ctx.host, true),
      },
      extensionPage: {
        getReceipts: () => readReceipts(),
        clearReceipts: () => receiptsItem.setValue([]),
        getSettings: () => readSettings(),
        getTabActivity: (m) => tabWriting(m.tabId, normaliseHost(m.host)),
        setEnabled: (m) => writeSettings({ enabled: m.enabled }),
        setAnonymiseFileNames: (m) => writeSettings({ anonymiseFileNames: m.enabled }),
        async setSitePaused(m) {
          const host = normaliseHost(m.host);
          if (!host) throw new Error('bad host');
          const { pausedSites } = await readSettings();
          const rest = pausedSites.filter((h) => h !== host);
          return writeSettings({ pausedSites: m.paused ? [...rest, host] : rest });
        },
        scanText: (m) => scanForSite(m.text, null),
        setTextGuardPaused: (m) => setTextGuardPaused(m.host, m.paused),
        async protectSite(m) {
          const { userSites } = await readSettings();
          await writeSettings({ userSites: [...new Set([...userSites, m.pattern])] });
          await syncUserSites();
        },
        async unprotectSite(m) {
          const { userSites } = await readSettings();
          await writeSettings({ userSites: userSites.filter((p) => p !== m.pattern) });
          await syncUserSites();
        },
        setPreferences: ({ type: _type, ...patch }) => writeSettings(patch),
        getIdentity: () => identitySummary(),
        setWorkIdentity: (m) => setWorkIdentity(m.entries),
        addNeverReveal: (m) => addPersonalTerm(m.term),
        removeNeverReveal: (m) => removePersonalTerm(m.id),
        async eraseAll() {
          // Everything Veil stored (settings, receipts, identity and key, added sites), in
          // every storage area; then the user-site scripts follow the emptied settings.
          await eraseAllData();
          await syncUserSites();
        },
      },
    }),
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncUserSites();
    // A first install opens the welcome page (what Veil does, protected sites, language).
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  void applyDiscreet();
  watchSettings(() => void applyDiscreet());
  browser.runtime.onStartup.addListener(() => void syncUserSites());
  // What was written on a tab is forgotten with the tab.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
  watchSettings(() => void syncUserSites());
});

/** Discreet mode: a neutral toolbar title and icon, and no badge; Veil's own otherwise. */
async function applyDiscreet(): Promise<void> {
  try {
    const { discreet } = await readSettings();
    const title = discreet ? browser.i18n.getMessage('discreetTitle') : '';
    await browser.action.setTitle({ title: title || browser.i18n.getMessage('extName') });
    const folder = discreet ? 'discreet' : 'icon';
    const sizes = [16, 32, 48, 128] as const;
    await browser.action.setIcon({
      path: Object.fromEntries(sizes.map((size) => [size, `/${folder}/${size}.png`])),
    });
    await browser.action.setBadgeText({ text: '' });
  } catch {
    // No action API (tests): nothing to change.
  }
}

/** Register the content scripts for user sites whose host permission is granted. */
async function syncUserSites(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  try {
    const { userSites } = await readSettings();
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const wanted = userScriptRegistrations(patternsToRegister(userSites, granted));
    const ids = Object.values(USER_SCRIPT_IDS);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids });
    if (wanted.length) await browser.scripting.registerContentScripts(wanted);
  } catch {
    // A failed sync leaves user sites unprotected until the next try; built-in sites are
    // unaffected. Nothing about the sites is logged.
  }
}
