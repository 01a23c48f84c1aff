/**
 * A 2 GB video cleaned through a file handle, made cheaply: a real clip whose mdat is grown
 * with a sparse hole (ftruncate), so the disk holds a few kilobytes. The cleaner must read only
 * box headers and moov, and its memory must not grow with the file.
 */
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFile } from '../../../src/metadata/clean-file.ts';
import { fileHandleSource } from '../../../src/cli/file-source.ts';
import { tempDir } from '../../helpers/tools.ts';
import { CLIP_CODECS, CLIP_INPUTS, ffmpeg, growSparse } from './video-tools.ts';

const HOLE = 2 * 1024 * 1024 * 1024; // 2 GiB of mdat that is never written
const dir = tempDir('veil-video-big-');
const big = join(dir, 'big.mp4');

beforeAll(async () => {
  const small = join(dir, 'small.mp4');
  ffmpeg([...CLIP_INPUTS, ...CLIP_CODECS, '-metadata', 'location=+51.6320-001.1230/', small]);
  await growSparse(small, big, HOLE);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a 2 GB video', () => {
  it('is cleaned reading a tiny fraction of it, with memory far below its size', async () => {
    const handle = await open(big, 'r');
    try {
      const { size } = await handle.stat();
      expect(size).toBeGreaterThan(HOLE);
      const inner = fileHandleSource(handle, size);
      let bytesRead = 0;
      const source = {
        size,
        read: (offset: number, length: number) => {
          bytesRead += length;
          return inner.read(offset, length);
        },
      };
      const before = process.memoryUsage();
      const result = await cleanFile(source);
      const after = process.memoryUsage();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.outputSize).toBeGreaterThan(HOLE);
      expect(result.removed.map((l) => l.text)).toContain('Location (51.632, \u22121.123)');
      expect(bytesRead).toBeLessThan(256 * 1024);
      const growth = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
      expect(growth).toBeLessThan(32 * 1024 * 1024);
      // The plan copies the huge mdat as source slices, never as bytes in memory.
      const inMemory = result.plan.reduce(
        (n, e) => n + (e.from === 'bytes' ? e.data.length : 0),
        0,
      );
      expect(inMemory).toBeLessThan(64 * 1024);
    } finally {
      await handle.close();
    }
  });
});
