/** The text guard's pure parts: mirror segments, offset lookup, debounce, clipping, storage helpers. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as TextGuardStore from '../../src/settings/text-guard.ts';
import { debounce, type Timers } from '../../src/text-guard/debounce.ts';
import { markerLabel } from '../../src/text-guard/labels.ts';
import { clipAll } from '../../src/text-guard/mirror.ts';
import { locate, splitSegments } from '../../src/text-guard/segments.ts';

// The storage helpers' module declares WXT storage items, which need a browser to load.
let tg: typeof TextGuardStore;
beforeAll(async () => {
  vi.stubGlobal('browser', fakeBrowser);
  tg = await import('../../src/settings/text-guard.ts');
});

describe('splitSegments (string offsets -> mirror spans)', () => {
  it('covers the text exactly, one segment per finding', () => {
    const text = 'Call 07700 900123 or mail me@example.org';
    const segs = splitSegments(text.length, [
      { start: 5, end: 17 },
      { start: 26, end: 40 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 5, finding: -1 },
      { start: 5, end: 17, finding: 0 },
      { start: 17, end: 26, finding: -1 },
      { start: 26, end: 40, finding: 1 },
    ]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it('sorts, clamps to the text, trims overlaps and drops empty findings', () => {
    expect(
      splitSegments(10, [
        { start: 6, end: 20 },
        { start: 2, end: 7 },
        { start: 4, end: 4 },
        { start: -3, end: 1 },
      ]),
    ).toEqual([
      { start: 0, end: 1, finding: 3 },
      { start: 1, end: 2, finding: -1 },
      { start: 2, end: 7, finding: 1 },
      { start: 7, end: 10, finding: 0 },
    ]);
    expect(splitSegments(0, [{ start: 0, end: 3 }])).toEqual([]);
    expect(splitSegments(3, [])).toEqual([{ start: 0, end: 3, finding: -1 }]);
  });

  it('keeps UTF-16 offsets (emoji, accents) as the scanner reports them', () => {
    const text = '💋 Zoë 07700 900123';
    const start = text.indexOf('0');
    const [, seg] = splitSegments(text.length, [{ start, end: text.length }]);
    expect(text.slice(seg!.start, seg!.end)).toBe('07700 900123');
  });
});

describe('locate (which editor text node holds an offset)', () => {
  it('finds the last start at or before the offset', () => {
    const starts = [0, 5, 5, 12];
    expect(locate(starts, 0)).toBe(0);
    expect(locate(starts, 4)).toBe(0);
    expect(locate(starts, 5)).toBe(2);
    expect(locate(starts, 11)).toBe(2);
    expect(locate(starts, 99)).toBe(3);
    expect(locate(starts, -1)).toBe(-1);
    expect(locate([], 3)).toBe(-1);
  });
});

function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => {
      pending.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (id) => void pending.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending]) {
      if (t.at <= now) {
        pending.delete(id);
        t.fn();
      }
    }
  };
  return { timers, advance, count: () => pending.size };
}

describe('debounce', () => {
  it('runs once, 400 ms after the last keystroke', () => {
    const clock = manualTimers();
    let runs = 0;
    const later = debounce(() => runs++, 400, clock.timers);
    for (let i = 0; i < 10; i++) {
      later();
      clock.advance(100);
    }
    expect(runs).toBe(0);
    expect(clock.count()).toBe(1);
    clock.advance(300);
    expect(runs).toBe(1);
    expect(later.pending).toBe(false);
  });

  it('flush runs a waiting call now; cancel drops it', () => {
    const clock = manualTimers();
    let runs = 0;
    const later = debounce(() => runs++, 400, clock.timers);
    later.flush();
    expect(runs).toBe(0);
    later();
    later.flush();
    expect(runs).toBe(1);
    later();
    later.cancel();
    clock.advance(1000);
    expect(runs).toBe(1);
  });
});

describe('clipAll', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

  it('cuts line boxes to the field and drops the ones scrolled away', () => {
    const field = { left: 10, top: 10, width: 100, height: 40 };
    expect(
      clipAll(
        [rect(0, 12, 50, 16), rect(20, 30, 30, 16), rect(20, 80, 30, 16), rect(5, 5, 0, 9)],
        field,
      ),
    ).toEqual([
      { left: 10, top: 12, width: 40, height: 16 },
      { left: 20, top: 30, width: 30, height: 16 },
    ]);
  });
});

describe('text guard storage helpers', () => {
  const key = new Uint8Array(32).fill(7);

  it('hashes dismissed findings with the key, folding case and spacing, never keeping text', () => {
    const a = tg.dismissHash(key, 'phone', '07700 900123');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(tg.dismissHash(key, 'phone', '07700900123')).toBe(a);
    expect(tg.dismissHash(key, 'email', '07700 900123')).not.toBe(a);
    expect(tg.dismissHash(new Uint8Array(32), 'phone', '07700 900123')).not.toBe(a);
  });

  it('keeps dismissed hashes per site, without duplicates, within bounds', () => {
    const h = 'a'.repeat(32);
    let s = { ...tg.DEFAULT_TEXT_GUARD };
    s = { ...s, dismissed: tg.withDismissed(s, 'example.com', h) };
    s = { ...s, dismissed: tg.withDismissed(s, 'example.com', h) };
    expect(s.dismissed).toEqual({ 'example.com': [h] });
    expect(tg.parseTextGuard({ dismissed: { 'example.com': ['07700 900123'] } }).dismissed).toEqual(
      {},
    );
  });

  it('is active unless Veil is off or the site (or a parent domain) is paused', () => {
    const s = tg.parseTextGuard({ pausedSites: ['example.com'] });
    expect(tg.textGuardActiveOn(true, s, 'other.org')).toBe(true);
    expect(tg.textGuardActiveOn(true, s, 'www.example.com')).toBe(false);
    expect(tg.textGuardActiveOn(false, s, 'other.org')).toBe(false);
  });

  it('takes the phone region from the browser language', () => {
    expect(tg.regionFromLocale('en-GB')).toBe('GB');
    expect(tg.regionFromLocale('pt-BR')).toBe('BR');
    expect(tg.regionFromLocale('zh-Hant-TW')).toBe('TW');
    expect(tg.regionFromLocale('ro')).toBe('GB');
    expect(tg.regionFromLocale(undefined)).toBe('GB');
  });

  it('labels the marker for screen readers', () => {
    expect(markerLabel(1)).toBe('Veil found 1 detail that could identify you');
    expect(markerLabel(3)).toBe('Veil found 3 details that could identify you');
  });
});
