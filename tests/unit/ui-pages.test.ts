/** Pure pieces of Veil's pages: site status, receipts per site, site input, cleaned names. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/settings/schema.ts';
import type { ReceiptEntry } from '../../src/settings/receipts.ts';
import { PLATFORM_MATCHES } from '../../src/sites/index.ts';
import { cleanName } from '../../src/ui/clean/result.ts';
import { hostFromInput } from '../../src/ui/options/sites.ts';
import { receiptsForHost, RECEIPTS_SHOWN } from '../../src/ui/popup/receipts.ts';
import { siteState } from '../../src/ui/popup/site.ts';

describe('popup site status', () => {
  it('a built-in platform is protected, and paused when the user paused it', () => {
    const on = siteState('https://onlyfans.com/my/posts', DEFAULT_SETTINGS, PLATFORM_MATCHES);
    expect(on).toMatchObject({ kind: 'protected', host: 'onlyfans.com', active: true });
    expect(on.kind === 'protected' && on.platform?.id).toBe('onlyfans');
    const paused = parseSettings({ pausedSites: ['onlyfans.com'] });
    expect(siteState('https://onlyfans.com/', paused, PLATFORM_MATCHES)).toMatchObject({
      active: false,
    });
  });

  it('another site can be protected; a user-added one counts as protected', () => {
    expect(siteState('https://example.org/a', DEFAULT_SETTINGS, PLATFORM_MATCHES)).toEqual({
      kind: 'unprotected',
      host: 'example.org',
      pattern: 'https://example.org/*',
    });
    const added = parseSettings({ userSites: ['*://example.org/*'] });
    expect(siteState('https://example.org/a', added, PLATFORM_MATCHES).kind).toBe('protected');
  });

  it('browser pages and missing URLs are not sites', () => {
    expect(siteState('chrome://extensions', DEFAULT_SETTINGS, PLATFORM_MATCHES).kind).toBe('none');
    expect(siteState(undefined, DEFAULT_SETTINGS, PLATFORM_MATCHES).kind).toBe('none');
  });
});

describe('page helpers', () => {
  it('shows the newest receipts of this site only', () => {
    const entry = (site: string, at: number): ReceiptEntry => ({
      site,
      at,
      cleaned: 1,
      held: 0,
      passed: 0,
      summary: '',
    });
    const log = [
      entry('a.com', 1),
      entry('b.com', 2),
      ...[3, 4, 5, 6, 7].map((t) => entry('a.com', t)),
    ];
    const shown = receiptsForHost(log, 'a.com');
    expect(shown).toHaveLength(RECEIPTS_SHOWN);
    expect(shown.map((e) => e.at)).toEqual([7, 6, 5, 4]);
  });

  it('reads a site typed by hand', () => {
    expect(hostFromInput(' https://WWW.Example.com/path ')).toBe('www.example.com');
    expect(hostFromInput('example.com')).toBe('example.com');
    expect(hostFromInput('not a site')).toBe('');
    expect(hostFromInput('localhost')).toBe('');
  });

  it('names clean copies as the CLI does', () => {
    expect(cleanName('IMG_2044.HEIC')).toBe('IMG_2044.clean.HEIC');
    expect(cleanName('noext')).toBe('noext.clean');
  });
});
