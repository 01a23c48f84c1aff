/**
 * Files from a drop, folders included: a dropped directory is walked with the entries API
 * (webkitGetAsEntry), bounded so a huge tree cannot hang the page. The entries must be taken
 * while the drop event is being dispatched (the data store closes after it); walking them can
 * happen later.
 */
export const MAX_DROPPED_FILES = 500;

/** The drop's entries, or null when it carries no folder (then `data.files` is the whole drop). */
function folderEntriesOf(data: DataTransfer): FileSystemEntry[] | null {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  return entries.some((e) => e.isDirectory) ? entries : null;
}

/**
 * The files of a drop, a dropped folder's files included. Call it while the drop event is being
 * dispatched: the entries are taken at once, the folders walked afterwards.
 */
export function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = folderEntriesOf(data);
  return entries ? filesUnder(entries) : Promise.resolve(Array.from(data.files));
}

/** Every file under `entries`, folders walked depth first, at most `MAX_DROPPED_FILES`. */
async function filesUnder(entries: readonly FileSystemEntry[]): Promise<File[]> {
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (out.length >= MAX_DROPPED_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) =>
      (entry as FileSystemFileEntry).file(resolve, () => resolve(null)),
    );
    if (file && out.length < MAX_DROPPED_FILES) out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the listing in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0 || out.length >= MAX_DROPPED_FILES) return;
    for (const child of batch) await walk(child, out);
  }
}

/** Skip the hidden files folders carry (.DS_Store, Thumbs.db, desktop.ini). */
export function worthCleaning(file: File): boolean {
  return !/^(\.|thumbs\.db$|desktop\.ini$)/i.test(file.name);
}
