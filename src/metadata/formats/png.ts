// PLACEHOLDER: being written now; replaced before this lands.
import { fail } from '../errors.ts';
import type { FormatHandler } from '../types.ts';

export const pngFormat: FormatHandler = {
  id: 'png',
  label: 'PNG',
  mime: 'image/png',
  sniff: () => false,
  strip: () => fail('unsupported_format', 'not yet'),
  verify: () => fail('verification_failed', 'not yet'),
};
