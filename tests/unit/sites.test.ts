/** The site registry: enough platforms, one file each, sane domains and manifest patterns. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  matchPatternsFor,
  normaliseHost,
  PLATFORM_MATCHES,
  PLATFORMS,
  platformForHost,
} from '../../src/sites/index.ts';
import {
  patternForUrl,
  patternsToRegister,
  userScriptRegistrations,
} from '../../src/sites/user-sites.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

describe('built-in platforms', () => {
  it('covers at least 25 platforms, each in its own file named after its id', () => {
    expect(PLATFORMS.length).toBeGreaterThanOrEqual(25);
    const files = readdirSync(join(PROJECT_ROOT, 'src/sites/platforms'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
  });

  it('has unique ids and plausible lower-case domains with notes', () => {
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(PLATFORMS.length);
    for (const site of PLATFORMS) {
      expect(site.domains.length).toBeGreaterThan(0);
      expect(site.notes.length).toBeGreaterThan(5);
      for (const domain of site.domains) expect(normaliseHost(domain)).toBe(domain);
    }
  });

  it('builds a pattern for each domain and its subdomains', () => {
    expect(matchPatternsFor([{ id: 'a', name: 'A', domains: ['a.example'], notes: 'x' }])).toEqual([
      '*://a.example/*',
      '*://*.a.example/*',
    ]);
    expect(PLATFORM_MATCHES).toContain('*://onlyfans.com/*');
    expect(PLATFORM_MATCHES).toContain('*://*.fansly.com/*');
    expect(new Set(PLATFORM_MATCHES).size).toBe(PLATFORM_MATCHES.length);
  });

  it('finds the platform of a host, subdomains included, and nothing for look-alikes', () => {
    expect(platformForHost('onlyfans.com')?.id).toBe('onlyfans');
    expect(platformForHost('WWW.ManyVids.com.')?.id).toBe('manyvids');
    expect(platformForHost('pornhub.mainhub.com')?.id).toBe('pornhub');
    expect(platformForHost('notonlyfans.com')).toBeUndefined();
    expect(platformForHost('onlyfans.com.evil.example')).toBeUndefined();
    expect(platformForHost('')).toBeUndefined();
  });
});

describe('user-added sites', () => {
  it('turns a page URL into an origin pattern', () => {
    expect(patternForUrl('https://my-site.example/profile?x=1')).toBe('https://my-site.example/*');
    expect(patternForUrl('file:///etc/passwd')).toBeNull();
    expect(patternForUrl('not a url')).toBeNull();
  });

  it('registers only granted patterns not already in the manifest', () => {
    const patterns = patternsToRegister(
      ['https://a.example/*', 'https://b.example/*', '*://onlyfans.com/*'],
      ['https://a.example/*'],
    );
    expect(patterns).toEqual(['https://a.example/*']);
    expect(patternsToRegister(['https://b.example/*'], ['*://*/*'])).toEqual([
      'https://b.example/*',
    ]);
  });

  it('registers both worlds at document_start in all frames, or nothing', () => {
    expect(userScriptRegistrations([])).toEqual([]);
    const regs = userScriptRegistrations(['https://a.example/*']);
    expect(regs.map((r) => r.world)).toEqual(['ISOLATED', 'MAIN']);
    for (const reg of regs) {
      expect(reg).toMatchObject({
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
        matches: ['https://a.example/*'],
      });
    }
  });
});
