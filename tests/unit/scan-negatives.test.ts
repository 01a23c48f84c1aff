import { describe, expect, it } from 'vitest';
import { found } from './scan-helpers.ts';

/** Texts that look like they hold identifiers but do not (issue 5 hard negatives). */
const NEGATIVES = [
  '£120 for 30 mins, £180/hr, 300 roses overnight, $450 dinner date, 100€ la media hora',
  '5\'3", 160cm, 52kg, size 10, 32C, 36-25-37, shoe size 6, 28 years young',
  'Open 10am–midnight, Mon–Fri 9–5, weekends by appointment, 24/7 outcalls',
  'Touring Bristol 12/05–14/05 then Bath 15/05. Back in Leeds from the 20th',
  'Offer ends 31/12/2025. Booked you in for Sat 14/06 at 8pm. Verified 01/02/2024',
  'Working since 2014, 5 years on AW, 500+ reviews, 10,000 followers, top 1%',
  'Manchester city centre, Salford Quays and Trafford outcalls. Sydney CBD incalls.',
  '#ukescort #leeds #onlyfans 💋🔥 Find me on OnlyFans & Fansly, link in bio',
  'Tip menu: 15 flash, 50 toy, 99 spin, 200 private, 1tk = 1 sec',
  'Never post your reg plate, postcode, gym or kids’ school. Keep your sort code private!',
  'Nurse by day, naughty by night. Uni student, NHS discount 10%.',
  'Meet me at the hotel bar, I’ll text the room number. Parking at the back.',
];

describe('hard negatives', () => {
  it.each(NEGATIVES)('flags nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
