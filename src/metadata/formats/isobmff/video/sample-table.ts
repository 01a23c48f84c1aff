/**
 * Where a track's samples are in the file, from its sample table (ISO/IEC 14496-12 §8.7):
 *
 *   stco / co64  chunk_offset[entry_count]            (§8.7.5, absolute file offsets)
 *   stsc         {first_chunk, samples_per_chunk, sample_description_index}[]   (§8.7.4)
 *   stsz         sample_size (0 = per-sample table), sample_count, entry_size[]  (§8.7.3.2)
 *   stz2         field_size 4/8/16, sample_count, packed entry_size[]            (§8.7.3.3)
 *
 * Chunks are contiguous runs of samples, so a chunk's byte range is its offset plus the sizes
 * of its samples. Every count is checked against the bytes that hold it before any loop runs.
 */
import { u16be, u32be, u64be, u8 } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import { readFullBox, type BoxHeader } from '../boxes.ts';

export interface ChunkOffsets {
  readonly box: BoxHeader;
  readonly is64: boolean;
  readonly offsets: Float64Array;
}

export function readChunkOffsets(b: Uint8Array, box: BoxHeader): ChunkOffsets {
  const is64 = box.type === 'co64';
  const { bodyStart } = readFullBox(b, box);
  const count = u32be(b, bodyStart, 'chunk count');
  const width = is64 ? 8 : 4;
  if (count > (box.end - bodyStart - 4) / width) {
    fail('malformed', 'a chunk offset table claims more entries than it holds');
  }
  const offsets = new Float64Array(count);
  for (let i = 0, at = bodyStart + 4; i < count; i++, at += width) {
    offsets[i] = is64 ? u64be(b, at, 'chunk offset') : u32be(b, at, 'chunk offset');
  }
  return { box, is64, offsets };
}

interface SampleSizes {
  readonly constant: number;
  readonly count: number;
  sizeAt(index: number): number;
}

function readSampleSizes(b: Uint8Array, box: BoxHeader): SampleSizes {
  const { bodyStart } = readFullBox(b, box);
  const room = box.end - bodyStart;
  if (box.type === 'stz2') {
    const fieldSize = u8(b, bodyStart + 3, 'sample size field');
    const count = u32be(b, bodyStart + 4, 'sample count');
    if (fieldSize !== 4 && fieldSize !== 8 && fieldSize !== 16) {
      fail('malformed', 'a compact sample size table has an impossible field size');
    }
    if (count > ((room - 8) * 8) / fieldSize) fail('malformed', 'sample count exceeds its table');
    const base = bodyStart + 8;
    const sizeAt = (i: number): number => {
      if (fieldSize === 16) return u16be(b, base + i * 2);
      if (fieldSize === 8) return u8(b, base + i);
      const byte = u8(b, base + (i >>> 1));
      return i % 2 === 0 ? byte >>> 4 : byte & 0x0f;
    };
    return { constant: 0, count, sizeAt };
  }
  const constant = u32be(b, bodyStart, 'sample size');
  const count = u32be(b, bodyStart + 4, 'sample count');
  if (constant === 0 && count > (room - 8) / 4) fail('malformed', 'sample count exceeds its table');
  return { constant, count, sizeAt: (i) => u32be(b, bodyStart + 8 + i * 4, 'sample size') };
}

/**
 * Byte length of every chunk. `minimal` is true when the sizes are only a lower bound: the
 * QuickTime convention of sample_size 1 for uncompressed sound (QTFF, "Sample Size Atoms"),
 * where one "sample" is an audio frame of several bytes.
 */
export function chunkLengths(
  b: Uint8Array,
  stsc: BoxHeader,
  sizes: BoxHeader,
  chunkCount: number,
): { lengths: Float64Array; minimal: boolean } {
  const table = readSampleSizes(b, sizes);
  const { bodyStart } = readFullBox(b, stsc);
  const entries = u32be(b, bodyStart, 'sample-to-chunk count');
  if (entries > (stsc.end - bodyStart - 4) / 12) {
    fail('malformed', 'a sample-to-chunk table claims more entries than it holds');
  }
  const lengths = new Float64Array(chunkCount);
  let sample = 0;
  let previousFirst = 0;
  for (let e = 0; e < entries; e++) {
    const at = bodyStart + 4 + e * 12;
    const first = u32be(b, at, 'first chunk');
    const perChunk = u32be(b, at + 4, 'samples per chunk');
    if (first <= previousFirst) fail('malformed', 'the sample-to-chunk table is out of order');
    previousFirst = first;
    const next = e + 1 < entries ? u32be(b, at + 12, 'first chunk') : chunkCount + 1;
    const last = Math.min(next - 1, chunkCount);
    for (let chunk = first; chunk <= last; chunk++) {
      if (sample + perChunk > table.count) {
        fail('malformed', 'the sample table lists more samples than it sizes');
      }
      let length = 0;
      if (table.constant !== 0) length = perChunk * table.constant;
      else for (let s = 0; s < perChunk; s++) length += table.sizeAt(sample + s);
      lengths[chunk - 1] = length;
      sample += perChunk;
    }
  }
  return { lengths, minimal: table.constant === 1 };
}
