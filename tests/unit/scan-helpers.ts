import { scanText, type ScanOptions } from '../../src/scan/index.ts';

/** Findings as "category: text" strings, easy to read in test failures. */
export function found(text: string, options: ScanOptions = {}): string[] {
  return scanText(text, options).map((f) => `${f.category}: ${f.text}`);
}
