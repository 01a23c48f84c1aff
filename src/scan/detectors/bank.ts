/**
 * Bank details: IBANs (validated with mod-97), UK sort codes and account numbers, Australian BSBs,
 * US routing numbers (ABA checksum) and account numbers. Numbers other than IBANs need a label or
 * a neighbouring bank detail, so a bare 8-digit number is not a bank account.
 */
import { before } from '../context.ts';
import { abaValid, ibanValid } from '../checksums.ts';
import type { Candidate } from '../types.ts';

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const SORT_CODE = /(?<![\d-])\d{2}([- ])\d{2}\1\d{2}(?![\d-])/g;
const BSB = /(?<![\d-])\d{3}-?\d{3}(?![\d-])/g;
const NUMBERISH = /(?<![\d£$€.,])\d(?:[ -]?\d){5,16}(?![\d%])/g;
const SORT_CUE = /\b(sort ?code|s\/c|sc|bank|transfer|bacs|faster payment)\b[^.\n]{0,25}$/i;
const ACCOUNT_CUE =
  /\b(account|acc|acct|a\/c|account no\.?|account number|kontonummer|konto|cuenta|compte|conta|no\. de cuenta)\b\s*(?:no\.?|number|#|:)?\s*(?:is\s*)?[:#]?\s*$/i;
const ROUTING_CUE =
  /\b(routing|aba|rtn|transit|routing number|routing no\.?)\b\s*(?:no\.?|number|#|:)?\s*[:#]?\s*$/i;
const BSB_CUE = /\bbsb\b\s*(?:no\.?|number|#|:|is)?\s*[:#]?\s*$/i;
const TRANSFER_CUE =
  /\b(transfer|deposit|pay|bank|send|payment|überweisung|transferencia|virement|iban)\b/i;

export function detectBankDetails(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number) => {
    if (!out.some((c) => c.start < end && start < c.end))
      out.push({ category: 'bank_detail', start, end, score });
  };
  for (const m of text.matchAll(IBAN)) {
    if (ibanValid(m[0])) add(m.index, m.index + m[0].length, 0.95);
  }
  const sortCodes: Array<[number, number]> = [];
  for (const m of text.matchAll(SORT_CODE)) {
    const start = m.index;
    const end = start + m[0].length;
    const next =
      /^\s*,?\s*(?:(?:account|acc|acct|a\/c)\s*(?:no\.?|number)?\s*:?\s*)?(\d{8})\b/i.exec(
        text.slice(end, end + 30),
      );
    if (SORT_CUE.test(before(text, start, 40)) || next) {
      add(start, end, 0.85);
      sortCodes.push([start, end]);
      if (next?.[1]) {
        const accStart = end + (next.index ?? 0) + next[0].length - next[1].length;
        add(accStart, accStart + 8, 0.85);
      }
    }
  }
  for (const m of text.matchAll(BSB)) {
    if (BSB_CUE.test(before(text, m.index, 12))) add(m.index, m.index + m[0].length, 0.9);
  }
  for (const m of text.matchAll(NUMBERISH)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[0].replace(/\D/g, '');
    const head = before(text, start, 30);
    if (ROUTING_CUE.test(head) && abaValid(digits)) add(start, end, 0.9);
    else if (ACCOUNT_CUE.test(head) && digits.length >= 6 && digits.length <= 17) {
      add(start, end, TRANSFER_CUE.test(before(text, start, 80)) || out.length > 0 ? 0.85 : 0.6);
    }
  }
  return out;
}
