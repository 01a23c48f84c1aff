/** The upload widgets sites use, bundled from npm with esbuild for the test pages. */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const ENTRY = `
import Dropzone from 'dropzone';
import * as FilePond from 'filepond';
import Uppy from '@uppy/core';
import Dashboard from '@uppy/dashboard';
import XHRUpload from '@uppy/xhr-upload';
Dropzone.autoDiscover = false;
Object.assign(window, { Dropzone, FilePond, Uppy, UppyDashboard: Dashboard, UppyXHRUpload: XHRUpload });
`;

export async function bundleWidgets(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'veil-widgets-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, ENTRY);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
    nodePaths: [join(PROJECT_ROOT, 'node_modules')],
    absWorkingDir: PROJECT_ROOT,
  });
  return result.outputFiles[0]!.text;
}
