/**
 * Runs the scorer on the labelled development set (../shared/eval/text-dev.jsonl) so regressions
 * fail. The floors sit a little under the scores measured when this was written (P 1.00, R 1.00
 * overall): the dev set was studied while building the detectors, so it overstates what an
 * unseen set will show (docs/TEXT-SCANNER.md), and the floors only guard against regressions.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPersonalTerms, scanText } from '../../src/scan/index.ts';
import { loadExamples, score } from '../eval/scoring.ts';

const DEV_SET = resolve(import.meta.dirname, '../../../shared/eval/text-dev.jsonl');

describe.runIf(existsSync(DEV_SET))('development set', () => {
  const examples = existsSync(DEV_SET) ? loadExamples(DEV_SET) : [];

  it('keeps overall precision and recall above the measured levels minus a margin', () => {
    const report = score(examples, (e) =>
      scanText(e.text, { personal: e.personal ?? [], work: e.work ?? [] }),
    );
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    for (const [category, m] of report.perCategory) {
      expect.soft(m.recall ?? 1, `${category} recall`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('finds the same personal terms from keyed hashes as from the plain lists', () => {
    const key = new Uint8Array(32).map((_, i) => (i * 131 + 17) & 0xff);
    for (const e of examples.filter((x) => x.personal?.length)) {
      const plain = scanText(e.text, { personal: e.personal ?? [], work: e.work ?? [] });
      const personalHashes = hashPersonalTerms(e.personal ?? [], key);
      const hashed = scanText(e.text, { personalHashes, personalKey: key, work: e.work ?? [] });
      expect(hashed, e.id).toEqual(plain);
      expect(
        plain.some((f) => f.category === 'personal_term') ||
          e.spans.every((s) => s.category !== 'personal_term'),
      ).toBe(true);
    }
  });
});
