/**
 * Structure-aware mutations, driven by a seeded PRNG so any run can be replayed with `--seed`.
 * Each mutation returns new bytes and a short label (kind only: labels never carry contents).
 */
import { mapFile, readField, writeField, type FileMap, type Structure } from './structure.ts';

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, below: number): number => Math.floor(rng() * Math.max(1, below));
export const pick = <T>(rng: Rng, items: readonly T[]): T | undefined =>
  items[int(rng, items.length)];

export const MUTATIONS = [
  'flip',
  'truncate',
  'extreme',
  'repeat',
  'nest',
  'splice',
  'remove',
  'overwrite',
  'repeat-bytes',
] as const;
export type MutationKind = (typeof MUTATIONS)[number];

/** Apply 1-3 mutations; `donors` are other files whose structures can be spliced in. */
export function mutate(
  rng: Rng,
  input: Uint8Array,
  donors: readonly Uint8Array[],
): { bytes: Uint8Array; kinds: MutationKind[] } {
  let bytes = input;
  const kinds: MutationKind[] = [];
  const rounds = 1 + int(rng, 3);
  for (let i = 0; i < rounds; i++) {
    const kind = MUTATIONS[int(rng, MUTATIONS.length)]!;
    bytes = applyMutation(rng, kind, bytes, donors);
    kinds.push(kind);
  }
  return { bytes, kinds };
}

function applyMutation(
  rng: Rng,
  kind: MutationKind,
  input: Uint8Array,
  donors: readonly Uint8Array[],
): Uint8Array {
  // Big files (multi-megabyte HEIC) are mapped once per mutation: cheap next to cleaning.
  const map =
    kind === 'flip' || kind === 'overwrite' || kind === 'repeat-bytes' ? null : mapFile(input);
  switch (kind) {
    case 'flip':
      return flip(rng, input);
    case 'truncate':
      return truncate(rng, input, map!);
    case 'extreme':
      return extreme(rng, input, map!);
    case 'repeat': {
      const s = pick(rng, map!.structures);
      if (!s || s.end > input.length) return flip(rng, input);
      return insert(
        input,
        map!,
        Math.min(s.end, input.length),
        input.slice(s.start, s.end),
        rng() < 0.8,
      );
    }
    case 'nest': {
      const outer = pick(
        rng,
        map!.structures.filter((s) => s.size && s.end <= input.length),
      );
      const inner = pick(rng, map!.structures);
      if (!outer || !inner) return flip(rng, input);
      return insert(
        input,
        map!,
        outer.body,
        input.slice(inner.start, Math.min(inner.end, input.length)),
        true,
      );
    }
    case 'splice': {
      const donor = pick(rng, donors);
      if (!donor) return flip(rng, input);
      const piece = pick(rng, mapFile(donor).structures);
      const from = piece ? piece.start : int(rng, donor.length);
      const to = piece ? Math.min(piece.end, donor.length) : from + int(rng, 256);
      const at = pick(rng, map!.structures)?.start ?? int(rng, input.length);
      return insert(
        input,
        map!,
        at,
        donor.slice(from, Math.min(to, from + (1 << 20))),
        rng() < 0.7,
      );
    }
    case 'remove': {
      const s = pick(rng, map!.structures);
      if (!s) return truncate(rng, input, map!);
      return remove(input, map!, s, Math.min(s.end, input.length));
    }
    case 'overwrite': {
      const out = input.slice();
      const at = int(rng, out.length);
      const length = Math.min(1 + int(rng, 32), out.length - at);
      for (let i = 0; i < length; i++) out[at + i] = int(rng, 256);
      return out;
    }
    case 'repeat-bytes': {
      const at = int(rng, input.length);
      const piece = input.slice(at, at + 1 + int(rng, 64));
      const times = 1 + int(rng, rng() < 0.1 ? 200 : 4);
      const parts = [
        input.subarray(0, at),
        ...Array<Uint8Array>(times).fill(piece),
        input.subarray(at),
      ];
      return concat(parts);
    }
  }
}

function flip(rng: Rng, input: Uint8Array): Uint8Array {
  const out = input.slice();
  const flips = 1 + int(rng, 8);
  for (let i = 0; i < flips && out.length > 0; i++) {
    const at = int(rng, out.length);
    out[at] = out[at]! ^ (1 << int(rng, 8));
  }
  return out;
}

function truncate(rng: Rng, input: Uint8Array, map: FileMap): Uint8Array {
  const s = rng() < 0.6 ? pick(rng, map.structures) : undefined;
  const boundary = s ? (pick(rng, [s.start, s.body, s.end]) ?? s.end) : int(rng, input.length);
  const at = Math.max(0, Math.min(input.length - 1, boundary + int(rng, 3) - 1));
  return input.slice(0, at);
}

function extreme(rng: Rng, input: Uint8Array, map: FileMap): Uint8Array {
  const field = pick(rng, map.fields);
  if (!field) return flip(rng, input);
  const real = readField(input, field);
  const max = field.width === 4 ? 0xffffffff : field.width === 2 ? 0xffff : 0xff;
  const signedMax = max >>> 1;
  const remaining = input.length - field.offset;
  const value = pick(rng, [0, 1, signedMax, max, real - 1, real + 1, real * 2, remaining, 8, 16]);
  const out = input.slice();
  writeField(out, field, value ?? 0);
  return out;
}

/** Insert `piece` at `at`; with `fix`, grow every structure that encloses `at` to match. */
function insert(
  input: Uint8Array,
  map: FileMap,
  at: number,
  piece: Uint8Array,
  fix: boolean,
): Uint8Array {
  const out = concat([input.subarray(0, at), piece, input.subarray(at)]);
  if (fix) for (const s of map.structures) if (encloses(s, at)) grow(out, s, at, piece.length);
  return out;
}

function remove(input: Uint8Array, map: FileMap, s: Structure, end: number): Uint8Array {
  const out = concat([input.subarray(0, s.start), input.subarray(end)]);
  for (const other of map.structures) {
    if (other !== s && other.start < s.start && encloses(other, s.start)) {
      grow(out, other, s.start, s.start - end);
    }
  }
  return out;
}

function encloses(s: Structure, at: number): boolean {
  return Boolean(s.size) && s.body <= at && (at < s.end || (s.root === true && at === s.end));
}

/** Size fields that sit after the insertion point moved with it. */
function grow(out: Uint8Array, s: Structure, at: number, by: number): void {
  const field = s.size!;
  const moved = field.offset >= at ? { ...field, offset: field.offset + Math.max(0, by) } : field;
  writeField(out, moved, readField(out, moved) + by);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
