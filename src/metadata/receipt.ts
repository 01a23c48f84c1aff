/**
 * The receipt with EXIF blocks described in detail by exifr (receipt-exif.ts): what the CLI,
 * the manual cleaner and the tests use. The pure parts live in receipt-lines.ts.
 */
import { describeRemovedWith } from './receipt-lines.ts';
import { describeExif } from './receipt-exif.ts';
import type { ReceiptLine, RemovedPart } from './types.ts';

export { describeKept, summarizeRemoved } from './receipt-lines.ts';

export function describeRemoved(removed: readonly RemovedPart[]): Promise<ReceiptLine[]> {
  return describeRemovedWith(removed, describeExif);
}
