import { randomBytes } from 'node:crypto';
import { defineConfig } from 'wxt';

// End-to-end builds (`npm run build:e2e`) also protect local test pages, so tests can serve
// upload pages on 127.0.0.1. Release builds never contain these patterns.
const e2e = process.env.VEIL_E2E === '1';
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

// The one fixed name the two upload scripts use to find each other, random per build (never
// in the source), used only while no page script has run yet (src/upload/bridge.ts).
const handshakeName = `h${randomBytes(12).toString('hex')}`;

// The page-world hook's functions sit on the page's own call stacks (a listener that throws,
// a wrapped built-in called wrongly). Named by a sourceURL, its frames read `<anonymous>`
// instead of chrome-extension://<Veil's id>/…, which would tell any page Veil is installed.
const anonymousHookFrames = {
  name: 'veil-anonymous-hook-frames',
  generateBundle(
    _options: unknown,
    bundle: Record<string, { type: string; fileName: string; code?: string }>,
  ) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.fileName.includes('upload-hook')) {
        chunk.code = `${chunk.code ?? ''}\n//# sourceURL=<anonymous>\n`;
      }
    }
  },
};

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // VEIL_OUT_DIR lets parallel test runs build into separate folders.
  outDir: process.env.VEIL_OUT_DIR ?? (e2e ? '.output/e2e' : '.output'),
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
  manifestVersion: 3,
  // `npm run zip`: store zips plus the sources zip Firefox reviewers rebuild from (README,
  // "Build from source"). An allow-list, so tests, samples and scratch files never ship.
  zip: {
    includeSources: [
      'entrypoints/**',
      'src/**',
      'public/**',
      'scripts/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE',
      'docs/PERMISSIONS.md',
    ],
    excludeSources: ['tests/**', 'samples/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    define: { __VEIL_HANDSHAKE__: JSON.stringify(handshakeName) },
    // Vite's modulepreload polyfill is a fetch() call site in every page; Chrome and Firefox
    // 128+ preload modules natively, and the packaging test allows no fetch in our pages.
    build: { modulePreload: { polyfill: false } },
    plugins: [anonymousHookFrames],
  }),
  hooks: {
    // E2E builds run the upload guard on local test pages too.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...E2E_MATCHES])];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // Sites the user adds from the popup or options, asked one at a time (docs/PERMISSIONS.md).
    optional_host_permissions: ['*://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'veil@veil.invalid',
              strict_min_version: '128.0',
              // Veil collects nothing and sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    ...(e2e ? { host_permissions: E2E_MATCHES } : {}),
  }),
});
