/**
 * Chromium half of the network watch: a second DevTools client (beside Playwright's pipe), on
 * the browser's --remote-debugging-port, auto-attached to every target — the extension's
 * service worker (each time it starts), extension pages, web pages, their out-of-process frames
 * and workers — with the Network domain on in each. Every request is handed to the watch with
 * the target that made it and the scripts on its initiator stack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection, type CDPSession } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import type { NetworkWatch } from './network-watch.ts';

interface TargetInfo {
  type: string;
  url: string;
  targetId: string;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

interface RequestWillBeSent {
  request: { url: string; method: string };
  initiator: { url?: string; stack?: StackTrace };
}

/** Every target, paused at start until its Network domain is on (so none of its requests is missed). */
const AUTO_ATTACH = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

export interface CdpWatcher {
  /** A browser-level DevTools session (used by tests that stop the service worker). */
  connection: Connection;
  close(): Promise<void>;
}

function stackUrls(stack: StackTrace | undefined, out: string[] = [], depth = 0): string[] {
  if (!stack || depth > 32) return out;
  for (const frame of stack.callFrames) out.push(frame.url);
  return stackUrls(stack.parent, out, depth + 1);
}

async function readDevToolsEndpoint(userDataDir: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    try {
      const [port, path] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split(
        '\n',
      );
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Chromium did not write DevToolsActivePort');
}

export async function watchChromium(userDataDir: string, watch: NetworkWatch): Promise<CdpWatcher> {
  const endpoint = await readDevToolsEndpoint(userDataDir);
  const connection = new Connection(endpoint, await NodeWebSocketTransport.create(endpoint));
  // The latest URL of each target (a tab navigates from a web page to an extension page).
  const latest = new Map<string, TargetInfo>();
  const quiet = () => undefined;

  const follow = (session: CDPSession, info: TargetInfo): void => {
    latest.set(info.targetId, info);
    if (info.url.startsWith('chrome-extension://')) watch.extensionTargets.add(info.url);
    session.on('Target.attachedToTarget', onAttached);
    session.on('Network.requestWillBeSent', (e: RequestWillBeSent) => {
      const now = latest.get(info.targetId) ?? info;
      const stack = stackUrls(e.initiator.stack).filter((u) => u !== '');
      if (stack.length === 0 && e.initiator.url) stack.push(e.initiator.url);
      watch.fromCdp({
        targetType: now.type,
        targetUrl: now.url,
        method: e.request.method,
        url: e.request.url,
        stack,
      });
    });
    // In order on one session: network on, follow its frames and workers, then let it run.
    void session.send('Network.enable').catch(quiet);
    // Async parents on initiator stacks (V8 records them only with the debugger on; it never
    // pauses), so a page request that Veil's hook forwards after an await still shows the
    // page's script that asked for it.
    if (info.type !== 'browser') {
      void session.send('Debugger.enable').catch(quiet);
      void session.send('Debugger.setSkipAllPauses', { skip: true }).catch(quiet);
      void session.send('Debugger.setAsyncCallStackDepth', { maxDepth: 32 }).catch(quiet);
    }
    void session.send('Target.setAutoAttach', AUTO_ATTACH).catch(quiet);
    void session.send('Runtime.runIfWaitingForDebugger').catch(quiet);
  };

  function onAttached(e: { sessionId: string; targetInfo: TargetInfo }): void {
    const session = connection.session(e.sessionId);
    if (session) follow(session, e.targetInfo);
  }

  connection.on('Target.attachedToTarget', onAttached);
  connection.on('Target.targetInfoChanged', (e: { targetInfo: TargetInfo }) => {
    latest.set(e.targetInfo.targetId, e.targetInfo);
    if (e.targetInfo.url.startsWith('chrome-extension://')) {
      watch.extensionTargets.add(e.targetInfo.url);
    }
  });
  await connection.send('Target.setDiscoverTargets', { discover: true });
  await connection.send('Target.setAutoAttach', AUTO_ATTACH);
  return {
    connection,
    close: async () => {
      connection.dispose();
    },
  };
}
