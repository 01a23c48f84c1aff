/** Files from the cleaner page's drop area, folders included (walked as the upload guard does). */
import { filesUnder, folderEntriesOf } from '../../upload/dropped-entries.ts';

export { worthCleaning } from '../../upload/dropped-entries.ts';

export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries = folderEntriesOf(data);
  return entries ? filesUnder(entries) : [...data.files];
}
