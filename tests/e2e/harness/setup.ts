/** Shared e2e setup: build output paths, fixtures, widgets bundle and the server. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { makeFixtures, type Fixtures } from './fixtures.ts';
import { startServer, type TestServer } from './server.ts';
import { bundleWidgets } from './widgets.ts';

/** The e2e build; VEIL_OUT_DIR (as for `npm run build:e2e`) lets parallel runs use their own. */
const E2E_OUT = resolve(PROJECT_ROOT, process.env.VEIL_OUT_DIR ?? '.output/e2e');
export const CHROME_DIR = join(E2E_OUT, 'chrome-mv3');
export const FIREFOX_DIR = join(E2E_OUT, 'firefox-mv3');

export interface E2eWorld {
  fixtures: Fixtures;
  server: TestServer;
  /** The build's handshake name, which the spoof page is given to make the attack realistic. */
  handshake: string;
}

export async function setUpWorld(extensionDir: string): Promise<E2eWorld> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no e2e build in ${extensionDir}: run npm run build:e2e first`);
  }
  const fixtures = makeFixtures();
  const server = await startServer(await bundleWidgets(), readFileSync(fixtures.gpsPhoto));
  const scripts = join(extensionDir, 'content-scripts');
  const hook = readdirSync(scripts).find((f) => f.startsWith('upload-hook'))!;
  const handshake = /"(h[0-9a-f]{24})"/.exec(readFileSync(join(scripts, hook), 'utf8'))?.[1] ?? '';
  return { fixtures, server, handshake };
}
