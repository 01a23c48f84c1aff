/**
 * Writes public/_locales/<locale>/messages.json from src/ui/i18n (interface strings) and
 * src/tips (tip titles, bodies, categories). The JSON files are committed; run this after
 * changing any string (`npm run locales`); tests/unit/locales.test.ts fails when they are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LOCALES } from '../src/ui/i18n/index.ts';
import { messagesJson } from '../src/ui/i18n/messages-json.ts';

for (const locale of UI_LOCALES) {
  const dir = join('public', '_locales', locale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(messagesJson(locale), null, 2)}\n`);
}
console.log(`wrote ${UI_LOCALES.length} locales`);
