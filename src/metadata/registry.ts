/**
 * Every format Veil cleans, in sniffing order. Adding a format is one file in `formats/`, one
 * line here, fixtures, and one row in the README's formats table.
 */
import { avifFormat, heifFormat } from './formats/isobmff/heif.ts';
import { gifFormat } from './formats/gif.ts';
import { jpegFormat } from './formats/jpeg.ts';
import { pngFormat } from './formats/png.ts';
import { webpFormat } from './formats/webp.ts';
import type { FormatHandler } from './types.ts';

export const FORMATS: readonly FormatHandler[] = [
  jpegFormat,
  pngFormat,
  webpFormat,
  gifFormat,
  avifFormat,
  heifFormat,
];

/** How many leading bytes `sniff` needs to decide. */
export const SNIFF_BYTES = 64;
