/** The popup: status for this site, recent receipts, tips for right now, "check my text". */
import type { ReceiptEntry } from '../../settings/receipts.ts';
import type { Settings } from '../../settings/schema.ts';
import { byId } from '../dom.ts';
import { veilMark } from '../icon.ts';
import { startPage } from '../page.ts';
import { send } from '../send.ts';
import { mountCheck } from './check.ts';
import type { TabActivity } from '../../text-guard/tab-activity.ts';
import { receiptsForHost, renderReceipts, tipContext } from './receipts.ts';
import { currentTab, manifestMatches, siteState } from './site.ts';
import { renderStatus } from './status.ts';
import { mountTips, type TipsView } from './tips.ts';

export async function startPopup(): Promise<void> {
  let settings = await startPage('extName');
  const tab = await currentTab();
  const url = tab.url;
  byId('brand').prepend(veilMark());
  const settingsButton = byId<HTMLButtonElement>('open-settings');
  settingsButton.addEventListener('click', () => void browser.runtime.openOptionsPage());
  byId('open-cleaner').addEventListener('click', () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/clean.html') });
  });

  let findings: string[] = [];
  let tips: TipsView | null = null;
  const refresh = async () => {
    settings = await send<Settings>({ type: 'getSettings' });
    const state = siteState(url, settings, manifestMatches());
    renderStatus(byId('status'), state, settings, () => void refresh());
    const host = state.kind === 'none' ? '' : state.host;
    const log = host
      ? receiptsForHost(await send<ReceiptEntry[]>({ type: 'getReceipts' }), host)
      : [];
    const receiptsSection = byId('receipts-section');
    receiptsSection.hidden = state.kind !== 'protected';
    renderReceipts(byId('receipts'), log);
    // What the user wrote on this tab lately (finding categories from the text guard).
    const writing =
      state.kind === 'protected' && tab.id !== undefined
        ? await send<TabActivity | null>({ type: 'getTabActivity', tabId: tab.id, host })
        : null;
    tips ??= mountTips(byId('tips'));
    tips.update({
      ...(state.kind === 'protected' && state.platform ? { siteId: state.platform.id } : {}),
      ...tipContext(log, writing, Date.now()),
      findings: [...new Set([...findings, ...(writing?.findings ?? [])])],
    });
  };
  mountCheck(byId('check'), (categories) => {
    findings = categories;
    void refresh();
  });
  await refresh();
  document.body.dataset.ready = 'true';
}
