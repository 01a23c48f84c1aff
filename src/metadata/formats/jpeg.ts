/**
 * JPEG: lossless removal by segment surgery (METADATA.md §2.1).
 *
 *   FF D8 | APPn / COM / tables | SOFn | SOS + entropy data [| tables | SOS + data]* | FF D9
 *         | trailer: MPF images, gain maps, motion-photo MP4, Samsung SEFT...
 *
 *   jpeg/walk.ts          segment walker, finds the real EOI by walking the scans
 *   jpeg/app-segments.ts  what each APPn/COM is: kept (JFIF, ICC, Adobe, Orientation) or removed
 *   jpeg/icc.ts           ICC chunk reassembly and re-chunking
 *   jpeg/photoshop.ts     IPTC inside Photoshop resource blocks (receipt only)
 *   jpeg/trailer.ts       naming what followed the EOI (receipt only; all of it is removed)
 *   jpeg/strip.ts         the allow-list rebuild
 *   jpeg/verify.ts        the output re-walked against the allow-list
 */
import { startsWith } from '../bytes.ts';
import type { FormatHandler } from '../types.ts';
import { stripJpegSegments } from './jpeg/strip.ts';
import { verifyJpegOutput } from './jpeg/verify.ts';

export { stripJpegSegments } from './jpeg/strip.ts';
export { verifyJpegOutput } from './jpeg/verify.ts';
export { walkJpeg } from './jpeg/walk.ts';

export const jpegFormat: FormatHandler = {
  id: 'jpeg',
  label: 'JPEG',
  mime: 'image/jpeg',
  sniff: (head) => startsWith(head, 0, '\xff\xd8\xff'),
  strip: stripJpegSegments,
  verify: verifyJpegOutput,
};
