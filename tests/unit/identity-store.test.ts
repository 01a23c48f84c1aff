/**
 * The identity store behind the options page: the never-reveal list is kept only as hashes and
 * masked previews, one entry can be removed, and the text guard's scanner sees the merged table.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scanText } from '../../src/scan/index.ts';

describe('identity store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('browser', fakeBrowser);
    vi.resetModules();
  });

  it('stores never-reveal entries as hashes with masked previews, never the plain text', async () => {
    const store = await import('../../src/settings/identity-store.ts');
    const guard = await import('../../src/settings/text-guard.ts');
    await store.setWorkIdentity(['Mia Rose']);
    await store.addPersonalTerm('Jane Smith');
    await store.addPersonalTerm('Leicester');
    const summary = await store.identitySummary();
    expect(summary.work).toEqual(['Mia Rose']);
    expect(summary.personal.map((p) => p.preview)).toEqual(['J••• S•••', 'L•••']);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toMatch(/jane|smith|leicester/i);

    // The text guard's scanner reads the merged table under the same key.
    const identity = await guard.readIdentity();
    const hashes = guard.personalHashesOf(identity)!;
    const key = guard.keyBytes(identity);
    const found = (text: string) =>
      scanText(text, { personalHashes: hashes, personalKey: key }).map((f) => f.category);
    expect(found('Ask for Jane Smith')).toContain('personal_term');
    expect(identity.personalCount).toBe(2);

    await store.removePersonalTerm(summary.personal[0]!.id);
    const after = await guard.readIdentity();
    expect(after.personalCount).toBe(1);
    expect(
      scanText('Ask for Jane Smith', {
        personalHashes: guard.personalHashesOf(after)!,
        personalKey: guard.keyBytes(after),
      }).map((f) => f.category),
    ).not.toContain('personal_term');
  });

  it('adding the same term again (a message sent twice) keeps one entry', async () => {
    const store = await import('../../src/settings/identity-store.ts');
    await store.addPersonalTerm('Jane Smith');
    await store.addPersonalTerm('Jane Smith');
    await store.addPersonalTerm(' Jane Smith ');
    await store.addPersonalTerm('Jane Smyth');
    const summary = await store.identitySummary();
    expect(summary.personal.map((p) => p.preview)).toEqual(['J••• S•••', 'J••• S•••']);
  });
});
