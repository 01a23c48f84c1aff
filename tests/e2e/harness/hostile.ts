/**
 * Hostile pages for the security suite: a server on 127.0.0.1 that serves pages whose scripts
 * attack Veil (first thing in <head>, as early as a page can run), records every upload and every
 * request path (so markup that tried to load an image is seen), and a photo whose metadata is
 * markup and script. Every page uploads what its own code can reach; the tests judge what arrived.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { tempDir } from '../../helpers/tools.ts';
import { readBody } from './server.ts';

export interface Upload {
  caseName: string;
  bytes: Buffer;
}

export interface HostileServer {
  origin: string;
  uploads: Upload[];
  /** Every request path the browsers asked for (markup probes show up here). */
  paths: string[];
  logs: { caseName: string; event: string }[];
  waitFor(caseName: string, count?: number, timeoutMs?: number): Promise<Upload[]>;
  close(): Promise<void>;
}

/** The path an image made from metadata markup would load: never requested if nothing renders. */
export const PROBE_PATH = '/xss-probe';
/** A string the pages put in every observable place themselves (the positive control). */
export const PAGE_MARKER = 'page-own-marker-7f3a';

/** The photo whose EXIF and XMP text fields are markup and script (with GPS and a phone). */
export function markupPhoto(): string {
  const path = join(tempDir('veil-hostile-'), 'IMG_20240301_140233.jpg');
  copyFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg'), path);
  const img = `<img src=${PROBE_PATH} onerror="window.__veilXss=1">`;
  const script = `<script>window.__veilXss=2</script>`;
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    `-Make=${img}`,
    `-Model=${script}<b>Model</b>`,
    `-Artist=${img}`,
    `-ImageDescription=${script}`,
    `-XPComment=${img}`,
    `-GPSAreaInformation=${img}`,
    '-GPSLatitude=51.5072',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=0.1276',
    '-GPSLongitudeRef=W',
    `-XMP-dc:Description=${img}`,
    `-XMP-dc:Creator=${script}`,
    `-XMP-photoshop:City=${img}`,
    path,
  ]);
  return path;
}

