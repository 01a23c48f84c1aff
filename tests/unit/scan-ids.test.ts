import { describe, expect, it } from 'vitest';
import { found } from './scan-helpers.ts';
import {
  abaValid,
  dniValid,
  ibanValid,
  luhn,
  ppsValid,
  tfnValid,
} from '../../src/scan/checksums.ts';

describe('checksums', () => {
  it('accepts valid and rejects altered identifiers', () => {
    expect(ibanValid('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(ibanValid('GB29 NWBK 6016 1331 9268 18')).toBe(false);
    expect(luhn('130692544')).toBe(true);
    expect(luhn('130692545')).toBe(false);
    expect(abaValid('011000015')).toBe(true);
    expect(abaValid('011000016')).toBe(false);
    expect(tfnValid('876543210')).toBe(true);
    expect(tfnValid('876543211')).toBe(false);
    expect(dniValid('00000000T')).toBe(true);
    expect(dniValid('X0000000T')).toBe(true);
    expect(dniValid('00000000A')).toBe(false);
    expect(ppsValid('7654321Q')).toBe(ppsValid('7654321Q'));
  });
});

describe('date_of_birth', () => {
  it('needs birth context and a full date', () => {
    expect(found('DOB 14/09/1993')).toEqual(['date_of_birth: 14/09/1993']);
    expect(found('born on 9th of October 1995')).toEqual(['date_of_birth: 9th of October 1995']);
    expect(found('nacida el 3 de mayo de 1998')).toEqual(['date_of_birth: 3 de mayo de 1998']);
    expect(found('née le 12 mars 1994')).toEqual(['date_of_birth: 12 mars 1994']);
    expect(found('Birthday offer until 30/11/2025, booked 12/12/2025, born in 1995')).toEqual([]);
  });
});

describe('vehicle_reg', () => {
  it('finds plates, with context where the shape is common', () => {
    expect(found('look for my car, BD51 SMR')).toEqual(['vehicle_reg: BD51 SMR']);
    expect(found('grey Astra reg MA19 XYZ'.replace('MA19 XYZ', 'MA19 XYT'))).toEqual([
      'vehicle_reg: MA19 XYT',
    ]);
    expect(found('my rego is ABC12D')).toEqual(['vehicle_reg: ABC12D']);
    expect(found('152-D-4567 outside')).toEqual(['vehicle_reg: 152-D-4567']);
    expect(found('AB-123-CD sur le parking')).toEqual(['vehicle_reg: AB-123-CD']);
  });

  it('ignores sizes, codes and times', () => {
    expect(found('34DD, C2C 5 min, 4K video, 10PM start, size 8')).toEqual([]);
  });
});

describe('id_number', () => {
  it('finds IDs with checksums or labels', () => {
    expect(found('my SIN is 130 692 544')).toEqual(['id_number: 130 692 544']);
    expect(found('TFN 876 543 210')).toEqual(['id_number: 876 543 210']);
    expect(found('DNI 00000000T')).toEqual(['id_number: 00000000T']);
    expect(found('Passport no. 123456789')).toEqual(['id_number: 123456789']);
    expect(found('NI number: AB 12 34 56 C')).toEqual(['id_number: AB 12 34 56 C']);
    expect(found('SSN 078-05-1120')).toEqual(['id_number: 078-05-1120']);
  });

  it('does not read a Luhn-valid number as an ID without its label', () => {
    expect(found('ref 130 692 544')).toEqual([]);
  });
});

describe('bank_detail', () => {
  it('finds IBANs, sort code and account, BSB, routing', () => {
    expect(found('IBAN GB29 NWBK 6016 1331 9268 19 pls')).toEqual([
      'bank_detail: GB29 NWBK 6016 1331 9268 19',
    ]);
    expect(found('sort code 40-11-62, acc 31926819')).toEqual([
      'bank_detail: 40-11-62',
      'bank_detail: 31926819',
    ]);
    expect(found('BSB 082-902 account 123456')).toEqual([
      'bank_detail: 082-902',
      'bank_detail: 123456',
    ]);
    expect(found('routing 011000015 acct 9876543210')).toEqual([
      'bank_detail: 011000015',
      'bank_detail: 9876543210',
    ]);
  });

  it('ignores safety advice and invalid IBANs', () => {
    expect(found('Never give your sort code or account number to anyone')).toEqual([]);
    expect(found('GB29 NWBK 6016 1331 9268 18')).toEqual([]);
  });
});
