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

/**
 * The plan for a cleaned image from the pieces its output was joined from: a view into `input`
 * (the bytes read from `source`) becomes a slice of the source, anything else stays as bytes.
 * Neighbouring views are merged. Returns null when the pieces do not add up to `size`.
 */
export function planFromParts(
  input: Uint8Array,
  parts: readonly Uint8Array[],
  size: number,
): BlobPlanEntry[] | null {
  const plan: BlobPlanEntry[] = [];
  let total = 0;
  for (const part of parts) {
    total += part.length;
    const offset = part.byteOffset - input.byteOffset;
    const view =
      part.buffer === input.buffer && offset >= 0 && offset + part.length <= input.length;
    const last = plan[plan.length - 1];
    if (!view) plan.push({ from: 'bytes', data: part });
    else if (last?.from === 'source' && last.offset + last.length === offset) {
      last.length += part.length;
    } else plan.push({ from: 'source', offset, length: part.length });
  }
  return total === size ? plan : null;
}

/** A cleaned file as a Blob of untouched slices of the original and rewritten bytes. */
export function blobFromPlan(source: Blob, plan: readonly BlobPlanEntry[], type: string): Blob {
  const parts: BlobPart[] = plan.map((entry) =>
    entry.from === 'source'
      ? source.slice(entry.offset, entry.offset + entry.length)
      : (entry.data as Uint8Array<ArrayBuffer>),
  );
  return new Blob(parts, { type });
}
