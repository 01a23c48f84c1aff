import { describe, expect, it } from 'vitest';
import { found } from './scan-helpers.ts';

describe('postcode', () => {
  it('finds full postcodes with distinctive shapes', () => {
    expect(found('door code at SW1A 1AA')).toEqual(['postcode: SW1A 1AA']);
    expect(found('Toronto K1A 0B1')).toEqual(['postcode: K1A 0B1']);
    expect(found('Eircode A65 F4E2 please')).toEqual(['postcode: A65 F4E2']);
  });

  it('needs context for numeric postcodes', () => {
    expect(found('ZIP 90210 outcalls')).toEqual(['postcode: 90210']);
    expect(found('Denver, CO 80202')).toEqual(['postcode: 80202']);
    expect(found('Studio: 8 Rue Oberkampf, 75011 Paris')).toContain('postcode: 75011');
    expect(found('Fitzroy VIC 3065')).toEqual(['postcode: 3065']);
    expect(found('10000 followers, 12345 likes, since 2015, 1500 roses')).toEqual([]);
  });

  it('does not flag outward codes or districts alone', () => {
    expect(found('Incalls in E8 and Dublin 2, outcalls to SK1')).toEqual([]);
  });
});

describe('street_address', () => {
  it('finds house numbers with streets in several languages', () => {
    expect(found('come to 9 Brook Terrace tonight')).toEqual(['street_address: 9 Brook Terrace']);
    expect(found('Apt 12, 400 N Clark St, Chicago')).toContain(
      'street_address: Apt 12, 400 N Clark St',
    );
    expect(found('Kastanienallee 7, Berlin')).toEqual(['street_address: Kastanienallee 7']);
    expect(found('en Avenida de la Paz 10, 1º B')).toEqual([
      'street_address: Avenida de la Paz 10, 1º B',
    ]);
    expect(found('au 15 boulevard Voltaire')).toEqual(['street_address: 15 boulevard Voltaire']);
    expect(found('lowercase too: 3 willow grove')).toEqual(['street_address: 3 willow grove']);
  });

  it('finds a flat number on its own but not flat rates or distances', () => {
    expect(found('ring flat 6 when here')).toEqual(['street_address: flat 6']);
    expect(found('Flat rate £150. My flat is 2 mins walk from town. 5 Mins Walk')).toEqual([]);
  });
});

describe('location_hint', () => {
  it('finds named places near the writer', () => {
    expect(found('2 mins from Bristol Temple Meads station')).toEqual([
      'location_hint: Bristol Temple Meads station',
    ]);
    expect(found('right behind the Arndale Centre')).toEqual(['location_hint: Arndale Centre']);
    expect(found('flat over the Costa on Church Lane')).toEqual([
      'location_hint: Costa on Church Lane',
    ]);
    expect(found('opposite Queen Elizabeth Hospital')).toEqual([
      'location_hint: Queen Elizabeth Hospital',
    ]);
    expect(
      found('a dos pasos del Mercado de la Boqueria'.replace('a dos pasos del', 'cerca del')),
    ).toEqual(['location_hint: Mercado de la Boqueria']);
  });

  it('leaves broad areas and touring cities alone', () => {
    expect(found('Outcalls to hotels in Mayfair, Canary Wharf & the City')).toEqual([]);
    expect(found('Leeds city centre incalls, up to 20 miles from Wakefield')).toEqual([]);
    expect(found('Touring Cardiff 3–5 May, Swansea after')).toEqual([]);
  });
});

describe('workplace_hint', () => {
  it('finds a role tied to a named employer or institution', () => {
    expect(found('day job: pharmacist at Boots in Headingley')).toEqual([
      'workplace_hint: pharmacist at Boots in Headingley',
    ]);
    expect(found('final year medic at Cardiff Uni lol')).toEqual([
      'workplace_hint: final year medic at Cardiff Uni',
    ]);
    expect(found('hairdresser at a salon in Ilkley')).toEqual([
      'workplace_hint: hairdresser at a salon in Ilkley',
    ]);
    expect(found('I work for Barclays on Park Row')).toEqual([
      'workplace_hint: I work for Barclays on Park Row',
    ]);
  });

  it('ignores roles without a findable employer', () => {
    expect(found('Nurse by day, teacher at heart, student for life. 10% off NHS staff')).toEqual(
      [],
    );
    expect(found('I work at night, worked for myself since 2019')).toEqual([]);
  });
});
