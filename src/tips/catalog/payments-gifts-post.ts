/** D. Payments, gifts and post (SAFETY-TOPICS.md §3 D). */
import type { TipMeta } from '../schema.ts';

export const PAYMENTS_GIFTS_POST = [
  {
    id: 'payments-apps-show-legal-name',
    category: 'payments-gifts-post',
    contexts: ['text:payment_handle', 'page:payments'],
    sources: ['GRANDMODELS', 'YNOT-PAY', 'VENMO'],
    priority: 5,
  },
  {
    id: 'payments-off-platform-risks',
    category: 'payments-gifts-post',
    contexts: ['text:payment_handle', 'page:payments', 'site:fanvue'],
    sources: ['YNOT-PAY', 'SIFTED', 'FANVUE-COMPLY'],
    priority: 5,
  },
  {
    id: 'payments-bank-transfers',
    category: 'payments-gifts-post',
    contexts: ['text:bank_detail', 'page:payments'],
    sources: ['NAKEDPOST', 'MANGAL'],
    priority: 4,
  },
  {
    id: 'payments-wishlists-and-post',
    category: 'payments-gifts-post',
    contexts: ['text:url', 'site:throne', 'page:payments'],
    sources: ['BI-WISH', 'CB-PRIV', 'YNOT-BERRIE', 'THRONE', 'SWOSH-BASICS'],
    priority: 4,
  },
  {
    id: 'payments-who-holds-your-id',
    category: 'payments-gifts-post',
    contexts: ['text:id_number', 'page:verification', 'page:signup'],
    sources: ['FANVUE-MOD', 'SWS-PRIV', 'TRYST-HIDE'],
    priority: 5,
  },
] as const satisfies readonly TipMeta[];
