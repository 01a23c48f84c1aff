/**
 * A recording HTTP proxy on 127.0.0.1 that every e2e browser sends all of its traffic through,
 * loopback included. Requests to loopback are forwarded (they are the tests' own servers);
 * anything else is recorded and answered 502 without being forwarded (the machine has no
 * network, and a request that tries to leave it is exactly what the watch is for). HTTPS and
 * WebSocket tunnels (CONNECT) are recorded and refused.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** `http://host:port/path` as asked for; `host:port` for a tunnel. */
  url: string;
  host: string;
  /** The Origin header, else the Referer's origin: who asked, as the browser says it. */
  from: string;
  /** Sec-Fetch-Mode (`navigate` for a page load), sent to loopback by both browsers. */
  fetchMode: string;
}

export interface RecordingProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A made-up name for "a site the user protects themselves" (not in the e2e build's matches):
 * the proxy serves it from 127.0.0.1 like the test servers. Under `.localhost`, so browsers
 * treat it as trustworthy as 127.0.0.1 (plain http, Sec-Fetch headers sent).
 */
export const ADDED_SITE_HOST = 'veil-added.localhost';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', ADDED_SITE_HOST]);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase());
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function requester(req: IncomingMessage): string {
  const origin = req.headers.origin;
  if (origin) return origin;
  const referer = req.headers.referer;
  if (!referer) return '';
  try {
    return new URL(referer).origin;
  } catch {
    return '';
  }
}

export async function startRecordingProxy(
  record: (request: ProxiedRequest) => void,
): Promise<RecordingProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    record({
      method: req.method ?? '',
      url: target.href,
      host: target.hostname,
      from: requester(req),
      fetchMode: header(req, 'sec-fetch-mode'),
    });
    if (target.protocol !== 'http:' || !isLoopback(target.hostname)) {
      res.writeHead(502);
      res.end();
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname === ADDED_SITE_HOST ? '127.0.0.1' : target.hostname,
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, connection: 'close' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        // A side that hangs up mid-answer (a page closed during an upload) ends this exchange
        // only: a reset socket must not become an unhandled error in the test run.
        answer.on('error', () => res.destroy());
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    record({ method: 'CONNECT', url: req.url ?? '', host, from: requester(req), fetchMode: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
