/**
 * Payment destinations that are not bank accounts: $cashtags, paypal.me / monzo.me / revolut.me
 * links, and a handle or email right after a payment app's name ("venmo @x", "Zelle to x@y").
 * These matter because the payer usually sees the account holder's legal name (SAFETY-TOPICS D1).
 */
import { findLinks } from '../links.ts';
import type { Candidate } from '../types.ts';
import { canonicalEmail } from './email.ts';

const CASHTAG = /(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,19}\b/g;
const CURRENCY_CODES = new Set(['usd', 'aud', 'cad', 'nzd', 'hkd', 'sgd', 'mxn', 'us', 'au', 'ca']);
const PAY_LINK =
  /\b(?:https?:\/\/)?(?:www\.)?(?:paypal\.me|paypal\.com\/paypalme|monzo\.me|revolut\.me|venmo\.com(?:\/u)?|cash\.app|wise\.com\/pay\/me|ko-fi\.com|buymeacoffee\.com|throne\.com|paypal\.com\/pools\/c)\/[\w.$-]+/gi;
const APP_CUE =
  /\b(venmo|revolut|wise|cash ?app|chime|zelle|paypal|pay ?pal|monzo|skrill|bizum|interac|e-?transfer|payid|lydia|twint|mobilepay|vipps|swish|apple pay|google pay)\b/gi;
/** A verb between the app and the address means the address is for something else. */
const OTHER_USE =
  /\b(e-?mail|mail|message|msg|text|dm|contact|write|snap|insta|reach|not|n't|no)\b|[.!?\n]/i;
const TARGET = /@[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|\$[A-Za-z][\w-]+/g;

export function detectPaymentHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, score: number, value: string) => {
    if (!out.some((c) => c.start < end && start < c.end))
      out.push({ category: 'payment_handle', start, end, score, value });
  };
  for (const m of text.matchAll(PAY_LINK))
    add(m.index, m.index + m[0].length, 0.9, m[0].toLowerCase());
  for (const m of text.matchAll(CASHTAG)) {
    if (CURRENCY_CODES.has(m[0].slice(1).toLowerCase())) continue;
    add(m.index, m.index + m[0].length, 0.85, m[0].slice(1).toLowerCase());
  }
  const emails = findLinks(text).filter((l) => l.type === 'email');
  for (const cue of text.matchAll(APP_CUE)) {
    const from = cue.index + cue[0].length;
    const windowEnd = Math.min(text.length, from + 40);
    for (const email of emails) {
      if (email.start < from || email.start > windowEnd) continue;
      if (OTHER_USE.test(text.slice(from, email.start))) continue;
      add(email.start, email.end, 0.85, canonicalEmail(email.value));
    }
    const window = text.slice(from, windowEnd);
    for (const t of window.matchAll(TARGET)) {
      const start = from + t.index;
      if (OTHER_USE.test(text.slice(from, start))) continue;
      if (emails.some((e) => e.start <= start && e.end > start)) continue;
      add(start, start + t[0].length, 0.8, t[0].slice(1).toLowerCase());
      break;
    }
  }
  return out;
}
