/**
 * Hostile and unusual HEIF/AVIF inputs made in code: every one must come back as a verified
 * output or a typed refusal, quickly, and never as a thrown exception or a half-cleaned file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanImage, stripImage } from '../../src/metadata/clean.ts';
import { StripError } from '../../src/metadata/errors.ts';
import { heifFormat } from '../../src/metadata/formats/isobmff/heif.ts';
import { corpusFile, listCorpus } from '../helpers/corpus.ts';
import {
  box,
  cat,
  fullBox,
  ISPE,
  simpleSynth,
  str,
  synthHeif,
  u16,
  u32,
  type SynthOptions,
} from '../helpers/heif-builder.ts';
import { listHeif } from '../helpers/isobmff-lister.ts';
import { HANG_BOUND_MS } from '../helpers/hang.ts';

function outcome(input: Uint8Array): string {
  const r = stripImage(input);
  return r.ok ? 'ok' : r.code;
}

function removedKinds(input: Uint8Array): string[] {
  const r = stripImage(input);
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.result.removed.map((p) => (p.detail ? `${p.kind}:${p.detail}` : p.kind));
}

/** A 1x2 grid item (ISO/IEC 23008-12 §6.6.2.3: version, flags, rows-1, columns-1, size). */
const grid = (id: number): SynthOptions['items'][number] => ({
  id,
  type: 'grid',
  data: Uint8Array.of(0, 0, 0, 1, 0, 64, 0, 48),
  props: [1],
});

