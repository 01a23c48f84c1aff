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
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { useDropzone } from 'react-dropzone';
import plupload from 'plupload';
Dropzone.autoDiscover = false;

// react-dropzone as a React app uses it: a root that takes drops and clicks, a hidden input,
// and (useFsAccessApi) Chrome's File System Access picker instead of the input.
function ReactDrop({ upload, useFsAccessApi }) {
  const { getRootProps, getInputProps } = useDropzone({
    useFsAccessApi,
    onDrop: (files) => { if (files.length) upload(files); },
  });
  const style = { width: '400px', height: '200px', border: '2px dashed #888' };
  return h('div', getRootProps({ id: 'rdz', style }), h('input', getInputProps()), 'Drop photos here');
}
const mountReactDropzone = (el, upload, useFsAccessApi) =>
  createRoot(el).render(h(ReactDrop, { upload, useFsAccessApi }));

Object.assign(window, {
  Dropzone, FilePond, Uppy, UppyDashboard: Dashboard, UppyXHRUpload: XHRUpload, mountReactDropzone, plupload,
});
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
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [join(PROJECT_ROOT, 'node_modules')],
    absWorkingDir: PROJECT_ROOT,
  });
  return result.outputFiles[0]!.text;
}
