/** A small local server with the text guard's test page: a textarea, an input, editors. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Profile</title>
<style>body{font:16px/1.4 sans-serif;margin:20px} textarea,input,#ce{display:block;margin:0 0 16px;width:520px}
#ce{border:1px solid #888;min-height:90px;padding:6px}</style></head><body>
<label for="ta">About me</label><textarea id="ta" rows="6"></textarea>
<label for="in">Headline</label><input id="in" type="text">
<div id="ce" contenteditable="true" aria-label="Advert"><p><br></p></div>
<div id="quill" style="width:520px;height:120px"></div>
<script src="/quill.js"></script>
<script>window.quill = new Quill('#quill', { placeholder: 'Your advert' });</script>
<iframe id="fr" style="width:540px;height:140px" srcdoc="<body><div id=ce2 contenteditable=true style='min-height:80px;border:1px solid #888'></div></body>"></iframe>
</body></html>`;

export interface TextPageServer {
  origin: string;
  close(): Promise<void>;
}

export async function startTextPageServer(): Promise<TextPageServer> {
  // A real rich-text editor (Quill 2, from npm): it owns and re-renders its contenteditable.
  const quill = readFileSync(createRequire(import.meta.url).resolve('quill/dist/quill.js'));
  const server = createServer((req, res) => {
    if (req.url === '/quill.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(quill);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const PERSONAL = 'Text me on +44 7700 900123 after six.';
export const WORK = 'Bookings only on +44 7700 900456 please.';
