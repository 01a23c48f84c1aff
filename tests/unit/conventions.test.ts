/** Project conventions: every format has tests and a README row (permissions: packaging.test.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/metadata/registry.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const TEST_FILE: Record<string, string> = { avif: 'heif' };

describe('conventions', () => {
  it.each(FORMATS.map((f) => [f.id, f] as const))(
    'format %s has tests and a README row',
    (id, format) => {
      expect(existsSync(join(PROJECT_ROOT, `tests/unit/${TEST_FILE[id] ?? id}.test.ts`))).toBe(
        true,
      );
      const row = read('README.md')
        .split('\n')
        .find((line) => line.startsWith(`| ${format.label}`));
      expect(row, `README formats table row for ${format.label}`).toBeDefined();
    },
  );

  // Permissions are checked on the built manifests, not on wxt.config.ts: packaging.test.ts.
});
