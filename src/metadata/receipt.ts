// PLACEHOLDER: being written now.
import type { FormatId, KeptPart, ReceiptLine, RemovedPart } from './types.ts';
export async function describeRemoved(
  removed: RemovedPart[],
  _format: FormatId,
): Promise<ReceiptLine[]> {
  return removed.map((r) => ({ category: 'other', text: r.kind }));
}
export function describeKept(kept: KeptPart[]): ReceiptLine[] {
  return kept.map((k) => ({ category: k.kind, text: k.kind }));
}
