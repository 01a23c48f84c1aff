/** searchTips: the popup's search box. */
import { describe, expect, it } from 'vitest';
import { searchTips } from '../../src/tips/index.ts';

const ids = (tips: readonly { id: string }[]) => tips.map((t) => t.id);

describe('searchTips', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(searchTips('', 'en')).toEqual([]);
    expect(searchTips('   ', 'en')).toEqual([]);
    expect(searchTips('?!', 'en')).toEqual([]);
  });

  it('ranks title matches first', () => {
    const results = searchTips('tattoo', 'en');
    expect(results[0]!.id).toBe('photo-tattoos-and-marks');
    expect(ids(results)).toContain('photo-veil-cleans-file-not-picture');
  });

  it('matches word prefixes, ignores case, and needs every word', () => {
    expect(ids(searchTips('PASSW', 'en'))).toContain('accounts-unique-passwords');
    const both = searchTips('revenge helpline', 'en');
    expect(both[0]!.id).toBe('uk-revenge-porn-helpline');
    expect(searchTips('revenge zebra', 'en')).toEqual([]);
  });

  it('finds tips by category label', () => {
    const results = searchTips('payments', 'en');
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(ids(results)).toContain('payments-bank-transfers');
  });

  it('finds organisation names', () => {
    expect(ids(searchTips('ugly mugs', 'en'))).toEqual(
      expect.arrayContaining(['uk-national-ugly-mugs', 'intl-ireland', 'intl-netherlands']),
    );
    expect(ids(searchTips('stopncii', 'en')).slice(0, 2)).toContain(
      'threat-intimate-images-stopncii',
    );
  });

  it('searches the requested language, ignoring accents', () => {
    const pt = searchTips('tatuagem', 'pt');
    expect(pt[0]!.id).toBe('photo-tattoos-and-marks');
    expect(pt[0]!.locale).toBe('pt');
    expect(ids(searchTips('senha', 'pt-BR'))).toContain('accounts-unique-passwords');
    expect(ids(searchTips('contrasena', 'es'))).toContain('accounts-unique-passwords');
    expect(ids(searchTips('parola', 'ro'))).toContain('accounts-unique-passwords');
  });

  it('is deterministic', () => {
    expect(ids(searchTips('photo', 'en'))).toEqual(ids(searchTips('photo', 'en')));
  });
});
