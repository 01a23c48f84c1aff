/**
 * Runs one input through `cleanImage` and judges the output with the independent tools:
 * exiftool must find nothing identifying, ImageMagick must decode the same pixels in every
 * frame, and the ICC profile must be byte-identical. Used by the PNG, GIF and WebP tests.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanImage } from '../../src/metadata/clean.ts';
import type { CleanResult } from '../../src/metadata/types.ts';
import { exiftool, identifyingTags, pixelHashes, tempDir, writeTemp } from './tools.ts';

/**
 * Structural tags that `identifyingTags` flags only because its name pattern contains "Depth"
 * (meant for depth maps): the bit depth of the pixels identifies no one.
 */
const STRUCTURAL = new Set(['PNG:BitDepth', 'GIF:ColorResolutionDepth']);

export interface Judgement {
  result: CleanResult;
  /** Only set for a successful clean. */
  outPath?: string;
  inPath: string;
  identifying: string[];
  /** Frames compared; 0 when ImageMagick cannot decode the original. */
  framesCompared: number;
  pixelsEqual: boolean;
  iccEqual: boolean;
}

export function iccProfile(path: string): Buffer {
  return execFileSync('exiftool', ['-icc_profile', '-b', path], { maxBuffer: 64 << 20 });
}

function safePixelHashes(path: string): string[] | null {
  try {
    const hashes = pixelHashes(path);
    return hashes.length > 0 ? hashes : null;
  } catch {
    return null;
  }
}

export async function cleanAndJudge(input: Uint8Array, name: string): Promise<Judgement> {
  const dir = tempDir('veil-raster-');
  const inPath = writeTemp(input, name, dir);
  const result = await cleanImage(input);
  const judgement: Judgement = {
    result,
    inPath,
    identifying: [],
    framesCompared: 0,
    pixelsEqual: true,
    iccEqual: true,
  };
  if (!result.ok) return judgement;
  const outPath = writeTemp(result.output, `clean-${name}`, dir);
  judgement.outPath = outPath;
  judgement.identifying = identifyingTags(exiftool(outPath)).filter((t) => !STRUCTURAL.has(t));
  const before = safePixelHashes(inPath);
  if (before) {
    const after = safePixelHashes(outPath) ?? [];
    judgement.framesCompared = before.length;
    judgement.pixelsEqual = before.join() === after.join();
  }
  judgement.iccEqual = iccProfile(inPath).equals(iccProfile(outPath));
  return judgement;
}

export function tempPath(name: string): string {
  return join(tempDir('veil-raster-'), name);
}
