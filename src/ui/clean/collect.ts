/**
 * Files from the picker or a drop, folders included: a dropped directory is walked with the
 * entries API (webkitGetAsEntry), bounded so a huge tree cannot hang the page.
 */
const MAX_FILES = 500;

export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return [...data.files];
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) =>
      (entry as FileSystemFileEntry).file(resolve, () => resolve(null)),
    );
    if (file) out.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the listing in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, out);
  }
}

/** Skip the hidden files folders carry (.DS_Store, Thumbs.db, desktop.ini). */
export function worthCleaning(file: File): boolean {
  return !/^(\.|thumbs\.db$|desktop\.ini$)/i.test(file.name);
}
