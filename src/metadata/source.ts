/**
 * Streaming input and output for files too large to hold in memory (videos of gigabytes).
 *
 *   ByteSource  --read(offset, length)-->  the few bytes a cleaner needs (box headers, moov)
 *   OutputPlan  = [ {from:'source', offset, length} | {from:'bytes', data} ... ]
 *
 * A cleaned file is described as untouched slices of the original plus rewritten bytes. The
 * browser glue turns a plan into `new Blob([...])` of `Blob.slice`s, the CLI streams it to a file;
 * neither ever holds the whole video. This module is pure: no Blob, no fs.
 */
import { fail } from './errors.ts';

export interface ByteSource {
  readonly size: number;
  /** Exactly `length` bytes at `offset`; callers never ask past `size`. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export type PlanEntry =
  { from: 'source'; offset: number; length: number } | { from: 'bytes'; data: Uint8Array };

export type OutputPlan = PlanEntry[];

/** A ByteSource over bytes already in memory (still images, tests). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    async read(offset, length) {
      checkRange(offset, length, bytes.length);
      return bytes.subarray(offset, offset + length);
    },
  };
}

/** Total length of the file a plan describes. */
export function planLength(plan: OutputPlan): number {
  let total = 0;
  for (const entry of plan) total += entry.from === 'source' ? entry.length : entry.data.length;
  return total;
}

/**
 * The cleaned file as a ByteSource, for the verification pass: reads are served from the plan's
 * rewritten bytes or forwarded to the original source, so verifying costs no extra copy.
 */
export function planSource(plan: OutputPlan, source: ByteSource): ByteSource {
  const starts: number[] = [];
  let size = 0;
  for (const entry of plan) {
    starts.push(size);
    size += entry.from === 'source' ? entry.length : entry.data.length;
  }
  return {
    size,
    async read(offset, length) {
      checkRange(offset, length, size);
      const out = new Uint8Array(length);
      let index = findEntry(starts, offset);
      let at = offset;
      while (at < offset + length && index < plan.length) {
        const entry = plan[index]!;
        const entryStart = starts[index]!;
        const entryLength = entry.from === 'source' ? entry.length : entry.data.length;
        const from = at - entryStart;
        const take = Math.min(entryLength - from, offset + length - at);
        if (take > 0) {
          const part =
            entry.from === 'source'
              ? await source.read(entry.offset + from, take)
              : entry.data.subarray(from, from + take);
          out.set(part, at - offset);
          at += take;
        }
        index++;
      }
      return out;
    },
  };
}

/** Appends a source slice, merging it with the previous one when they touch. */
export function pushSource(plan: OutputPlan, offset: number, length: number): void {
  if (length <= 0) return;
  const last = plan[plan.length - 1];
  if (last && last.from === 'source' && last.offset + last.length === offset) {
    last.length += length;
    return;
  }
  plan.push({ from: 'source', offset, length });
}

/** Zero bytes without allocating one buffer per run: views of a shared 1 MiB block. */
const ZERO_BLOCK = new Uint8Array(1024 * 1024);

export function pushZeros(plan: OutputPlan, length: number): void {
  for (let left = length; left > 0; left -= ZERO_BLOCK.length) {
    plan.push({ from: 'bytes', data: ZERO_BLOCK.subarray(0, Math.min(left, ZERO_BLOCK.length)) });
  }
}

function findEntry(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function checkRange(offset: number, length: number, size: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    fail('malformed', 'impossible read offset or length');
  }
  if (offset + length > size) fail('truncated', 'the file ends before a structure it declares');
}
