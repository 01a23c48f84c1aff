/**
 * Scoring for the identifying-text scanner, exactly as ../shared/eval/README.md defines it:
 * category-matched overlap, per-category precision/recall/F1 summed over all examples, and the
 * micro-averaged overall row; a metric with a zero denominator is n/a.
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category, type Finding } from '../../src/scan/index.ts';

export interface Span {
  start: number;
  end: number;
  category: string;
}

export interface Example {
  id: string;
  text: string;
  personal?: string[];
  work?: string[];
  spans: Span[];
}

export interface Counts {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Metrics extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function loadExamples(path: string): Example[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Example);
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function countExample(gold: Span[], predicted: Span[], into: Map<string, Counts>): void {
  for (const category of CATEGORIES) {
    const g = gold.filter((s) => s.category === category);
    const p = predicted.filter((s) => s.category === category);
    const c = into.get(category) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
    c.gold += g.length;
    c.predicted += p.length;
    c.found += g.filter((gs) => p.some((ps) => overlap(gs, ps))).length;
    c.correct += p.filter((ps) => g.some((gs) => overlap(gs, ps))).length;
    into.set(category, c);
  }
}

export function metrics(c: Counts): Metrics {
  const precision = c.predicted ? c.correct / c.predicted : null;
  const recall = c.gold ? c.found / c.gold : null;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : precision === null || recall === null
        ? null
        : 0;
  return { ...c, precision, recall, f1 };
}

export interface Report {
  perCategory: Map<Category, Metrics>;
  overall: Metrics;
}

export function score(examples: Example[], predict: (e: Example) => Finding[]): Report {
  const counts = new Map<string, Counts>();
  for (const e of examples) countExample(e.spans, predict(e), counts);
  const perCategory = new Map<Category, Metrics>();
  const total: Counts = { gold: 0, found: 0, predicted: 0, correct: 0 };
  for (const category of CATEGORIES) {
    const c = counts.get(category) ?? { gold: 0, found: 0, predicted: 0, correct: 0 };
    perCategory.set(category, metrics(c));
    total.gold += c.gold;
    total.found += c.found;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return { perCategory, overall: metrics(total) };
}

const fmt = (v: number | null) => (v === null ? ' n/a' : v.toFixed(2));

export function formatReport(report: Report): string {
  const rows = [
    `${'category'.padEnd(16)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  gold  pred`,
  ];
  const row = (name: string, m: Metrics) =>
    `${name.padEnd(16)} ${fmt(m.precision).padStart(5)} ${fmt(m.recall).padStart(5)} ${fmt(m.f1).padStart(5)}  ${String(m.gold).padStart(4)}  ${String(m.predicted).padStart(4)}`;
  for (const [category, m] of report.perCategory) rows.push(row(category, m));
  rows.push(row('overall (micro)', report.overall));
  return rows.join('\n');
}
