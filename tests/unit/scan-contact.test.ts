import { describe, expect, it } from 'vitest';
import { found } from './scan-helpers.ts';

describe('phone', () => {
  it('finds national and international numbers in several countries', () => {
    expect(found('Call 07911 123456 or the landline 020 7946 0321')).toEqual([
      'phone: 07911 123456',
      'phone: 020 7946 0321',
    ]);
    expect(found('Mob: +1 (917) 555-0123, NYC')).toEqual(['phone: +1 (917) 555-0123']);
    expect(found('Ph 0412 345 678 Bondi', { defaultRegion: 'AU' })).toEqual([
      'phone: 0412 345 678',
    ]);
    expect(found('tel 0034 699 123 456')).toEqual(['phone: 0034 699 123 456']);
    expect(found('Handy 0151 23456789 ab 10 Uhr')).toEqual(['phone: 0151 23456789']);
  });

  it('finds disguised numbers as one span', () => {
    expect(found('txt me o79ll 2e4 567'.replace('2e4', '234'))).toEqual(['phone: o79ll 234 567']);
    expect(found('ring oh seven nine one one two three four five six seven')).toEqual([
      'phone: oh seven nine one one two three four five six seven',
    ]);
    expect(found('07911💋123💋456 x')).toEqual(['phone: 07911💋123💋456']);
    expect(found('07911 double three four five six seven')).toHaveLength(1);
  });

  it('splits a number from a following time', () => {
    expect(found('Text 07911 123456 10am till late')).toEqual(['phone: 07911 123456']);
  });

  it('leaves the work phone alone, however it is written', () => {
    const work = ['+44 7911 123456'];
    expect(found('Text 07911123456 or o79ll l23 456', { work })).toEqual([]);
    expect(found('Work: 07911 123456, personal: 07922 654321', { work })).toEqual([
      'phone: 07922 654321',
    ]);
  });
});

describe('email and url', () => {
  it('finds written and spelled-out emails', () => {
    expect(found('mail jo.b@example.net')).toEqual(['email: jo.b@example.net']);
    expect(found('jo dot b at example dot net')).toEqual(['email: jo dot b at example dot net']);
    expect(found('jo.b [at] example [dot] co [dot] uk')).toEqual([
      'email: jo.b [at] example [dot] co [dot] uk',
    ]);
    expect(found("I'm at www.example.com later")).toEqual(['url: www.example.com']);
  });

  it('finds links to specific pages but not bare platform names', () => {
    expect(found('wishlist: amazon.com/hz/wishlist/ls/ABC123')).toEqual([
      'url: amazon.com/hz/wishlist/ls/ABC123',
    ]);
    expect(found('Find me on OnlyFans and Fansly, onlyfans.com too')).toEqual([]);
    expect(found('my old insta https://instagram.com/jo.b_99')).toEqual([
      'url: https://instagram.com/jo.b_99',
    ]);
  });

  it('leaves work emails and links alone, also spelled out', () => {
    const work = ['jo.bookings@example.org', 'fansly.com/jobee'];
    expect(found('jo.bookings (at) example.org or fansly.com/jobee', { work })).toEqual([]);
  });
});

describe('social and payment handles', () => {
  it('finds handles after platform names', () => {
    expect(found('snap: jojo_b22 and IG @jo.bee')).toEqual([
      'social_handle: jojo_b22',
      'social_handle: @jo.bee',
    ]);
    expect(found('add me on kik: spicyjo')).toEqual(['social_handle: spicyjo']);
    expect(found('reddit u/jobee_x')).toEqual(['social_handle: u/jobee_x']);
  });

  it('ignores everyday words after platform names', () => {
    expect(
      found('Not on Snapchat, snap only for fakes. Signal preferred, whatsapp available'),
    ).toEqual([]);
  });

  it('finds payment destinations and prefers them over email', () => {
    expect(found('$JoBee22 or venmo @jo-bee, paypal.me/jobee')).toEqual([
      'payment_handle: $JoBee22',
      'payment_handle: @jo-bee',
      'payment_handle: paypal.me/jobee',
    ]);
    expect(found('PayPal: jo.b@example.com')).toEqual(['payment_handle: jo.b@example.com']);
    expect(found("PayPal's broken so email me jo.b@example.com")).toEqual([
      'email: jo.b@example.com',
    ]);
    expect(found('$300 deposit, $50/min')).toEqual([]);
  });
});