describe('synthetic HEIF/AVIF', () => {
  it('cleans the baseline: Exif and XMP items removed, the image item kept', () => {
    const r = stripImage(synthHeif(simpleSynth()));
    if (!r.ok) throw new Error(r.detail);
    expect(r.result.removed.map((p) => p.kind)).toEqual(['exif', 'xmp']);
    expect(listHeif(r.result.output).itemTypes).toEqual(['av01']);
  });

  it('handles mdat size 0 (to end of file) and size 1 (64-bit largesize)', () => {
    const base = synthHeif(simpleSynth());
    const zero = base.slice();
    zero.set(u32(0), findBox(base, 'mdat'));
    expect(outcome(zero)).toBe('ok');
    expect(outcome(synthHeif({ ...simpleSynth(), largeMdat: true }))).toBe('ok');
  });

  it('refuses impossible box sizes at the top level and in meta', () => {
    const base = synthHeif(simpleSynth());
    const metaAt = findBox(base, 'meta');
    for (const size of [0xffffffff, 3, 7]) {
      const bad = base.slice();
      bad.set(u32(size), metaAt);
      expect(['truncated', 'malformed']).toContain(outcome(bad));
    }
    const huge = cat(
      base.subarray(0, metaAt),
      u32(1),
      str('meta'),
      u32(0x100000),
      u32(0),
      base.subarray(metaAt + 8),
    );
    expect(['truncated', 'too_large', 'malformed']).toContain(outcome(huge));
    const ilocAt = findBox(base, 'iloc');
    const badChild = base.slice();
    badChild.set(u32(0x7fffffff), ilocAt);
    expect(outcome(badChild)).toBe('truncated');
  });

  it('refuses an iloc extent outside the file or outside mdat', () => {
    const opts = simpleSynth();
    const outside = synthHeif({
      ...opts,
      iloc: () =>
        fullBox(
          'iloc',
          0,
          0,
          Uint8Array.of(0x44, 0),
          u16(1),
          u16(1),
          u16(0),
          u16(1),
          u32(1_000_000),
          u32(10),
        ),
    });
    expect(outcome(outside)).toBe('malformed');
    const inMeta = synthHeif({
      ...opts,
      iloc: () =>
        fullBox(
          'iloc',
          0,
          0,
          Uint8Array.of(0x44, 0),
          u16(1),
          u16(1),
          u16(0),
          u16(1),
          u32(0),
          u32(10),
        ),
    });
    expect(outcome(inMeta)).toBe('malformed');
  });

  it('reads iloc v2 with 8-byte offsets and base offsets, and v1 with idat data', () => {
    const v2 = synthHeif({
      ...simpleSynth(),
      items: [{ id: 1, type: 'av01', data: str('fake-av1'), props: [1] }],
      refs: [],
      iloc: (start) =>
        fullBox(
          'iloc',
          2,
          0,
          Uint8Array.of(0x88, 0x80),
          u32(1),
          u32(1),
          u16(0),
          u16(0),
          u32(0),
          u32(start - 100),
          u16(2),
          u32(0),
          u32(100),
          u32(0),
          u32(4),
          u32(0),
          u32(104),
          u32(0),
          u32(4),
        ),
    });
    const r = stripImage(v2);
    if (!r.ok) throw new Error(r.detail);
    const out = r.result.output;
    expect(Buffer.from(out).includes(Buffer.from('fake-av1'))).toBe(true);
    const grid = Uint8Array.of(0, 0, 0, 1, 0, 64, 0, 48);
    const withIdat = synthHeif({
      items: [
        { id: 10, type: 'grid', props: [1] },
        { id: 1, type: 'hvc1', data: str('tile-one'), props: [1] },
        { id: 2, type: 'hvc1', data: str('tile-two'), props: [1] },
      ],
      primary: 10,
      refs: [{ type: 'dimg', from: 10, to: [1, 2] }],
      iloc: (start, layout) =>
        cat(
          fullBox(
            'iloc',
            1,
            0,
            Uint8Array.of(0x44, 0),
            u16(3),
            u16(10),
            u16(1),
            u16(0),
            u16(1),
            u32(0),
            u32(8),
            ...[1, 2].map((id) =>
              cat(u16(id), u16(0), u16(0), u16(1), u32(start + layout.get(id)![0]), u32(8)),
            ),
          ),
          box('idat', grid),
        ),
    });
    const g = stripImage(withIdat);
    if (!g.ok) throw new Error(g.detail);
    expect(listHeif(g.result.output).metaChildren).toContain('idat');
    expect(Buffer.from(g.result.output).includes(Buffer.from(grid))).toBe(true);
  });

  it('refuses a meta box whose handler is not pict', () => {
    const input = synthHeif(simpleSynth());
    const at = Buffer.from(input).indexOf(Buffer.from('pict'));
    input.set(str('mdir'), at);
    expect(outcome(input)).toBe('unsupported_variant');
  });

  it('refuses construction method 2 and extent indices', () => {
    const method2 = synthHeif({
      ...simpleSynth(),
      iloc: (start) =>
        fullBox(
          'iloc',
          1,
          0,
          Uint8Array.of(0x44, 0),
          u16(1),
          u16(1),
          u16(2),
          u16(0),
          u16(1),
          u32(start),
          u32(4),
        ),
    });
    expect(outcome(method2)).toBe('unsupported_variant');
    const indexed = synthHeif({
      ...simpleSynth(),
      iloc: (start) =>
        fullBox(
          'iloc',
          1,
          0,
          Uint8Array.of(0x44, 0x04),
          u16(1),
          u16(1),
          u16(0),
          u16(0),
          u16(1),
          u32(1),
          u32(start),
          u32(4),
        ),
    });
    expect(outcome(indexed)).toBe('unsupported_variant');
  });

  it('refuses an item count of 0xFFFF with almost no data, quickly', () => {
    const base = synthHeif(simpleSynth());
    const iinfAt = findBox(base, 'iinf');
    const bad = base.slice();
    bad.set(u16(0xffff), iinfAt + 12);
    const t = performance.now();
    expect(outcome(bad)).toMatch(/^(malformed|too_large)$/);
    const ilocAt = findBox(base, 'iloc');
    const badIloc = base.slice();
    badIloc.set(u16(0xffff), ilocAt + 14);
    expect(outcome(badIloc)).toMatch(/^(malformed|too_large)$/);
    expect(performance.now() - t).toBeLessThan(HANG_BOUND_MS);
  });

  it('refuses iloc entries whose zero-sized fields make extents free, quickly', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => cat(u16(100 + i), u16(0), u16(0xffff)));
    const input = synthHeif({
      ...simpleSynth(),
      iloc: () => fullBox('iloc', 0, 0, Uint8Array.of(0, 0), u16(1000), ...entries),
    });
    const t = performance.now();
    expect(outcome(input)).toBe('too_large');
    expect(performance.now() - t).toBeLessThan(HANG_BOUND_MS);
  });

  it('copes with thousands of top-level boxes quickly', () => {
    const many = Array.from({ length: 5000 }, () => box('free'));
    const t = performance.now();
    expect(removedKinds(synthHeif({ ...simpleSynth(), extraTop: many }))).toContain(
      'vendor:free space',
    );
    expect(performance.now() - t).toBeLessThan(HANG_BOUND_MS);
  });

  it('refuses derivation loops, self references and missing items', () => {
    const loop = synthHeif({
      items: [grid(10), grid(11), { id: 1, type: 'av01', data: str('x'), props: [1] }],
      primary: 10,
      refs: [
        { type: 'dimg', from: 10, to: [11] },
        { type: 'dimg', from: 11, to: [10] },
      ],
    });
    expect(outcome(loop)).toBe('malformed');
    const self = synthHeif({ ...simpleSynth(), refs: [{ type: 'cdsc', from: 2, to: [2] }] });
    expect(outcome(self)).toBe('malformed');
    const missing = synthHeif({ ...simpleSynth(), refs: [{ type: 'cdsc', from: 2, to: [99] }] });
    expect(outcome(missing)).toBe('malformed');
    expect(outcome(synthHeif({ ...simpleSynth(), primary: 42 }))).toBe('malformed');
    expect(outcome(synthHeif({ ...simpleSynth(), primary: null }))).toBe('malformed');
    expect(outcome(synthHeif({ ...simpleSynth(), primary: 2 }))).toBe('unsupported_variant');
  });

  it('keeps a grid with its tiles, refuses overlapping tile extents', () => {
    const tiles = {
      items: [grid(10), tile(1, 'aaaa'), tile(2, 'bbbb')],
      primary: 10,
      refs: [{ type: 'dimg', from: 10, to: [1, 2] }],
    };
    const r = stripImage(synthHeif(tiles));
    expect(r.ok).toBe(true);
    if (r.ok) expect(listHeif(r.result.output).itemTypes).toEqual(['grid', 'hvc1', 'hvc1']);
    const overlapping = synthHeif({
      ...tiles,
      iloc: (start, layout) =>
        fullBox(
          'iloc',
          0,
          0,
          Uint8Array.of(0x44, 0),
          u16(3),
          ...[10, 1, 2].map((id) =>
            cat(
              u16(id),
              u16(0),
              u16(1),
              u32(start + (id === 2 ? layout.get(1)![0] : layout.get(id)![0])),
              u32(4),
            ),
          ),
        ),
    });
    expect(outcome(overlapping)).toBe('malformed');
  });

  it('refuses an unknown essential property, drops an unknown optional one', () => {
    const udes = fullBox('udes', 0, 0, str('en\0Jane\0\0\0'));
    const optional = synthHeif({
      refs: [],
      properties: [ISPE, udes],
      items: [{ id: 1, type: 'av01', data: str('x'), props: [1, 2] }],
    });
    expect(removedKinds(optional)).toEqual(["vendor:'udes' property"]);
    const essential = synthHeif({
      refs: [],
      properties: [ISPE, udes],
      items: [{ id: 1, type: 'av01', data: str('x'), props: [1, 0x82] }],
    });
    expect(outcome(essential)).toBe('unsupported_variant');
    const missingProp = synthHeif({
      refs: [],
      items: [{ id: 1, type: 'av01', data: str('x'), props: [5] }],
    });
    expect(outcome(missingProp)).toBe('malformed');
  });

  it('removes a trailer, uuid XMP, free space and a moov next to a still image', () => {
    const xmpUuid = Uint8Array.from(Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'));
    const input = synthHeif({
      ...simpleSynth(),
      extraTop: [
        box('uuid', xmpUuid, str('<x:xmpmeta/>')),
        box('free', str('old')),
        box('moov', str('....')),
      ],
      trailer: str('\x01\x02'),
    });
    expect(removedKinds(input)).toEqual(
      expect.arrayContaining([
        'embedded_video:image sequence',
        'xmp',
        'vendor:free space',
        'trailer',
        'exif',
      ]),
    );
    const sequence = synthHeif({
      ...simpleSynth(),
      brands: ['avis', 'avif', 'msf1'],
      extraTop: [box('moov', str('....'))],
    });
    expect(outcome(sequence)).toBe('unsupported_variant');
  });

  it('refuses every truncation of the iPhone HEIC cleanly and quickly', () => {
    const input = new Uint8Array(
      readFileSync(corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC')),
    );
    const cuts = [
      1,
      8,
      20,
      39,
      40,
      47,
      48,
      60,
      200,
      1000,
      2000,
      3000,
      3748,
      3749,
      3757,
      100_000,
      1_000_000,
      input.length - 1,
    ];
    for (let at = 50; at < 3800; at += 97) cuts.push(at);
    const t = performance.now();
    for (const cut of cuts) {
      const r = stripImage(input.subarray(0, cut));
      if (r.ok) expect(listHeif(r.result.output).topLevel[0]).toBe('ftyp');
      else expect(r.code).toMatch(/truncated|malformed|unsupported_format|unsupported_variant/);
    }
    expect(performance.now() - t).toBeLessThan(HANG_BOUND_MS);
  });
});

