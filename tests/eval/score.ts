/**
 * `npm run eval:text [-- FILE] [--errors]`: scores `scanText` against the labelled development set
 * (default ../shared/eval/text-dev.jsonl) and prints per-category and overall P/R/F1.
 * `--errors` also lists misses and false alarms by example id (for development only).
 */
import { resolve } from 'node:path';
import { scanText } from '../../src/scan/index.ts';
import { formatReport, loadExamples, score, type Example } from './scoring.ts';

export const DEV_SET = resolve(import.meta.dirname, '../../../shared/eval/text-dev.jsonl');

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? DEV_SET;
const showErrors = args.includes('--errors');
const examples = loadExamples(file);
const predict = (e: Example) =>
  scanText(e.text, { personal: e.personal ?? [], work: e.work ?? [] });
process.stdout.write(`${formatReport(score(examples, predict))}\n`);

if (showErrors) {
  for (const e of examples) {
    const found = predict(e);
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const g of e.spans) {
      if (!found.some((f) => f.category === g.category && ov(f, g)))
        process.stdout.write(`MISS ${e.id} ${g.category}: ${e.text.slice(g.start, g.end)}\n`);
    }
    for (const f of found) {
      if (!e.spans.some((g) => g.category === f.category && ov(f, g)))
        process.stdout.write(`FP   ${e.id} ${f.category}: ${f.text}\n`);
    }
  }
}
