/**
 * What the cleaned video keeps, for the receipt: its streams, untouched, and the display
 * rotation in the video track's matrix (tkhd, ISO/IEC 14496-12 §8.3.2: {a b u, c d v, x y w},
 * a/b/c/d in 16.16 fixed point), which players need to show a phone clip upright.
 */
import { readFullBox } from '../boxes.ts';
import { describeKept as describeKeptParts } from '../../../receipt-lines.ts';
import type { ReceiptLine } from '../../../types.ts';
import { child, type TrackInfo } from './tracks.ts';

export function describeKept(moov: Uint8Array, tracks: readonly TrackInfo[]): ReceiptLine[] {
  const kept = tracks.filter((t) => t.keep);
  const lines: ReceiptLine[] = [];
  const video = kept.filter((t) => t.handler === 'vide').length;
  const audio = kept.filter((t) => t.handler === 'soun').length;
  const streams = [video ? 'video' : '', audio ? 'sound' : ''].filter(Boolean).join(' and ');
  lines.push({ category: 'other', text: `The ${streams}, unchanged` });
  const first = kept.find((t) => t.handler === 'vide');
  const value = first ? rotation(moov, first) : undefined;
  if (value) lines.push(...describeKeptParts([{ kind: 'orientation', value }]));
  return lines;
}

/** The EXIF orientation value matching a pure rotation matrix, if the matrix is one. */
function rotation(b: Uint8Array, track: TrackInfo): number | undefined {
  const tkhd = child(b, track.trak, 'tkhd');
  if (!tkhd) return undefined;
  const { version, bodyStart } = readFullBox(b, tkhd);
  const matrix = bodyStart + (version === 1 ? 32 : 20) + 16; // times, ID, duration, reserved...
  if (matrix + 20 > tkhd.end) return undefined;
  const fixed = (o: number) => new DataView(b.buffer, b.byteOffset + o, 4).getInt32(0) / 65536;
  const [a, bb, c, d] = [fixed(matrix), fixed(matrix + 4), fixed(matrix + 12), fixed(matrix + 16)];
  if (a === 0 && bb === 1 && c === -1 && d === 0) return 6;
  if (a === -1 && bb === 0 && c === 0 && d === -1) return 3;
  if (a === 0 && bb === -1 && c === 1 && d === 0) return 8;
  return undefined;
}
