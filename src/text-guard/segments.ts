/**
 * Pure offset arithmetic for drawing findings: split a field's text into mirror spans, and find
 * which text node of an editor holds a given offset.
 */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the mirror's text: plain (`finding` -1) or the part of one finding. */
export interface Segment {
  start: number;
  end: number;
  finding: number;
}

/**
 * Cut `[0, length)` into consecutive segments so each finding (clamped to the text, overlaps
 * trimmed to the earlier finding) is exactly one segment. The segments cover the text with no
 * gaps, so the mirror holds the same characters as the field and lays them out the same way.
 */
export function splitSegments(length: number, findings: readonly Span[]): Segment[] {
  const order = findings
    .map((f, i) => ({ start: clamp(f.start, length), end: clamp(f.end, length), i }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Segment[] = [];
  let at = 0;
  for (const f of order) {
    const start = Math.max(f.start, at);
    if (f.end <= start) continue;
    if (start > at) out.push({ start: at, end: start, finding: -1 });
    out.push({ start, end: f.end, finding: f.i });
    at = f.end;
  }
  if (at < length) out.push({ start: at, end: length, finding: -1 });
  return out;
}

function clamp(n: number, length: number): number {
  return Math.min(Math.max(0, Math.floor(n)), length);
}

/**
 * Index of the last entry in ascending `starts` that is ≤ `offset` (-1 when none): which text
 * node of an editor holds the offset.
 */
export function locate(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether the text still holds the same characters where a finding was reported. */
export function sameText(before: string, after: string): boolean {
  return before.length === after.length && before === after;
}
