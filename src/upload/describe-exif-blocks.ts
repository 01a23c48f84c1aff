/**
 * The background half of upload receipts: EXIF blocks removed in a page, described with exifr
 * ("Location (51.507, −0.128)", "Phone: Apple iPhone 13 Pro"). The blocks are never stored or
 * logged; only the lines go back to the page that removed them.
 */
import { fromBase64, MAX_REPLY_LINES } from '../messaging/exif-blocks.ts';
import { dedupe, GENERIC_EXIF } from '../metadata/receipt-lines.ts';
import { describeExif } from '../metadata/receipt-exif.ts';
import type { ReceiptLine } from '../metadata/types.ts';

export async function describeExifBlocks(blocks: readonly string[]): Promise<ReceiptLine[]> {
  const lines: ReceiptLine[] = [];
  for (const block of blocks) {
    let tiff: Uint8Array;
    try {
      tiff = fromBase64(block);
    } catch {
      lines.push(GENERIC_EXIF);
      continue;
    }
    lines.push(...(await describeExif(tiff)));
  }
  return dedupe(lines).slice(0, MAX_REPLY_LINES);
}
