/**
 * Options › Your identities. Work entries are shown as typed (they are public by choice). The
 * never-reveal list is sent once to the background, which keeps only keyed hashes and a masked
 * preview: this page never gets the plain text back, and clears the field after adding.
 */
import type { MessageKey } from '../i18n/index.ts';
import { h, replace, uid } from '../dom.ts';
import { t } from '../i18n/runtime.ts';
import { send } from '../send.ts';

interface IdentitySummary {
  work: string[];
  personal: { id: string; preview: string }[];
}

export async function renderIdentity(root: HTMLElement): Promise<void> {
  const identity = await send<IdentitySummary>({ type: 'getIdentity' });
  const redraw = () => void renderIdentity(root);

  const work = entryList(
    identity.work.map((entry) => ({
      label: entry,
      remove: () =>
        send({ type: 'setWorkIdentity', entries: identity.work.filter((e) => e !== entry) }),
    })),
    redraw,
  );
  const never = entryList(
    identity.personal.map(({ id, preview }) => ({
      label: preview,
      remove: () => send({ type: 'removeNeverReveal', id }),
    })),
    redraw,
  );

  replace(
    root,
    h('p', {}, t('identityIntro')),
    h('h3', {}, t('workHeading')),
    h('p', { class: 'help' }, t('workHelp')),
    work,
    addForm(
      'workAddLabel',
      'work-add',
      (value) => send({ type: 'setWorkIdentity', entries: [...identity.work, value] }),
      redraw,
    ),
    h('h3', {}, t('neverHeading')),
    h('p', { class: 'help' }, t('neverHelp')),
    never,
    addForm(
      'neverAddLabel',
      'never-add',
      (value) => send({ type: 'addNeverReveal', term: value }),
      redraw,
    ),
  );
}

function entryList(
  entries: { label: string; remove: () => Promise<unknown> }[],
  redraw: () => void,
): HTMLElement {
  const list = h('ul', { class: 'list-plain entries' });
  if (entries.length === 0) list.appendChild(h('li', { class: 'muted' }, t('entriesNone')));
  for (const entry of entries) {
    const remove = h(
      'button',
      { type: 'button', class: 'link', 'aria-label': t('entryRemove', entry.label) },
      t('remove'),
    );
    remove.addEventListener('click', () => void entry.remove().finally(redraw));
    list.appendChild(
      h('li', { class: 'row entry' }, h('span', { class: 'grow' }, entry.label), remove),
    );
  }
  return list;
}

function addForm(
  labelKey: MessageKey,
  id: string,
  add: (value: string) => Promise<unknown>,
  redraw: () => void,
): HTMLElement {
  const inputId = uid(id);
  const input = h('input', {
    type: 'text',
    id: inputId,
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 200,
  });
  const form = h(
    'form',
    { class: 'add-form', id },
    h('label', { for: inputId }, t(labelKey)),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t('entryAdd'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    input.value = '';
    if (value) void add(value).finally(redraw);
  });
  return form;
}
