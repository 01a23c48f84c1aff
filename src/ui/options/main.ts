/** The options page: sites, identities, behaviour, discreet mode, data, and what Veil does not do. */
import type { Settings } from '../../settings/schema.ts';
import { byId, replace, resetUids } from '../dom.ts';
import { veilMark } from '../icon.ts';
import { startPage } from '../page.ts';
import { send } from '../send.ts';
import { renderData } from './data.ts';
import { renderIdentity } from './identity.ts';
import { languagePicker, renderBehaviour, renderDiscreet } from './preferences.ts';
import { renderSites } from './sites.ts';

export async function startOptions(): Promise<void> {
  await startPage('optionsTitle');
  byId('brand').prepend(veilMark());
  const refresh = async () => {
    // Keep keyboard focus where it was across a redraw (same element id, if it still exists).
    const focused = document.activeElement?.id;
    const settings = await send<Settings>({ type: 'getSettings' });
    resetUids();
    renderSites(byId('sites'), settings, () => void refresh());
    renderBehaviour(byId('behaviour'), settings, () => void refresh());
    renderDiscreet(byId('discreet'), settings, () => void refresh());
    replace(
      byId('language'),
      languagePicker(settings, () => location.reload()),
    );
    await renderIdentity(byId('identity'));
    if (focused) document.getElementById(focused)?.focus();
  };
  renderData(byId('data'), () => void refresh());
  await refresh();
  document.body.dataset.ready = 'true';
}
