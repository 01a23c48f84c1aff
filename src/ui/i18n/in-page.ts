/**
 * The keys of the words said inside web pages and in receipts (upload dialog and notices, the
 * text guard's popover, receipt lines and summaries). English lives beside the code that says
 * them; each translation lives in in-page-<locale>.ts and is spread into that locale's table.
 */
import type { RECEIPT_EN } from '../../metadata/receipt-text.ts';
import type { FINDING_REASONS_EN, TEXT_GUARD_EN } from '../../text-guard/labels.ts';
import type { UPLOAD_EN } from '../../upload/ui/texts.ts';

export type InPageKey =
  | keyof typeof RECEIPT_EN
  | keyof typeof UPLOAD_EN
  | keyof typeof TEXT_GUARD_EN
  | keyof typeof FINDING_REASONS_EN;

export type InPageMessages = Record<InPageKey, string>;
