// `npm start`: build both browsers' extensions, then show Veil working. With a display and
// Chromium, Chromium opens with Veil on a local demo upload page (served here on 127.0.0.1);
// in every case a sample photo is cleaned with the CLI so the receipt shows in the terminal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
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
run(npm, [
  'run',
  '--silent',
  'veil',
  '--',
  'clean',
  '--out',
  out,
  join(root, 'samples', 'sample-photo.jpg'),
]);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  existsSync,
);
if (hasDisplay && chromium) {
  // The demo page is served on 127.0.0.1, which only the e2e build protects: build it too.
  console.log('\nBuilding the local-demo build (protects 127.0.0.1, never released)…');
  run(npm, ['run', '--silent', 'build:e2e']);
  const demoDir = join(root, '.output', 'e2e', 'chrome-mv3');
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      let size = 0;
      req.on('data', (chunk) => (size += chunk.length));
      req.on('end', () => res.end(String(size)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(DEMO_PAGE);
  });
  server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    console.log(`\nOpening Chromium with Veil on a demo upload page: ${url}`);
    const profile = mkdtempSync(join(tmpdir(), 'veil-chromium-'));
    const child = spawn(
      chromium,
      [
        `--user-data-dir=${profile}`,
        `--load-extension=${demoDir}`,
        `--disable-extensions-except=${demoDir}`,
        '--no-first-run',
        '--disable-background-networking',
        url,
      ],
      { stdio: 'ignore' },
    );
    console.log('Pick or drop a photo there. Close Chromium (or press Ctrl+C) to stop.');
    child.on('exit', () => server.close());
  });
} else {
  console.log('\nNo display found: load the folders above in your browser to use Veil.');
}

// The demo page: an ordinary upload form that shows what the page itself received.
const DEMO_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upload demo</title>
<style>body{font:16px system-ui;max-width:640px;margin:40px auto;padding:0 16px}
#zone{border:2px dashed #888;padding:40px;text-align:center;margin:16px 0}li{margin:4px 0}</style></head>
<body><h1>Upload demo</h1>
<p>This page stands in for a platform. Pick, drop or paste a photo: Veil cleans it before this
page can read it. The list shows what the page received.</p>
<input type="file" id="input" multiple accept="image/*,video/*">
<div id="zone">…or drop photos here</div>
<ul id="got"></ul>
<script>
const got = document.getElementById('got');
function show(files) {
  for (const f of files) {
    const li = document.createElement('li');
    li.textContent = f.name + ' — ' + f.size + ' bytes, ' + (f.type || 'no type');
    got.appendChild(li);
    const fd = new FormData();
    fd.append('file', f);
    fetch('/upload', { method: 'POST', body: fd }).catch(() => {
      li.textContent += ' (not sent)';
    });
  }
}
document.getElementById('input').addEventListener('change', (e) => show([...e.target.files]));
const zone = document.getElementById('zone');
zone.addEventListener('dragover', (e) => e.preventDefault());
zone.addEventListener('drop', (e) => { e.preventDefault(); show([...e.dataTransfer.files]); });
document.addEventListener('paste', (e) => show([...e.clipboardData.files]));
</script></body></html>`;
