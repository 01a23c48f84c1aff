/**
 * A File's identity that survives crossing between the page world and the content script's
 * world (each world has its own wrappers, so `WeakSet` identity does not carry over). Veil's
 * cleaned files have fresh names and times, so an original never shares a cleaned file's key.
 */
export interface FileLike {
  readonly name?: string;
  readonly size: number;
  readonly type: string;
  readonly lastModified?: number;
}

export function fileKey(file: FileLike): string {
  return [file.name ?? '', file.size, file.type, file.lastModified ?? 0].join('\u0000');
}

/** Keys of files Veil has cleaned, passed untouched, or the user chose to send as they are. */
export class VettedFiles {
  private readonly keys = new Set<string>();
  private static readonly LIMIT = 5000;

  add(file: FileLike): void {
    if (this.keys.size >= VettedFiles.LIMIT) this.keys.clear();
    this.keys.add(fileKey(file));
  }

  addKey(key: string): void {
    if (this.keys.size >= VettedFiles.LIMIT) this.keys.clear();
    this.keys.add(key);
  }

  has(file: FileLike): boolean {
    return this.keys.has(fileKey(file));
  }
}
