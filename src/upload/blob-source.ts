/**
 * Reading a page's `File` from the content script. Bytes must sit in buffers this script owns:
 * in Firefox, typed arrays over a page-owned buffer throw on `slice()` (the Xray species
 * lookup, PLATFORMS-AND-INTERCEPTION.md §7), so such a buffer is copied. A buffer that is
 * already this world's own (Chromium's isolated world) is used as it is: copying a 5 MB photo
 * cost about 20 ms of the upload delay. Also the Blob-backed byte source for the streaming
 * cleaner: only the slices it asks for are read, never the whole video.
 */
export async function readBlob(
  blob: Blob,
  offset = 0,
  length = blob.size - offset,
): Promise<Uint8Array> {
  const end = Math.min(blob.size, offset + length);
  const buffer = await blob.slice(offset, end).arrayBuffer();
  if (Object.getPrototypeOf(buffer) === ArrayBuffer.prototype) return new Uint8Array(buffer);
  const owned = new Uint8Array(buffer.byteLength);
  owned.set(new Uint8Array(buffer));
  return owned;
}

export interface BlobByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function blobSource(blob: Blob): BlobByteSource {
  return {
    size: blob.size,
    async read(offset, length) {
      const bytes = await readBlob(blob, offset, length);
      if (bytes.length !== length) throw new RangeError('read past the end of the file');
      return bytes;
    },
  };
}

export type BlobPlanEntry =
  { from: 'source'; offset: number; length: number } | { from: 'bytes'; data: Uint8Array };

/** A cleaned file as a Blob of untouched slices of the original and rewritten bytes. */
export function blobFromPlan(source: Blob, plan: readonly BlobPlanEntry[], type: string): Blob {
  const parts: BlobPart[] = plan.map((entry) =>
    entry.from === 'source'
      ? source.slice(entry.offset, entry.offset + entry.length)
      : (entry.data as Uint8Array<ArrayBuffer>),
  );
  return new Blob(parts, { type });
}
