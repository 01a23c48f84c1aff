// PLACEHOLDER: being written now; replaced before this lands.
import { fail } from '../../errors.ts';
import type { FormatHandler } from '../../types.ts';

export const heifFormat: FormatHandler = {
  id: 'heif',
  label: 'HEIC',
  mime: 'image/heic',
  sniff: () => false,
  strip: () => fail('unsupported_format', 'not yet'),
  verify: () => fail('verification_failed', 'not yet'),
};
export const avifFormat: FormatHandler = {
  ...heifFormat,
  id: 'avif',
  label: 'AVIF',
  mime: 'image/avif',
};
