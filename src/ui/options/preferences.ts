/** Options › Behaviour, Discreet mode and language: small switches and one choice. */
import { UI_LANGUAGES, type Settings } from '../../settings/schema.ts';
import { h, replace, toggle, uid } from '../dom.ts';
import { LANGUAGE_NAMES } from '../i18n/index.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';

export function renderBehaviour(root: HTMLElement, settings: Settings, refresh: () => void): void {
  const name = uid('uncleanable');
  const radio = (value: 'ask' | 'block', label: string) => {
    const id = uid('r');
    const input = h('input', { type: 'radio', name, id, value });
    input.checked = settings.whenUncleanable === value;
    input.addEventListener('change', () => {
      if (input.checked)
        void send({ type: 'setPreferences', whenUncleanable: value }).then(refresh);
    });
    return h('div', { class: 'radio' }, input, h('label', { for: id }, label));
  };
  replace(
    root,
    toggle(
      t('anonymiseLabel'),
      settings.anonymiseFileNames,
      (on) => void send({ type: 'setAnonymiseFileNames', enabled: on }).then(refresh),
      t('anonymiseHelp'),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t('uncleanableLegend')),
      radio('ask', t('uncleanableAsk')),
      radio('block', t('uncleanableBlock')),
    ),
  );
}

export function renderDiscreet(root: HTMLElement, settings: Settings, refresh: () => void): void {
  replace(
    root,
    toggle(
      t('discreetLabel'),
      settings.discreet,
      (on) => void send({ type: 'setPreferences', discreet: on }).then(refresh),
      t('discreetHelp'),
    ),
  );
}

/** The language menu (options and welcome page). Changing it reloads the page in that language. */
export function languagePicker(settings: Settings, onChange: () => void): HTMLElement {
  const id = uid('lang');
  const select = h('select', { id });
  for (const value of UI_LANGUAGES) {
    const option = h('option', { value }, value === 'auto' ? t('langAuto') : LANGUAGE_NAMES[value]);
    if (value !== 'auto') option.lang = value;
    option.selected = settings.uiLanguage === value;
    select.appendChild(option);
  }
  select.addEventListener('change', () => {
    const uiLanguage = select.value as Settings['uiLanguage'];
    void send({ type: 'setPreferences', uiLanguage }).then(onChange);
  });
  return h('div', { class: 'field' }, h('label', { for: id }, t('languageLabel')), select);
}
