/** selectTips and searchTips: what the popup shows for what the user is doing. */
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  FINDING_CATEGORIES,
  activeTriggers,
  getTips,
  resolveLocale,
  selectTips,
  type TipMeta,
} from '../../src/tips/index.ts';

const ids = (tips: readonly { id: string }[]) => tips.map((t) => t.id);

describe('activeTriggers', () => {
  it('turns a context into triggers, strongest first, ignoring unknown findings', () => {
    expect(
      activeTriggers({
        activity: 'upload:image',
        findings: ['phone', 'shoe_size', 'phone'],
        siteId: 'OnlyFans',
        page: 'settings',
      }),
    ).toEqual(['text:phone', 'upload:image', 'page:settings', 'site:onlyfans']);
  });

  it('treats writing without a page kind as writing a profile', () => {
    expect(activeTriggers({ activity: 'writing' })).toEqual(['page:profile']);
    expect(activeTriggers({ activity: 'writing', page: 'messages' })).toEqual(['page:messages']);
  });
});

describe('selectTips', () => {
  it('returns 3 tips by default, and respects the limit', () => {
    expect(selectTips({ activity: 'upload:image' })).toHaveLength(3);
    expect(selectTips({ activity: 'upload:image' }, { limit: 5 })).toHaveLength(5);
    expect(selectTips({ activity: 'upload:image' }, { limit: 0 })).toHaveLength(0);
  });

  it('surfaces photo tips first when a photo is being uploaded, led by the honest one', () => {
    const tips = selectTips({ activity: 'upload:image' }, { limit: 5 });
    for (const tip of tips) expect(tip.category, tip.id).toBe('photos-media');
    expect(tips[0]!.id).toBe('photo-veil-cleans-file-not-picture');
    expect(tips[0]!.matched).toEqual(['upload:image']);
    expect(tips.every((t) => !t.fallback)).toBe(true);
  });

  it('surfaces video tips for a video upload', () => {
    const tips = selectTips({ activity: 'upload:video' });
    expect(ids(tips)).toContain('video-watch-it-through');
    for (const tip of tips) expect(tip.contexts).toContain('upload:video');
  });

  it('surfaces payment tips for a detected payment handle', () => {
    const tips = selectTips({ activity: 'writing', findings: ['payment_handle'] });
    expect(tips[0]!.category).toBe('payments-gifts-post');
    expect(tips[1]!.category).toBe('payments-gifts-post');
    for (const tip of tips) expect(tip.matched).toContain('text:payment_handle');
  });

  it('gives a tip to each thing happening at once', () => {
    const tips = selectTips({ activity: 'upload:image', findings: ['phone'] });
    expect(tips[0]!.id).toBe('text-work-number');
    expect(tips[1]!.id).toBe('photo-veil-cleans-file-not-picture');
  });

  it('has a relevant first tip for every finding category', () => {
    for (const finding of FINDING_CATEGORIES) {
      const [first] = selectTips({ findings: [finding] });
      expect(first?.matched, finding).toContain(`text:${finding}`);
    }
  });

  it('puts site-specific tips first on that site', () => {
    expect(selectTips({ activity: 'upload:image', siteId: 'tryst' })[0]!.id).toBe(
      'photo-tryst-rules',
    );
    expect(selectTips({ files: ['heic'], siteId: 'tryst' })[0]!.id).toBe('photo-tryst-rules');
    const fansly = selectTips({ siteId: 'fansly', page: 'settings' });
    expect(fansly[0]!.id).toBe('settings-geo-block-home');
    expect(ids(fansly)).toContain('settings-geo-block-limits');
  });

  it('never shows a site-only tip on another site', () => {
    const requiring = (CATALOG as readonly TipMeta[]).filter((m) => m.requires);
    expect(requiring.length).toBeGreaterThan(0);
    const tips = selectTips({ activity: 'upload:image', siteId: 'onlyfans' }, { limit: 50 });
    for (const meta of requiring) {
      if (meta.requires!.includes('site:onlyfans')) continue;
      expect(ids(tips)).not.toContain(meta.id);
    }
  });

  it('puts evidence first when the user says they are being threatened', () => {
    const tips = selectTips({ events: ['threatened'] }, { limit: 4 });
    expect(ids(tips)).toEqual([
      'threat-save-evidence-first',
      'threat-do-not-pay',
      'uk-national-ugly-mugs',
      'uk-revenge-porn-helpline',
    ]);
  });

  it('skips dismissed tips, also in the fallback', () => {
    const first = selectTips({ activity: 'upload:image' });
    const next = selectTips({ activity: 'upload:image' }, { dismissed: [first[0]!.id] });
    expect(ids(next)).not.toContain(first[0]!.id);
    expect(next).toHaveLength(3);
    const general = selectTips({}, { limit: 100 });
    const none = selectTips({}, { limit: 100, dismissed: ids(general) });
    expect(none).toEqual([]);
  });

  it('falls back to general tips when nothing matches', () => {
    const tips = selectTips({});
    expect(tips).toHaveLength(3);
    for (const tip of tips) {
      expect(tip.fallback).toBe(true);
      expect(tip.general).toBe(true);
    }
    const some = selectTips({ siteId: 'x' }, { limit: 3 });
    expect(some[0]!.id).toBe('settings-more-than-one-channel');
    expect(some[0]!.fallback).toBe(false);
    expect(some.slice(1).every((t) => t.fallback)).toBe(true);
  });

  it('is deterministic', () => {
    const context = {
      activity: 'upload:image',
      findings: ['email', 'url'],
      siteId: 'fansly',
    } as const;
    const a = selectTips(context, { limit: 10 });
    const b = selectTips(context, { limit: 10 });
    expect(ids(a)).toEqual(ids(b));
  });

  it('shows the tips in the requested locale, with English for unsupported locales', () => {
    for (const locale of ['ro', 'pt-BR', 'es-419'] as const) {
      const tips = selectTips({ activity: 'upload:image' }, { locale });
      const expected = getTips(locale).find((t) => t.id === tips[0]!.id)!;
      expect(tips[0]!.locale).toBe(resolveLocale(locale));
      expect(tips[0]!.title).toBe(expected.title);
    }
    const [tip] = selectTips({ activity: 'upload:image' }, { locale: 'fr-FR' });
    expect(tip!.locale).toBe('en');
    expect(tip!.title).toBe(getTips('en').find((t) => t.id === tip!.id)!.title);
  });
});

describe('resolveLocale', () => {
  it('maps browser locales to supported languages', () => {
    expect(resolveLocale('pt-BR')).toBe('pt');
    expect(resolveLocale('pt_PT')).toBe('pt');
    expect(resolveLocale('es-419')).toBe('es');
    expect(resolveLocale('RO')).toBe('ro');
    expect(resolveLocale('de')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('')).toBe('en');
  });
});
