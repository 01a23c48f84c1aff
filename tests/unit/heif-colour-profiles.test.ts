/**
 * Fuzz finding G: an iPhone HEIC whose ICC `colr` property is repeated inside `ipco` (so a kept
 * item ends up associated with two profiles) was cleaned with both profiles kept. HEIF allows
 * one colr of each kind per item (ISO/IEC 23008-12 §6.5.5); such a file is now refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanImage } from '../../src/metadata/clean.ts';
import { corpusFile } from '../helpers/corpus.ts';

interface Box {
  type: string;
  start: number;
  size: number;
  content: number;
}

function children(b: Buffer, start: number, end: number, fullBox = false): Box[] {
  const out: Box[] = [];
  for (let at = start + (fullBox ? 4 : 0); at + 8 <= end;) {
    const size = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    out.push({ type, start: at, size, content: at + 8 });
    at += size;
  }
  return out;
}

/** The file with the first ICC colr in ipco copied right after itself, container sizes fixed. */
function withRepeatedIcc(file: Buffer): Buffer {
  const meta = children(file, 0, file.length).find((x) => x.type === 'meta')!;
  const iprp = children(file, meta.content, meta.start + meta.size, true).find(
    (x) => x.type === 'iprp',
  )!;
  const ipco = children(file, iprp.content, iprp.start + iprp.size).find((x) => x.type === 'ipco')!;
  const colr = children(file, ipco.content, ipco.start + ipco.size).find(
    (x) => x.type === 'colr' && file.toString('latin1', x.content, x.content + 4) === 'prof',
  )!;
  const copy = file.subarray(colr.start, colr.start + colr.size);
  const end = colr.start + colr.size;
  const out = Buffer.concat([file.subarray(0, end), copy, file.subarray(end)]);
  for (const box of [meta, iprp, ipco]) out.writeUInt32BE(box.size + copy.length, box.start);
  return out;
}

describe('HEIF colour profiles', () => {
  it('refuses an image associated with two ICC profiles instead of keeping both', async () => {
    const original = readFileSync(corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC'));
    const result = await cleanImage(new Uint8Array(withRepeatedIcc(original)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.detail).toBe('an image declares two colour profiles');
  });

  it('still cleans the original with its one profile', async () => {
    const original = readFileSync(corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC'));
    const result = await cleanImage(new Uint8Array(original));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.kept.filter((l) => l.category === 'colour_profile')).toHaveLength(1);
  });
});
