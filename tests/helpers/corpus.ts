/** Where the shared media corpus lives: `../shared/corpus` beside the checkout (never copied in). */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = process.env.VEIL_CORPUS ?? resolve(PROJECT_ROOT, '../shared/corpus');

export function corpusFile(relative: string): string {
  return join(CORPUS_DIR, relative);
}

/** Every media file in the corpus (recursively), as paths relative to CORPUS_DIR. */
export function listCorpus(): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, rel);
      else if (!name.endsWith('.md')) out.push(rel);
    }
  };
  walk(CORPUS_DIR, '');
  return out;
}
