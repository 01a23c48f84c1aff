/** Tip data: schema, sources, translations and the coverage the popup relies on. */
import { describe, expect, it } from 'vitest';
import { CATEGORIES as SCAN_CATEGORIES } from '../../src/scan/types.ts';
import { PLATFORMS } from '../../src/sites/index.ts';
import {
  CATALOG,
  FINDING_CATEGORIES,
  LOCALES,
  LOCALE_TEXTS,
  MAX_BODY_WORDS,
  SOURCES,
  TIP_CATEGORIES,
  countWords,
  getTips,
  tipSchema,
  tipMessages,
  tipSources,
  validateTips,
  type TipData,
  type TipMeta,
} from '../../src/tips/index.ts';

const DATA: TipData = { catalog: CATALOG, locales: LOCALE_TEXTS, sources: SOURCES };

describe('tip data', () => {
  it('passes validateTips() with no issues', () => {
    const { ok, issues } = validateTips();
    expect(issues).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(LOCALES)('every %s tip parses against the full tip schema', (locale) => {
    for (const tip of getTips(locale)) {
      expect(tip.locale, tip.id).toBe(locale);
      expect(() => tipSchema.parse(tip), tip.id).not.toThrow();
      expect(countWords(tip.body), tip.id).toBeLessThanOrEqual(MAX_BODY_WORDS);
    }
  });

  it.each(LOCALES)('%s has at least 60 tips and every category', (locale) => {
    const tips = getTips(locale);
    expect(tips.length).toBeGreaterThanOrEqual(60);
    for (const category of TIP_CATEGORIES) {
      expect(
        tips.some((tip) => tip.category === category),
        category,
      ).toBe(true);
    }
  });

  it('shares ids, contexts and sources across locales', () => {
    const english = getTips('en');
    for (const locale of LOCALES) {
      const tips = getTips(locale);
      expect(tips.map((t) => t.id)).toEqual(english.map((t) => t.id));
      tips.forEach((tip, i) => {
        expect(tip.contexts).toEqual(english[i]!.contexts);
        expect(tip.sources).toEqual(english[i]!.sources);
      });
    }
  });

  it('uses the same finding categories as the text scanner', () => {
    expect([...FINDING_CATEGORIES].sort()).toEqual([...SCAN_CATEGORIES].sort());
  });

  it('has a tip for every finding category', () => {
    for (const finding of FINDING_CATEGORIES) {
      const tips = CATALOG.filter((meta: TipMeta) => meta.contexts.includes(`text:${finding}`));
      expect(tips.length, finding).toBeGreaterThanOrEqual(1);
    }
  });

  it('has at least three tips each for photo and video uploads', () => {
    for (const upload of ['upload:image', 'upload:video'] as const) {
      const tips = CATALOG.filter((meta: TipMeta) => meta.contexts.includes(upload));
      expect(tips.length, upload).toBeGreaterThanOrEqual(3);
    }
  });

  it('names only sites that src/sites registers', () => {
    const known = new Set(PLATFORMS.map((site) => site.id));
    for (const meta of CATALOG as readonly TipMeta[]) {
      for (const trigger of [...meta.contexts, ...(meta.requires ?? [])]) {
        if (trigger.startsWith('site:'))
          expect(known, `${meta.id} ${trigger}`).toContain(trigger.slice(5));
      }
    }
  });

  it('resolves every source key to an http(s) URL', () => {
    for (const tip of getTips('en')) {
      for (const source of tipSources(tip)) expect(source.url, tip.id).toMatch(/^https?:\/\//);
    }
  });

  it('says plainly what Veil cannot remove', () => {
    const text = getTips('en')
      .map((tip) => `${tip.title} ${tip.body}`)
      .join(' ')
      .toLowerCase();
    for (const word of ['face', 'tattoo', 'reflect', 'window', 'view', 'background', 'room']) {
      expect(text, word).toContain(word);
    }
    const honest = getTips('en').find((t) => t.id === 'photo-veil-cleans-file-not-picture');
    expect(honest?.body).toMatch(/cannot change what the picture shows/);
  });

  it('keeps the geo-blocking caveat on every geo-blocking tip', () => {
    const geo = getTips('en').filter((t) =>
      /block(ing)? (viewers )?by location|geo-block/i.test(t.body),
    );
    expect(geo.length).toBeGreaterThanOrEqual(2);
    for (const tip of geo) expect(tip.body, tip.id).toMatch(/VPN/);
  });

  it('names the UK routes', () => {
    const uk = getTips('en').filter((t) => t.category === 'support-uk');
    const text = uk.map((t) => t.body).join(' ');
    expect(text).toContain('National Ugly Mugs');
    expect(text).toContain('Revenge Porn Helpline');
    expect(text).toContain('0345 6000 459');
  });
});

describe('tipMessages', () => {
  it.each(LOCALES)('gives valid WebExtension message names for %s', (locale) => {
    const messages = tipMessages(locale);
    const names = Object.keys(messages);
    expect(names).toHaveLength(CATALOG.length * 2 + TIP_CATEGORIES.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(messages.tip_photo_location_data_title?.message).toBe(
      getTips(locale).find((t) => t.id === 'photo-location-data')!.title,
    );
  });
});

describe('validateTips catches bad data', () => {
  const first = CATALOG[0] as TipMeta;
  const withCatalog = (catalog: readonly TipMeta[]): TipData => ({ ...DATA, catalog });

  it('flags a duplicate id', () => {
    const { ok, issues } = validateTips(withCatalog([...CATALOG, first]));
    expect(ok).toBe(false);
    expect(issues.join('\n')).toMatch(/duplicate id/);
  });

  it('flags an unknown source key', () => {
    const bad = { ...first, sources: ['NOPE'] } as unknown as TipMeta;
    const { issues } = validateTips(withCatalog([bad, ...CATALOG.slice(1)]));
    expect(issues.join('\n')).toMatch(/unknown source key NOPE/);
  });

  it('flags an unknown trigger and a bad id', () => {
    const bad = { ...first, id: 'Bad_Id', contexts: ['text:shoe_size'] } as unknown as TipMeta;
    const { issues } = validateTips(withCatalog([bad]));
    const text = issues.join('\n');
    expect(text).toMatch(/kebab-case/);
    expect(text).toMatch(/unknown trigger/);
  });

  it('flags a body over 60 words', () => {
    const long = Array.from({ length: 61 }, () => 'word').join(' ');
    const en = LOCALE_TEXTS.en;
    const locales = {
      ...LOCALE_TEXTS,
      en: { ...en, tips: { ...en.tips, [first.id]: { title: 'A title', body: long } } },
    };
    const { issues } = validateTips({ ...DATA, locales });
    expect(issues.join('\n')).toMatch(new RegExp(`locale en tip ${first.id} body: .*60 words`));
  });

  it('flags a missing translation and a missing locale', () => {
    const ro = LOCALE_TEXTS.ro;
    const tips: Record<string, unknown> = { ...ro.tips };
    delete tips[first.id];
    const locales = { ...LOCALE_TEXTS, ro: { ...ro, tips }, pt: undefined };
    const { issues } = validateTips({ ...DATA, locales: locales as TipData['locales'] });
    const text = issues.join('\n');
    expect(text).toContain(`locale ro tip ${first.id}: missing translation`);
    expect(text).toContain('locale pt: missing');
  });

  it('flags an untranslated body', () => {
    const locales = { ...LOCALE_TEXTS, es: LOCALE_TEXTS.en };
    const { issues } = validateTips({ ...DATA, locales });
    expect(issues.join('\n')).toMatch(/locale es tip .*: body is the English text/);
  });
});
