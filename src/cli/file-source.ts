/**
 * Files on disk as a ByteSource, and an OutputPlan streamed to disk: the CLI's side of the
 * streaming contract in `src/metadata/source.ts`. A multi-gigabyte video is copied 4 MiB at a time,
 * never read whole.
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import type { ByteSource, OutputPlan } from '../metadata/source.ts';

const COPY_BUFFER_BYTES = 1024 * 1024;

export async function openFileSource(
  path: string,
): Promise<{ source: ByteSource; close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return { source: fileHandleSource(handle, size), close: () => handle.close() };
}

/** A file-backed source can also read into a caller's buffer, so copies reuse one buffer. */
export interface FileByteSource extends ByteSource {
  readInto(offset: number, target: Uint8Array, length: number): Promise<void>;
}

export function fileHandleSource(handle: FileHandle, size: number): FileByteSource {
  const readInto = async (offset: number, target: Uint8Array, length: number) => {
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(target, done, length - done, offset + done);
      if (bytesRead === 0) throw new RangeError('the file shrank while it was read');
      done += bytesRead;
    }
  };
  return {
    size,
    readInto,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new RangeError('read outside the file');
      }
      const out = new Uint8Array(length);
      await readInto(offset, out, length);
      return out;
    },
  };
}

/** Writes the plan to `path`; a partly written file is removed if anything fails. */
export async function writePlan(path: string, plan: OutputPlan, source: ByteSource): Promise<void> {
  const out = await open(path, 'w');
  let buffer: Uint8Array | undefined;
  try {
    for (const entry of plan) {
      if (entry.from === 'bytes') {
        await writeAll(out, entry.data);
        continue;
      }
      for (let done = 0; done < entry.length;) {
        const take = Math.min(COPY_BUFFER_BYTES, entry.length - done);
        if ('readInto' in source) {
          // One reused buffer: memory stays flat however large the video is.
          buffer ??= new Uint8Array(COPY_BUFFER_BYTES);
          await (source as FileByteSource).readInto(entry.offset + done, buffer, take);
          await writeAll(out, buffer.subarray(0, take));
        } else {
          await writeAll(out, await source.read(entry.offset + done, take));
        }
        done += take;
      }
    }
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}

async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  for (let done = 0; done < data.length;) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    done += bytesWritten;
  }
}
