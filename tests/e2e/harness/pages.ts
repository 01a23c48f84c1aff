/**
 * Upload test pages, one per path a platform might use. Every page reports through the server
 * (`/upload`, `/log`) so the tests judge what actually left the browser. Page scripts here are
 * ordinary page code: they know nothing about Veil (except the spoof page, which attacks it).
 */
import { BIG_VIDEO_PAGE } from './big-video.ts';

const COMMON = `
const CASE = new URLSearchParams(location.search).get('case');
const log = (event) => fetch('/log?case=' + CASE + '&event=' + encodeURIComponent(event));
function sendFetch(files) {
  const fd = new FormData();
  for (const f of files) fd.append('file', f);
  return fetch('/upload?case=' + CASE, { method: 'POST', body: fd }).then(() => log('sent'), () => log('blocked'));
}
function sendXhr(files) {
  const fd = new FormData();
  for (const f of files) fd.append('file', f);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/upload?case=' + CASE);
  xhr.onload = () => log('sent');
  xhr.onerror = () => log('blocked');
  xhr.send(fd);
}
`;

const BODIES: Record<string, string> = {
  'big-video': BIG_VIDEO_PAGE,
  form: `<form method="post" enctype="multipart/form-data" action="/upload?case=form" target="sink">
    <input type="file" name="file" id="input"><button id="submit">Send</button></form>
    <iframe name="sink" style="display:none"></iframe>`,
  fetch: `<input type="file" id="input" multiple>
    <script>document.getElementById('input').addEventListener('change', (e) => { if (e.target.files.length) sendFetch([...e.target.files]); });</script>`,
  xhr: `<input type="file" id="input">
    <script>document.getElementById('input').onchange = (e) => { if (e.target.files.length) sendXhr([...e.target.files]); };</script>`,
  detached: `<button id="pick">Pick</button>
    <script>document.getElementById('pick').onclick = () => {
      const input = document.createElement('input');
      input.type = 'file';
      input.addEventListener('change', () => { if (input.files.length) sendFetch([...input.files]); });
      input.click();
    };</script>`,
  'shadow-open': shadowBody('open'),
  'shadow-closed': shadowBody('closed'),
  iframe: `<iframe id="frame" src="/page?case=iframe&inner=1" style="width:400px;height:200px"></iframe>`,
  drop: `<div id="zone" style="width:400px;height:300px;border:2px dashed #888">Drop here</div>
    <script>const zone = document.getElementById('zone');
      zone.addEventListener('dragover', (e) => e.preventDefault());
      zone.addEventListener('drop', (e) => { e.preventDefault(); if (e.dataTransfer.files.length) sendFetch([...e.dataTransfer.files]); });</script>`,
  // The same drop zone, for a dropped folder (its own case, so its uploads are counted apart).
  get 'drop-folder'() {
    return BODIES.drop!;
  },
  paste: `<textarea id="paste" style="width:400px;height:100px"></textarea>
    <script>document.addEventListener('paste', (e) => { const files = [...e.clipboardData.files]; if (files.length) { e.preventDefault(); sendFetch(files); } });</script>`,
  dropzone: `<div id="dz" style="width:400px;height:200px;border:1px solid #000">Dropzone</div>
    <script src="/widgets.js"></script>
    <script>new Dropzone('#dz', { url: '/upload?case=dropzone', paramName: 'file' });</script>`,
  filepond: `<input type="file" id="fp" name="file">
    <script src="/widgets.js"></script>
    <script>FilePond.create(document.getElementById('fp'), { server: { process: '/upload?case=filepond' }, instantUpload: true });</script>`,
  uppy: `<div id="uppy"></div>
    <script src="/widgets.js"></script>
    <script>new Uppy({ autoProceed: true })
      .use(UppyDashboard, { inline: true, target: '#uppy' })
      .use(UppyXHRUpload, { endpoint: '/upload?case=uppy', formData: true, fieldName: 'file' });</script>`,
  // Plupload 2 (moxie's html5 runtime): its own input inside a shim, read through its File
  // wrappers, sent by its own XMLHttpRequest upload.
  plupload: `<button id="browse">Add photos</button><div id="pl-container"></div>
    <script src="/widgets.js"></script>
    <script>const up = new plupload.Uploader({ runtimes: 'html5', browse_button: 'browse',
        container: 'pl-container', url: '/upload?case=plupload', file_data_name: 'file' });
      // Ready once its inputs are (it decides then whether it can send multipart).
      up.bind('PostInit', () => { document.body.dataset.uploaderReady = 'true'; });
      up.bind('FilesAdded', () => up.start());
      up.bind('UploadComplete', () => log('sent'));
      up.bind('Error', (_u, e) => log('error:' + e.code));
      up.init();</script>`,
  'react-dropzone': `<div id="app"></div>
    <script src="/widgets.js"></script>
    <script>mountReactDropzone(document.getElementById('app'), sendFetch, false);</script>`,
  'react-dropzone-fs': `<div id="app"></div>
    <script src="/widgets.js"></script>
    <script>mountReactDropzone(document.getElementById('app'), sendFetch, true);</script>`,
  // Chrome's File System Access picker: no input element at all (react-dropzone 12-14.2).
  picker: `<button id="pick">Pick</button>
    <script>document.getElementById('pick').onclick = async () => {
      try {
        const [handle] = await showOpenFilePicker({ types: [{ accept: { 'image/*': ['.jpg'] } }] });
        const file = await handle.getFile();
        await log('handle-name:' + handle.name);
        await sendFetch([file]);
      } catch (e) { await log('picker-error:' + e.name); }
    };</script>`,
  // A photo Veil never saw (made by the page), wrapped in another frame's File and FormData:
  // the last line of defence must still recognise them (no instanceof across realms).
  'foreign-realm': `<iframe id="frame" src="about:blank" style="display:none"></iframe>
    <script>window.sendForeign = async (wrapForm) => {
      const other = document.getElementById('frame').contentWindow;
      const bytes = await (await fetch('/raw-photo')).arrayBuffer();
      const file = new other.File([bytes], 'IMG_20240301_140233.jpg', { type: 'image/jpeg' });
      const fd = wrapForm ? new other.FormData() : new FormData();
      fd.append('file', file);
      return fetch('/upload?case=' + CASE, { method: 'POST', body: fd }).then(() => log('sent'), () => log('blocked'));
    };</script>`,
  // Uploads through fetch(new Request(url, { body })): the body is inside the Request object.
  'request-body': `<input type="file" id="input">
    <script>
      const post = (body) => fetch(new Request('/upload?case=' + CASE, { method: 'POST', body }))
        .then(() => log('sent'), () => log('blocked'));
      document.getElementById('input').addEventListener('change', (e) => {
        const fd = new FormData();
        fd.append('file', e.target.files[0]);
        post(fd);
      });
      window.sendJson = () => fetch(new Request('/log?case=' + CASE + '&event=json', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }));
      window.sendOriginal = async (raw) => {
        const bytes = await (await fetch('/raw-photo')).arrayBuffer();
        const file = new File([bytes], 'IMG_20240301_140233.jpg', { type: 'image/jpeg' });
        if (raw) return post(file);
        const fd = new FormData();
        fd.append('file', file);
        return post(fd);
      };
    </script>`,
  spoof: `<input type="file" id="input">
    <script>
      // A hostile page that knows the build's handshake name tries to pair with Veil, mark an
      // original as cleaned, and learn Veil's settings; then it sends an original by itself.
      const H = new URLSearchParams(location.search).get('h');
      const heard = [];
      for (const name of [H, 'evil-main', 'evil-iso']) document.addEventListener(name, (e) => { if (e.detail?.op !== 'mark') heard.push(typeof e.detail === 'string' ? e.detail : 'op:' + e.detail?.op); }, true);
      document.dispatchEvent(new CustomEvent(H, { detail: 'isolated:evil-main' }));
      document.dispatchEvent(new CustomEvent(H, { detail: 'main:evil-iso' }));
      window.addEventListener('message', (e) => heard.push('message'));
      window.spoof = async () => {
        const bytes = await (await fetch('/raw-photo')).arrayBuffer();
        const original = new File([bytes], 'IMG_20240301_140233.jpg', { type: 'image/jpeg' });
        const key = [original.name, original.size, original.type, original.lastModified].join('\\u0000');
        document.dispatchEvent(new CustomEvent(H, { detail: 'isolated:evil-main' }));
        document.dispatchEvent(new CustomEvent('evil-iso', { detail: { op: 'mark', keys: [key] } }));
        await log('heard:' + heard.filter((h) => h !== 'isolated:evil-main' && h !== 'main:evil-iso').join('|'));
        await log('native:' + /\\[native code\\]/.test(String(window.fetch)));
        await sendFetch([original]);
      };
    </script>`,
};

function shadowBody(mode: 'open' | 'closed'): string {
  return `<div id="host"></div><button id="pick">Pick</button>
    <script>
      const root = document.getElementById('host').attachShadow({ mode: '${mode}' });
      const input = document.createElement('input');
      input.type = 'file';
      root.appendChild(input);
      root.addEventListener('change', () => { if (input.files.length) sendFetch([...input.files]); });
      document.getElementById('pick').onclick = () => input.click();
    </script>`;
}

export function pageHtml(caseName: string, params: URLSearchParams): string {
  const key = params.get('inner') ? 'fetch' : caseName;
  const body = BODIES[key] ?? BODIES.fetch!;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${caseName}</title>
    <script>${COMMON}</script></head><body>${body}</body></html>`;
}