export async function startHostileServer(
  rawPhoto: Buffer,
  handshake: string,
): Promise<HostileServer> {
  const uploads: Upload[] = [];
  const paths: string[] = [];
  const logs: { caseName: string; event: string }[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      paths.push(url.pathname);
      const caseName = url.searchParams.get('case') ?? '';
      if (req.method === 'POST' && url.pathname === '/upload') {
        const body = await readBody(req);
        uploads.push(...parseBody(caseName, req.headers['content-type'] ?? '', body));
        res.end('ok');
      } else if (url.pathname === '/log') {
        logs.push({ caseName, event: url.searchParams.get('event') ?? '' });
        res.end('ok');
      } else if (url.pathname === '/raw-photo') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(rawPhoto);
      } else if (url.pathname === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(hostilePage(caseName, handshake));
      } else {
        res.writeHead(404);
        res.end();
      }
      // A request cut off mid-body (the page closed) is not an upload: drop it quietly.
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    uploads,
    paths,
    logs,
    async waitFor(caseName, count = 1, timeoutMs = 15_000) {
      const start = Date.now();
      for (;;) {
        const got = uploads.filter((u) => u.caseName === caseName);
        if (got.length >= count || Date.now() - start > timeoutMs) return got;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Multipart file parts, or the whole body when the page sent raw bytes. */
function parseBody(caseName: string, contentType: string, body: Buffer): Upload[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return body.length ? [{ caseName, bytes: body }] : [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const out: Upload[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(at + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (/filename="/.test(part.subarray(0, split).toString('utf8'))) {
      out.push({ caseName, bytes: Buffer.from(part.subarray(split + 4)) });
    }
    at = next;
  }
  return out;
}

/**
 * Shared page code. `grab(x)` keeps every File or FileList the page's hooks ever see;
 * `sendSeen()` uploads all of them (raw bytes, so the egress tripwire is not in the way: a page
 * that holds an original can send it however it likes). `sendFiles` is an ordinary upload.
 */
const COMMON = `
const CASE = new URLSearchParams(location.search).get('case');
const H = __HANDSHAKE__;
const realFetch = fetch;
const log = (event) => realFetch('/log?case=' + CASE + '&event=' + encodeURIComponent(event));
const seen = new Set();
function grab(x) {
  try {
    if (x instanceof File) seen.add(x);
    else if (x && typeof x === 'object' && typeof x.length === 'number' && typeof x.item === 'function') {
      for (let i = 0; i < x.length; i++) if (x.item(i) instanceof File) seen.add(x.item(i));
    } else if (Array.isArray(x)) for (const v of x) grab(v);
    else if (x && typeof x === 'object' && Array.isArray(x.files)) grab(x.files);
  } catch {}
}
window.sendSeen = async () => {
  for (const f of seen) await realFetch('/upload?case=' + CASE, { method: 'POST', body: await f.arrayBuffer() });
  await log('seen:' + seen.size);
};
// The page already holds an original (from its own server) and sends it as a PDF by type and name.
async function sendMade() {
  const bytes = await (await realFetch('/raw-photo')).arrayBuffer();
  sendFiles([new File([bytes], 'invoice.pdf', { type: 'application/pdf' })]);
}
function sendFiles(files) {
  const fd = new FormData();
  for (const f of files) fd.append('file', f);
  return realFetch('/upload?case=' + CASE, { method: 'POST', body: fd }).then(() => log('sent'), () => log('blocked'));
}
`;

/** Attacks that run first in <head>. */
const ATTACKS: Record<string, string> = {
  // Window and document capture listeners as early as a page can add them, with built-ins from
  // a fresh frame; each stops the event and takes whatever files it can see.
  'early-capture': `
    const frame = document.createElement('iframe');
    document.documentElement.appendChild(frame);
    const fw = frame.contentWindow;
    const add = fw.EventTarget.prototype.addEventListener;
    const filesOf = Object.getOwnPropertyDescriptor(fw.HTMLInputElement.prototype, 'files').get;
    for (const type of ['input', 'change', 'drop', 'paste']) {
      const take = (e) => { e.stopImmediatePropagation(); try { grab(filesOf.call(e.target)); } catch {} };
      add.call(window, type, take, true);
      add.call(document, type, take, true);
      window.addEventListener(type, take, true);
    }`,
  // Built-ins Veil's page-world code might use, replaced to watch (and keep) what passes.
  'poisoned-builtins': `
    const from = Array.from; Array.from = function (x, ...r) { grab(x); return from.call(this, x, ...r); };
    for (const m of ['push', 'some', 'map', 'forEach', 'shift', 'filter']) {
      const orig = Array.prototype[m];
      Array.prototype[m] = function (...a) { grab(this); grab(a); return orig.apply(this, a); };
    }
    Object.defineProperty(Array.prototype, '0', { configurable: true, set(v) { grab(v); Object.defineProperty(this, '0', { value: v, writable: true, enumerable: true, configurable: true }); } });
    for (const k of ['bubbles', 'cancelable', 'composed']) Object.defineProperty(Object.prototype, k, { configurable: true, get() { grab(this.detail); grab(this.files); return undefined; } });
    const call = Function.prototype.call;
    const apply = Function.prototype.apply;
    Function.prototype.call = function (self, ...a) { grab(self); grab(a); if (self instanceof Event) { try { grab(self.detail); } catch {} } return apply.apply(this, [self, a]); };
    for (const m of ['get', 'set']) { const orig = Map.prototype[m]; Map.prototype[m] = function (...a) { grab(a); return orig.apply(this, a); }; }
    const dtFiles = Object.getOwnPropertyDescriptor(DataTransfer.prototype, 'files');
    Object.defineProperty(DataTransfer.prototype, 'files', { ...dtFiles, get() { const l = dtFiles.get.apply(this); grab(l); return l; } });
    const inFiles = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'files');
    Object.defineProperty(HTMLInputElement.prototype, 'files', { ...inFiles, get() { const l = inFiles.get.apply(this); grab(l); return l; }, set(v) { grab(v); } });
    const slice = Blob.prototype.slice; Blob.prototype.slice = function (...a) { grab(this); return slice.apply(this, a); };
    const ael = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (t, l, o) { return ael.apply(this, [t, function (e) { try { grab(e.target && e.target.files); } catch {} return typeof l === 'function' ? l.apply(this, arguments) : l && l.handleEvent(e); }, o]); };
    Event.prototype.stopImmediatePropagation = function () {};
    Event.prototype.stopPropagation = function () {};
    if (window.CustomEvent) { const CE = CustomEvent; window.CustomEvent = function (n, i) { grab(i && i.detail); return new CE(n, i); }; }`,
  // Forged private messages: the build's handshake name, and 'config' {active: false} on it,
  // posted to the window, and on names a page might guess.
  'forged-config': `
    const off = { op: 'config', active: false };
    for (const name of [H, 'config', 'veil', 'message']) {
      document.dispatchEvent(new CustomEvent(name, { detail: off }));
      document.dispatchEvent(new CustomEvent(name, { detail: 'isolated:' + name }));
      document.dispatchEvent(new CustomEvent(name, { detail: 'main:' + name }));
      document.dispatchEvent(new CustomEvent(name, { detail: off }));
    }
    window.postMessage(off, '*');
    setInterval(() => { document.dispatchEvent(new CustomEvent(H, { detail: off })); window.postMessage(off, '*'); }, 20);`,
  // File identity forged: after one cleaned upload, every File claims the cleaned file's name,
  // size, type and date (Veil's vetted key), then an original is picked on a detached input.
  'forged-key': `
    window.forgeFrom = (f) => {
      const fake = { name: f.name, size: f.size, type: f.type, lastModified: f.lastModified };
      for (const [proto, k] of [[File.prototype, 'name'], [Blob.prototype, 'size'], [Blob.prototype, 'type'], [File.prototype, 'lastModified']]) {
        const d = Object.getOwnPropertyDescriptor(proto, k);
        Object.defineProperty(proto, k, { ...d, get() { return fake[k]; } });
      }
    };`,
  none: '',
};

/** Page bodies: an attached input, plus a detached one the page polls (no listener at all). */
const BODY = `
  <input type="file" id="input" multiple>
  <button id="pick">Pick</button>
  <button id="send-made" onclick="sendMade()">Send a file the page made</button>
  <script>
    document.getElementById('input').addEventListener('change', (e) => {
      const files = [...e.target.files];
      if (CASE === 'forged-key' && files.length) window.forgeFrom(files[0]);
      if (files.length) sendFiles(files);
    });
    // A detached input the page never listens to: it polls input.files and, from an inline
    // handler, reads them again through a form; bytes go out raw.
    document.getElementById('pick').onclick = () => {
      const form = document.createElement('form');
      const input = document.createElement('input');
      input.type = 'file';
      input.name = 'file';
      input.setAttribute('onchange', 'grab(new FormData(this.form).getAll("file")); grab(this.files)');
      form.appendChild(input);
      input.click();
      const timer = setInterval(() => {
        grab(new FormData(form).getAll('file'));
        grab(input.files);
        if (input.files.length) { clearInterval(timer); setTimeout(() => window.sendSeen(), 300); }
      }, 5);
    };
  </script>`;

export function hostilePage(caseName: string, handshake: string): string {
  const attack = ATTACKS[caseName] ?? '';
  const common = COMMON.replace('__HANDSHAKE__', JSON.stringify(handshake));
  return `<!doctype html><html><head><script>${common}${attack}</script><meta charset="utf-8">
    <title>${caseName}</title></head><body>${BODY}</body></html>`;
}
