// `npm start`: build both browsers' extensions, then show Veil working. With a display and
// Chromium, Chromium opens with Veil loaded; in every case a sample photo is cleaned with the
// CLI so the receipt is visible in the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('Building Veil for Chromium and Firefox…');
run(npm, ['run', '--silent', 'build']);

const chromeDir = join(root, '.output', 'chrome-mv3');
const firefoxDir = join(root, '.output', 'firefox-mv3');
console.log(`
Veil is built:
  Chromium/Chrome: ${chromeDir}
      open chrome://extensions, turn on Developer mode, "Load unpacked", pick that folder.
  Firefox:         ${firefoxDir}
      open about:debugging#/runtime/this-firefox, "Load Temporary Add-on", pick its manifest.json.
`);

console.log('Cleaning a sample photo with the command-line cleaner (the same engine):\n');
const out = mkdtempSync(join(tmpdir(), 'veil-sample-'));
run(npm, ['run', '--silent', 'veil', '--', 'clean', '--out', out, join(root, 'samples', 'sample-photo.jpg')]);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (hasDisplay && chromium) {
  console.log('\nOpening Chromium with Veil loaded…');
  const profile = mkdtempSync(join(tmpdir(), 'veil-chromium-'));
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${chromeDir}`,
      `--disable-extensions-except=${chromeDir}`,
      '--no-first-run',
      '--disable-background-networking',
      'chrome://extensions',
    ],
    { stdio: 'ignore', detached: true },
  );
  child.unref();
} else {
  console.log('\nNo display found: load the folders above in your browser to use Veil.');
}
