/**
 * The release build as the stores receive it: one `npm run build` into .output/release-test
 * (so parallel e2e builds in .output/e2e* are never touched), then checks on the BUILT
 * manifests and bundles, not on the config that produced them.
 *
 *   every permission explained in docs/PERMISSIONS.md, none unused, no host access at install
 *   no web_accessible_resources; a strict extension_pages CSP
 *   no remote code and no network call site outside the upload hook's tripwire wrappers
 *   Firefox: strict_min_version 128.0, data_collection_permissions none
 *   nothing of the e2e build (127.0.0.1, localhost patterns) in a release
 *   the popup (its HTML's scripts, preloads and styles) under 80 KB gzip: it opens on every click
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const OUT = '.output/release-test';
const BROWSERS = ['chrome-mv3', 'firefox-mv3'] as const;

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { js?: string[]; matches?: string[] }[];
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

beforeAll(() => {
  const env: NodeJS.ProcessEnv = { ...process.env, VEIL_OUT_DIR: OUT };
  delete env.VEIL_E2E;
  execFileSync('npm', ['run', 'build'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: 'ignore',
    timeout: 180_000,
  });
}, 240_000);

const dir = (browser: string) => join(PROJECT_ROOT, OUT, browser);
const manifest = (browser: string) =>
  JSON.parse(readFileSync(join(dir(browser), 'manifest.json'), 'utf8')) as Manifest;

function files(root: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (ext.test(name)) out.push(full);
    }
  };
  walk(root);
  return out;
}

/**
 * Evidence in the built code that a permission is used. A permission with no entry here fails
 * the test: add it with the API that needs it, or drop the permission.
 */
const USED_BY: Record<string, RegExp> = {
  // Direct calls, or WXT's storage driver, which indexes the area by name (storage[area]).
  storage: /\bstorage\.(local|session|sync)\b|\.storage\[\w+\]\.get\(/,
  scripting: /\bscripting\.(registerContentScripts|executeScript)\b/,
  // activeTab has no API of its own: it is what lets the popup's tabs.query see the tab's URL.
  activeTab: /\btabs\.query\b/,
};

/**
 * Network call sites (fetch, XHR, WebSocket, sendBeacon, EventSource, importScripts) and
 * dynamic imports of anything but our own chunks.
 */
const NETWORK =
  /(?<![\w$.])fetch\s*\(|\.fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\s*\(|import\((?![`'"]\.\/)/g;

/**
 * Reasoned exceptions, by file and by what surrounds the match:
 * - the MAIN-world upload hook wraps the page's own fetch/XHR/sendBeacon as an egress tripwire
 *   (src/upload): it only forwards requests the page itself makes;
 * - exifr's loader for optional Node modules (`import(name)`, guarded by a Node-only check,
 *   never reached in a browser) sits in the bundles that describe EXIF for receipts.
 */
function allowed(file: string, source: string, at: number): boolean {
  if (file === 'content-scripts/upload-hook.js') return true;
  const after = source.slice(at, at + 120);
  return /^import\([\w$]+\)\.then\([\w$]+\)\}catch\{console\.warn\(`Couldn't load/.test(after);
}

describe.each(BROWSERS)('release build %s', (browser) => {
  it('explains every permission in docs/PERMISSIONS.md and uses each one', () => {
    const m = manifest(browser);
    const doc = readFileSync(join(PROJECT_ROOT, 'docs/PERMISSIONS.md'), 'utf8');
    const declared = [
      ...(m.permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
    ];
    expect(declared.length).toBeGreaterThan(0);
    for (const permission of declared) expect(doc).toContain(`\`${permission}\``);
    const code = files(dir(browser), /\.js$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const permission of m.permissions ?? []) {
      const evidence = USED_BY[permission];
      expect(evidence, `how the build uses "${permission}"`).toBeDefined();
      expect(code).toMatch(evidence!);
    }
    // Host access is asked for one site at a time, never granted at install.
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it('exposes nothing to pages and has a strict CSP for its own pages', () => {
    const m = manifest(browser);
    expect(m.web_accessible_resources).toBeUndefined();
    const csp = m.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('has no remote code and no network call site outside the upload hook', () => {
    const root = dir(browser);
    for (const html of files(root, /\.html$/)) {
      const text = readFileSync(html, 'utf8');
      for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) {
        expect(src, relative(root, html)).toMatch(/^(\/|\.\/|[\w-]+\/)?[\w./-]+\.js$/);
      }
      expect(text).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    }
    const found: string[] = [];
    for (const js of files(root, /\.js$/)) {
      const file = relative(root, js);
      const source = readFileSync(js, 'utf8');
      for (const match of source.matchAll(NETWORK)) {
        if (!allowed(file, source, match.index)) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('contains nothing of the e2e build', () => {
    const m = manifest(browser);
    const matches = (m.content_scripts ?? []).flatMap((s) => s.matches ?? []);
    expect(matches.filter((p) => /127\.0\.0\.1|localhost/.test(p))).toEqual([]);
    for (const file of files(dir(browser), /\.(js|json|html)$/)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(dir(browser), file)).not.toContain('127.0.0.1');
      // "localhost" alone is a word linkifyjs's URL grammar knows (the text scanner); the e2e
      // patterns are what must never ship.
      expect(text, relative(dir(browser), file)).not.toMatch(/localhost[:/]/);
    }
  });
});

/** What opening the popup loads: its HTML and the scripts and styles the HTML names. */
const POPUP_MAX_GZIP = 80 * 1024;

describe('popup size', () => {
  it.each(BROWSERS)('%s: the popup loads under 80 KB gzip', (browser) => {
    const html = readFileSync(join(dir(browser), 'popup.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(refs.some((ref) => ref.endsWith('.js'))).toBe(true);
    const sizes = refs.map((ref) => gzipSync(readFileSync(join(dir(browser), ref))).length);
    const total = gzipSync(html).length + sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(POPUP_MAX_GZIP);
  });
});

describe('Firefox specifics', () => {
  it('requires Firefox 128 and declares that no data is collected', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.strict_min_version).toBe('128.0');
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
