/**
 * The manual cleaner: the same engine and fail-closed rules as the upload guard. A cleaned copy
 * is built from the plan as a Blob (original slices + rewritten bytes) and saved through an
 * object URL; a refused file is never offered for saving.
 */
import { cleanFile } from '../../metadata/clean-file.ts';
import { blobFromPlan, blobSource } from '../../upload/blob-source.ts';
import { byId, h, replace } from '../dom.ts';
import { veilMark } from '../icon.ts';
import { t } from '../i18n/runtime.ts';
import { startPage } from '../page.ts';
import { filesFromDrop, worthCleaning } from '../../upload/dropped-entries.ts';
import { cleanName, resultRow, type Cleaned } from './result.ts';

export async function startCleaner(): Promise<void> {
  await startPage('cleanTitle');
  byId('brand').prepend(veilMark());
  const results = byId<HTMLUListElement>('results');
  const progress = byId('progress');
  const saveAll = byId<HTMLButtonElement>('save-all');
  const done: Cleaned[] = [];

  const run = async (files: readonly File[]) => {
    for (const file of files.filter(worthCleaning)) {
      progress.textContent = `${t('working')} ${file.name}`;
      const result = await cleanFile(blobSource(file));
      const blob = result.ok ? blobFromPlan(file, result.plan, result.mime) : null;
      const item = { name: file.name, result, blob };
      done.push(item);
      results.appendChild(resultRow(item, save));
    }
    progress.textContent = '';
    byId('results-section').hidden = done.length === 0;
    saveAll.hidden = done.filter((d) => d.blob).length < 2;
  };

  for (const id of ['pick-files', 'pick-folder']) {
    const input = byId<HTMLInputElement>(id);
    input.addEventListener('change', () => {
      void run([...(input.files ?? [])]).finally(() => (input.value = ''));
    });
  }
  const zone = byId('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then(run);
  });
  // A file dropped outside the zone must not make the browser open it (and leave the page).
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  saveAll.addEventListener('click', () => done.forEach((item) => item.blob && save(item)));
  byId('clear').addEventListener('click', () => {
    done.length = 0;
    replace(results);
    byId('results-section').hidden = true;
  });
  document.body.dataset.ready = 'true';
}

function save(item: Cleaned): void {
  if (!item.blob) return;
  const url = URL.createObjectURL(item.blob);
  const link = h('a', { href: url, download: cleanName(item.name), hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download, then the memory is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
