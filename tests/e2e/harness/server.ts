/**
 * The e2e test server on 127.0.0.1: serves the upload test pages and the bundled widgets, and
 * records every file a page uploads (multipart or raw body) for the judges to inspect.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageHtml } from './pages.ts';

export interface Received {
  caseName: string;
  field: string;
  filename: string;
  type: string;
  bytes: Buffer;
}

export interface TestServer {
  origin: string;
  received: Received[];
  /** Page-side events (`/log?case=x&event=y`), e.g. a blocked upload. */
  logs: { caseName: string; event: string }[];
  waitFor(caseName: string, count?: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startServer(widgetsJs: string, rawPhoto: Buffer): Promise<TestServer> {
  const received: Received[] = [];
  const logs: { caseName: string; event: string }[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const caseName = url.searchParams.get('case') ?? '';
      if (req.method === 'POST' && url.pathname === '/upload') {
        const body = await readBody(req);
        received.push(...parseUpload(caseName, req.headers['content-type'] ?? '', body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      } else if (url.pathname === '/log') {
        logs.push({ caseName, event: url.searchParams.get('event') ?? '' });
        res.end('ok');
      } else if (url.pathname === '/raw-photo') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(rawPhoto);
      } else if (url.pathname === '/widgets.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(widgetsJs);
      } else if (url.pathname === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(pageHtml(caseName, url.searchParams));
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
    received,
    logs,
    async waitFor(caseName, count = 1, timeoutMs = 20_000) {
      const start = Date.now();
      for (;;) {
        const got = received.filter((r) => r.caseName === caseName);
        if (got.length >= count) return got;
        if (Date.now() - start > timeoutMs) return got;
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

/** A request's whole body. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseUpload(caseName: string, contentType: string, body: Buffer): Received[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) {
    return [{ caseName, field: '', filename: '', type: contentType, bytes: body }];
  }
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const out: Received[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(at + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const filename = /filename="([^"]*)"/.exec(disposition)?.[1];
    if (filename !== undefined && filename !== '') {
      out.push({
        caseName,
        field: /name="([^"]*)"/.exec(disposition)?.[1] ?? '',
        filename,
        type: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? '',
        bytes: Buffer.from(part.subarray(split + 4)),
      });
    }
    at = next;
  }
  return out;
}
