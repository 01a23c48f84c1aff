/**
 * The four locales: every interface and tip message exists in each, placeholders match
 * English, and the committed public/_locales files are what scripts/build-locales.ts makes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { fill, placeholderNames, UI_LOCALES, uiLocaleFor } from '../../src/ui/i18n/index.ts';
import { messagesJson, TABLES, type ChromeMessage } from '../../src/ui/i18n/messages-json.ts';
import { maskTerm } from '../../src/settings/identity.ts';
import { patternMatches } from '../../src/ui/match.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

function committed(locale: string): Record<string, ChromeMessage> {
  const path = join(PROJECT_ROOT, 'public', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ChromeMessage>;
}

describe('locales', () => {
  const english = committed('en');

  it.each(UI_LOCALES)('%s: committed messages.json is up to date (npm run locales)', (locale) => {
    expect(committed(locale)).toEqual(messagesJson(locale));
  });

  it.each(UI_LOCALES)('%s: every key of English exists, non-empty, same placeholders', (locale) => {
    const messages = committed(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      const other = messages[key]!;
      expect(other.message.trim(), `${locale}:${key}`).not.toBe('');
      const names = (text: string) =>
        [...text.matchAll(/\$([A-Z0-9_]+)\$/g)].map((m) => m[1]).sort();
      expect(names(other.message), `${locale}:${key} placeholders`).toEqual(names(value.message));
      expect(other.placeholders, `${locale}:${key}`).toEqual(value.placeholders);
    }
  });

  it('translations are translations: most strings differ from English', () => {
    for (const locale of ['ro', 'pt', 'es'] as const) {
      const table = TABLES[locale];
      const same = Object.keys(en).filter(
        (key) => table[key as keyof typeof en] === en[key as keyof typeof en],
      );
      // Names and a few words ("Veil", "Link") are the same in every language.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(6);
    }
  });

  it('placeholders are filled in English order, whatever order a translation uses', () => {
    expect(placeholderNames('{a} and {b} and {a}')).toEqual(['a', 'b']);
    expect(fill('{a} of {b}', '{b} de {a}', ['1', '2'])).toBe('2 de 1');
    expect(uiLocaleFor('pt-BR')).toBe('pt');
    expect(uiLocaleFor('de')).toBe('en');
  });

  it('every English message is used somewhere (no stale strings to translate)', () => {
    const code = sourceFiles(['src', 'entrypoints'])
      .filter((path) => !path.includes(join('src', 'ui', 'i18n')))
      .concat(join(PROJECT_ROOT, 'wxt.config.ts'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    // Keys built at run time: `finding_${category}`, `rs_${part}`, `up_heldTitle_${media}`...
    const built = ['finding_', 'reason_', 'rs_', 'up_heldTitle_'];
    for (const prefix of built) expect(code, prefix).toContain(`\`${prefix}\${`);
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(/_(one|few|other)$/, '');
      const quoted = (k: string) =>
        [`'${k}'`, `"${k}"`, `__MSG_${k}__`].some((q) => code.includes(q));
      return !quoted(key) && !quoted(base) && !built.some((prefix) => key.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });

  it('plural messages come as _one, _few and _other in every locale', () => {
    const bases = new Set(
      Object.keys(en)
        .filter((key) => /_(one|few|other)$/.test(key))
        .map((key) => key.replace(/_(one|few|other)$/, '')),
    );
    expect(bases.size).toBeGreaterThan(5);
    for (const base of bases) {
      for (const form of ['one', 'few', 'other'])
        expect(Object.keys(en)).toContain(`${base}_${form}`);
    }
  });

  it('message names are valid for browser.i18n and $ is escaped', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});

function sourceFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|html)$/.test(name)) out.push(path);
    }
  };
  for (const dir of dirs) walk(join(PROJECT_ROOT, dir));
  return out;
}

describe('page helpers', () => {
  it('masks never-reveal entries without giving the length away', () => {
    expect(maskTerm('Jane Smith')).toBe('J••• S•••');
    expect(maskTerm('  Bartholomew ')).toBe('B•••');
  });

  it('matches content-script patterns like the browser does', () => {
    expect(patternMatches('*://*.onlyfans.com/*', 'https://onlyfans.com/my')).toBe(true);
    expect(patternMatches('*://*.onlyfans.com/*', 'https://www.onlyfans.com/')).toBe(true);
    expect(patternMatches('*://*.onlyfans.com/*', 'https://notonlyfans.com/')).toBe(false);
    expect(patternMatches('http://127.0.0.1/*', 'http://127.0.0.1:8080/page?x=1')).toBe(true);
    expect(patternMatches('https://a.example/*', 'http://a.example/')).toBe(false);
  });
});
