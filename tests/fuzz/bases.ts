/**
 * The files the fuzzer starts from: generated seeds carrying the marker in every metadata place
 * (photos from tests/helpers/seeds.ts, plus an MP4 and a MOV made here), and every file in the
 * shared corpus, read in place (never copied into the project).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sniff, sniffVideo } from '../../src/metadata/sniff.ts';
import { corpusFile, listCorpus } from '../helpers/corpus.ts';
import { makeSeeds, MARKER } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/tools.ts';

export interface Base {
  /** The seed name or the corpus path (for the report's own use: never printed with contents). */
  name: string;
  /** The format the bytes sniff as ('other' for files no cleaner claims). */
  format: string;
  bytes: Uint8Array;
  /** Whether the marker is hidden in its metadata (generated seeds only). */
  marker: boolean;
}

/** Corpus files over this size are left out: the bound in the issue is per file of <= 16 MB. */
const MAX_BASE_BYTES = 16 * 1024 * 1024;

export function formatOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64);
  const video = sniffVideo(head);
  if (video) return video.format;
  const sniffed = sniff(head);
  return sniffed.kind === 'supported' ? sniffed.handler.id : 'other';
}

export function loadBases(options: { corpus: boolean; format?: string }): Base[] {
  const seeds = [...makeSeeds(), ...makeVideoSeeds()].map((seed) => ({
    name: `seed.${seed.name}`,
    format: formatOf(seed.bytes),
    bytes: seed.bytes,
    marker: true,
  }));
  const corpus = options.corpus
    ? listCorpus()
        .filter((path) => statSync(corpusFile(path)).size <= MAX_BASE_BYTES)
        .map((path) => {
          const bytes = new Uint8Array(readFileSync(corpusFile(path)));
          return { name: path, format: formatOf(bytes), bytes, marker: false };
        })
    : [];
  const all = [...seeds, ...corpus];
  return options.format ? all.filter((base) => base.format === options.format) : all;
}

/** A tiny MP4 and MOV with the marker in udta/ilst, XMP and a location atom. */
export function makeVideoSeeds(): { name: string; bytes: Uint8Array }[] {
  const dir = tempDir('veil-fuzz-video-');
  return ['mp4', 'mov'].map((ext) => {
    const path = join(dir, `seed.${ext}`);
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
      ...['-i', 'testsrc=size=32x24:rate=5:duration=0.4', '-c:v', 'mpeg4'],
      ...['-metadata', `title=${MARKER}`, '-metadata', `comment=${MARKER}`],
      ...['-metadata', 'location=+51.5000-000.1200/', path],
    ]);
    execFileSync('exiftool', [
      ...['-q', '-q', '-m', '-overwrite_original'],
      ...[`-Artist=${MARKER}`, `-XMP-dc:Creator=${MARKER}`, path],
    ]);
    return { name: ext, bytes: new Uint8Array(readFileSync(path)) };
  });
}
