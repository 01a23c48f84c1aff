/**
 * What each track is, and whether it survives. The allow-list is the decoders' own: a track is
 * kept when its media handler (ISO/IEC 14496-12 §8.4.3) is 'vide' or 'soun'. Everything else is
 * timed metadata or text that no player needs to show the clip and that can hold location or
 * faces: Apple 'mebx' (face rectangles, location), GoPro 'gpmd' (GPMF GPS), Google 'camm',
 * 'tmcd' timecode (the wall-clock time of recording), text, subtitles, chapters and hint tracks.
 *
 *   trak > tkhd (track_ID)  mdia > hdlr (handler_type)  minf > stbl > stsd stsc stsz|stz2 stco|co64
 */
import { ascii, u32be } from '../../../bytes.ts';
import { fail } from '../../../errors.ts';
import { readBoxHeader, readChildren, readFullBox, type BoxHeader } from '../boxes.ts';
import { chunkLengths, readChunkOffsets, type ChunkOffsets } from './sample-table.ts';

export interface TrackInfo {
  readonly trak: BoxHeader;
  readonly id: number;
  readonly handler: string;
  /** The first sample entry's four-character code ('avc1', 'mp4a', 'mebx'...). */
  readonly format: string;
  readonly keep: boolean;
  /** For removed tracks, the receipt detail ('faces', 'gps', 'timecode', 'text'...). */
  readonly label: string | undefined;
  readonly chunks: ChunkOffsets | null;
  /** Byte length of each chunk; null when the track has no chunk offset table. */
  readonly lengths: Float64Array | null;
  /** True when lengths are a lower bound (QuickTime uncompressed sound). */
  readonly minimal: boolean;
}

const KEPT_HANDLERS = new Set(['vide', 'soun']);
const ENCRYPTED = new Set(['encv', 'enca', 'enct', 'encs', 'drms', 'drmi', 'drmt']);
const TEXT_FORMATS = new Set(['tx3g', 'text', 'wvtt', 'stpp', 'c608', 'c708', 'sbtt', 'stxt']);
const MAX_CHILDREN = 4096;

export function child(b: Uint8Array, box: BoxHeader, type: string): BoxHeader | undefined {
  return readChildren(b, box.contentStart, box.end, MAX_CHILDREN).find((c) => c.type === type);
}

export function inspectTrack(b: Uint8Array, trak: BoxHeader): TrackInfo {
  const tkhd = child(b, trak, 'tkhd') ?? fail('malformed', 'a track has no header');
  const full = readFullBox(b, tkhd);
  const id = u32be(b, full.bodyStart + (full.version === 1 ? 16 : 8), 'track ID');
  const mdia = child(b, trak, 'mdia') ?? fail('malformed', 'a track has no media box');
  const hdlr = child(b, mdia, 'hdlr') ?? fail('malformed', 'a track has no handler');
  const handler = ascii(b, readFullBox(b, hdlr).bodyStart + 4, 4, 'handler type');
  const minf = child(b, mdia, 'minf');
  const stbl = minf ? child(b, minf, 'stbl') : undefined;
  const tables = stbl ? readChildren(b, stbl.contentStart, stbl.end, MAX_CHILDREN) : [];
  const find = (...types: string[]) => tables.find((t) => types.includes(t.type));
  const stsd = find('stsd');
  const format = stsd ? firstEntryType(b, stsd) : '';
  if (ENCRYPTED.has(format) || tables.some((t) => t.type === 'saio')) {
    fail('unsupported_variant', 'encrypted (DRM-protected) videos cannot be cleaned');
  }
  const keep = KEPT_HANDLERS.has(handler);
  const offsetsBox = find('stco', 'co64');
  const chunks = offsetsBox ? readChunkOffsets(b, offsetsBox) : null;
  let lengths: Float64Array | null = null;
  let minimal = false;
  if (chunks && chunks.offsets.length > 0) {
    const stsc =
      find('stsc') ?? fail('malformed', 'a track has chunks but no sample-to-chunk table');
    const sizes =
      find('stsz', 'stz2') ?? fail('malformed', 'a track has chunks but no sample sizes');
    ({ lengths, minimal } = chunkLengths(b, stsc, sizes, chunks.offsets.length));
    minimal &&= handler === 'soun';
  }
  const label = keep ? undefined : labelFor(b, handler, format, stsd);
  return { trak, id, handler, format, keep, label, chunks, lengths, minimal };
}

function firstEntryType(b: Uint8Array, stsd: BoxHeader): string {
  const { bodyStart } = readFullBox(b, stsd);
  if (u32be(b, bodyStart, 'sample description count') === 0 || bodyStart + 4 >= stsd.end) return '';
  return readBoxHeader(b, bodyStart + 4, stsd.end).type;
}

function labelFor(
  b: Uint8Array,
  handler: string,
  format: string,
  stsd: BoxHeader | undefined,
): string | undefined {
  if (format === 'mebx' && stsd) {
    const keys = ascii(b, stsd.start, Math.min(stsd.end - stsd.start, 64 * 1024));
    if (keys.includes('detected-face')) return 'faces';
    if (keys.includes('location')) return 'gps';
    return undefined;
  }
  if (format === 'gpmd' || format === 'camm') return 'sensors';
  if (format === 'tmcd' || handler === 'tmcd') return 'timecode';
  if (handler === 'hint') return 'hint';
  if (['text', 'sbtl', 'subt', 'clcp'].includes(handler) || TEXT_FORMATS.has(format)) return 'text';
  return undefined;
}
