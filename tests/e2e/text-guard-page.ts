/** A small local server with the text guard's test page: a textarea, an input, editors. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Profile</title>
<style>body{font:16px/1.4 sans-serif;margin:20px} textarea,input,#ce{display:block;margin:0 0 16px;width:520px}
#ce{border:1px solid #888;min-height:90px;padding:6px}</style></head><body>
<label for="ta">About me</label><textarea id="ta" rows="6"></textarea>
<label for="in">Headline</label><input id="in" type="text">
<div id="ce" contenteditable="true" aria-label="Advert"><p><br></p></div>
<iframe id="fr" style="width:540px;height:140px" srcdoc="<body><div id=ce2 contenteditable=true style='min-height:80px;border:1px solid #888'></div></body>"></iframe>
</body></html>`;

export interface TextPageServer {
  origin: string;
  close(): Promise<void>;
}

export async function startTextPageServer(): Promise<TextPageServer> {
  const server = createServer((_req, res) => {
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
