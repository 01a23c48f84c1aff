import { describe, expect, it } from 'vitest';
import { found } from './scan-helpers.ts';
import { hashPersonalTerms, scanText } from '../../src/scan/index.ts';
import { HmacSha256, sha256, toHex } from '../../src/scan/identity/sha256.ts';

const enc = new TextEncoder();

describe('sha256 and HMAC', () => {
  it('matches the FIPS 180-4 and RFC 4231 test vectors', () => {
    expect(toHex(sha256(enc.encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha256(enc.encode('a'.repeat(1000))))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
    const key = new Uint8Array(20).fill(0x0b);
    expect(toHex(new HmacSha256(key).digest('Hi There'))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });
});

describe('never-reveal list', () => {
  const personal = [
    'Kirsty Anne Fairbairn',
    'Hebburn',
    'Bath',
    'Poppy',
    '@kirsty.f',
    'NU21 KRF',
    "St Aidan's Primary",
  ];

  it('matches after case, accents, spacing, punctuation and leetspeak changes', () => {
    expect(found('from HEBBURN originally, h3bburn lol', { personal })).toEqual([
      'personal_term: HEBBURN',
      'personal_term: h3bburn',
    ]);
    expect(found('plate NU21KRF, old insta kirsty.f', { personal })).toEqual([
      'personal_term: NU21KRF',
      'personal_term: kirsty.f',
    ]);
    expect(found('pickup at st aidans primary', { personal })).toEqual([
      'personal_term: st aidans primary',
    ]);
  });

  it('matches distinctive parts and near misspellings of long entries', () => {
    expect(found('the Fairbairn side of the family', { personal })).toEqual([
      'personal_term: Fairbairn',
    ]);
    expect(found('Kirsty Anne here', { personal })).toEqual(['personal_term: Kirsty Anne']);
    expect(found('fairbarn', { personal })).toEqual(['personal_term: fairbarn']);
    expect(found('Anne Summers and St Aidan', { personal })).toEqual([]);
  });

  it('needs a capital letter for entries that are everyday words', () => {
    expect(found('bubble bath and poppy red nails', { personal })).toEqual([]);
    expect(found('Poppy is off school, back to Bath tomorrow', { personal })).toEqual([
      'personal_term: Poppy',
      'personal_term: Bath',
    ]);
  });

  it('lets a larger identifier win over an entry inside it', () => {
    expect(found('mail kirsty.fairbairn@example.com', { personal })).toEqual([
      'email: kirsty.fairbairn@example.com',
    ]);
    expect(found('snap @kirsty.f', { personal })).toEqual(['personal_term: @kirsty.f']);
  });

  it('finds the same terms from keyed hashes as from the plain list', () => {
    const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
    const personalHashes = hashPersonalTerms(personal, key);
    const stored = JSON.stringify(personalHashes).toLowerCase();
    for (const term of ['fairbairn', 'hebburn', 'kirsty', 'nu21krf'])
      expect(stored).not.toContain(term);
    const text = 'Kirsty Anne from hebbrun, NU21 KRF, Poppy, bubble bath';
    expect(scanText(text, { personalHashes, personalKey: key })).toEqual(
      scanText(text, { personal }),
    );
    const otherKey = new Uint8Array(32).fill(9);
    const withOtherKey = scanText(text, { personalHashes, personalKey: otherKey });
    expect(withOtherKey.filter((f) => f.category === 'personal_term')).toEqual([]);
  });
});

describe('findings', () => {
  it('are sorted, non-overlapping and carry a severity and a plain reason', () => {
    const findings = scanText('Text 07911 123456, 14 Mill Lane, LS6 2AB, snap: kay_99');
    expect(findings.map((f) => f.category)).toEqual([
      'phone',
      'street_address',
      'postcode',
      'social_handle',
    ]);
    for (let i = 1; i < findings.length; i++)
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    expect(findings[0]!.reason).toMatch(/phone number that is not your work number/i);
    expect(findings[0]!.severity).toBe('high');
  });
});