describe('mutation fuzzing', () => {
  // Deterministic byte flips in the structural part of real and synthetic files: the stripper
  // may only throw StripError (a bug would surface as any other exception), and anything it
  // returns must pass its own verification.
  const sources = [
    synthHeif(simpleSynth()),
    new Uint8Array(readFileSync(corpusFile('mat2/dirty.avif'))).subarray(0, 2000),
    new Uint8Array(readFileSync(corpusFile('exif-samples/heic__mobile__iphone_13_pro_max.HEIC'))),
  ];
  it('only ever throws StripError and only returns verified output', () => {
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (const source of sources) {
      const structural = Math.min(source.length, 4000);
      const rounds = source.length > 100_000 ? 40 : 150;
      for (let round = 0; round < rounds; round++) {
        const mutated = source.slice();
        for (let flips = 1 + next(4); flips > 0; flips--) mutated[next(structural)] = next(256);
        try {
          const result = heifFormat.strip(mutated);
          heifFormat.verify(result.output);
        } catch (error) {
          expect(error).toBeInstanceOf(StripError);
        }
      }
    }
  });
});

describe('corpus fuzzing files with an ftyp box', () => {
  const fuzzed = listCorpus().filter((rel) => rel.split('/').pop()!.startsWith('fuzzing__'));
  it('never throw through cleanImage', async () => {
    let checked = 0;
    for (const rel of fuzzed) {
      const bytes = new Uint8Array(readFileSync(corpusFile(rel)));
      if (String.fromCharCode(...bytes.subarray(4, 8)) !== 'ftyp') continue;
      const result = await cleanImage(bytes);
      expect(typeof result.ok).toBe('boolean');
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

function tile(id: number, data: string): SynthOptions['items'][number] {
  return { id, type: 'hvc1', data: str(data), props: [1] };
}

/** Offset of the first box of `type`, found by scanning (test data only). */
function findBox(bytes: Uint8Array, type: string): number {
  const at = Buffer.from(bytes).indexOf(Buffer.from(type, 'latin1'));
  if (at < 4) throw new Error(`no ${type}`);
  return at - 4;
}
