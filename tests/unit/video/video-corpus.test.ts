/**
 * Real phone and app videos from the shared corpus (read in place, never copied in): a Samsung
 * MP4 (©xyz, SDLN/smrd/smta, Keys), an iPhone MOV (Keys location and a per-frame face-detection
 * 'mebx' track), mat2's dirty.mp4 (HandBrake, iTunes tags) and ExifTool's QuickTime.mov (XMP,
 * thumbnails, every kind of user data).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoxHeader, readChildren } from '../../../src/metadata/formats/isobmff/boxes.ts';
import { inspectTrack } from '../../../src/metadata/formats/isobmff/video/tracks.ts';
import { corpusFile } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';
import { cleanPath, decodeErrors, duration, streamHash, videoLeaks } from './video-tools.ts';

const out = tempDir('veil-video-corpus-');

const CASES: Array<[string, string, string[]]> = [
  ['metadata-extractor-images/mp4__with-gps.mp4', 'mp4', ['Location (51.417, \u22120.081)', 'Software: Android 6.0.1', 'Recorded 22 February 2017, 08:20']],
  ['metadata-extractor-images/mov__with-gps.mov', 'mov', ['Location (32.093, 34.862)', 'Phone: Apple iPhone 6', 'Face-detection track']],
  ['mat2/dirty.mp4', 'mp4', ['Software: HandBrake 0.9.4 2009112300']],
  ['exiftool/QuickTime.mov', 'mov', ['XMP metadata', 'Embedded thumbnail']],
]; // prettier-ignore

describe('corpus videos', () => {
  it.each(CASES)('%s: cleaned, streams unchanged, nothing left', async (name, format, lines) => {
    const input = corpusFile(name);
    const { result, output } = await cleanPath(input, out);
    expect(result).toMatchObject({ ok: true, format });
    if (!result.ok || !output) return;
    expect(result.removed.map((l) => l.text)).toEqual(expect.arrayContaining(lines));
    expect(videoLeaks(output)).toEqual([]);
    expect(streamHash(output)).toBe(streamHash(input));
    expect(duration(output)).toBeCloseTo(duration(input), 2);
    if (!name.includes('QuickTime.mov')) expect(decodeErrors(output)).toBe(''); // no samples
  });

  it('zeroes the face-detection samples of the iPhone clip, not just their index', async () => {
    const input = readFileSync(corpusFile('metadata-extractor-images/mov__with-gps.mov'));
    const { output } = await cleanPath(corpusFile('metadata-extractor-images/mov__with-gps.mov'), out); // prettier-ignore
    const cleaned = readFileSync(output!);
    const chunks = metadataChunks(input);
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    for (const chunk of chunks) {
      expect(chunk.some((x) => x !== 0)).toBe(true);
      expect(cleaned.indexOf(chunk)).toBe(-1);
    }
  });

  it('keeps the rotation of the iPhone clip and says so', async () => {
    const { result } = await cleanPath(corpusFile('metadata-extractor-images/mov__with-gps.mov'), out); // prettier-ignore
    expect(result.ok && result.kept.map((l) => l.text)).toContain('Orientation (rotated 90°)');
  });
});

/** The bytes of every chunk of the input's timed-metadata tracks that is long enough to search. */
function metadataChunks(file: Uint8Array): Uint8Array[] {
  const top = readChildren(file, 0, file.length);
  const moov = top.find((b) => b.type === 'moov')!;
  const chunks: Uint8Array[] = [];
  for (const trak of readChildren(file, moov.contentStart, moov.end)) {
    if (trak.type !== 'trak') continue;
    const track = inspectTrack(file, readBoxHeader(file, trak.start, moov.end));
    if (track.keep || !track.chunks || !track.lengths) continue;
    track.chunks.offsets.forEach((offset, i) => {
      const length = track.lengths![i]!;
      if (length >= 24) chunks.push(file.subarray(offset, offset + length));
    });
  }
  return chunks;
}
