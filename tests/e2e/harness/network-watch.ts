/**
 * The network watch (issue 7): Veil makes no network request from any extension context. Every
 * browser the harness launches records what it sends, two ways:
 *
 * - a recording proxy that all of the browser's traffic goes through (loopback too): any
 *   request that tries to leave the machine, from whichever context (background, extension
 *   page, content script), and any loopback request with an extension origin or with no web
 *   page behind it (a background or extension-page request) is a finding;
 * - in Chromium, a DevTools session on every target (service worker, extension pages, web
 *   pages, their frames and workers), which names the context: any http(s)/ws request made by a
 *   chrome-extension:// target, or made by chrome-extension:// scripts alone in a web page (a
 *   content script), is a finding.
 *
 * What it cannot see: in Firefox, a content script's request to a loopback server looks like
 * its page's own (same Origin, same Referer) and there is no DevTools protocol to tell them
 * apart; its requests anywhere else are caught.
 *
 * Each e2e file gets one watch for all the browsers it launches (`fileWatch()`); the e2e setup
 * file (network-watch.setup.ts) asserts at the end of the file that it recorded nothing from
 * Veil, and that it was really in the path (it saw the tests' own requests). A test that wants
 * to prove the watch can fail passes its own `new NetworkWatch()` instead, which the per-file
 * zero assertion does not look at.
 */
import { isLoopback, type ProxiedRequest } from './recording-proxy.ts';

export interface Finding {
  /** What saw it: the proxy, or CDP on a named target. */
  seenBy: 'proxy' | 'cdp';
  /** The context that made it, as far as the watcher can tell. */
  context: string;
  method: string;
  url: string;
  why:
    | 'extension origin'
    | 'left the machine'
    | 'no web page behind it'
    | 'extension context'
    | 'made by an extension script';
}

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\//;
const NETWORK_SCHEME = /^(https?|wss?|ftp):/;

/**
 * Chromium's own service endpoints, which Debian's Chromium calls even with no extension loaded
 * and every background-networking switch on (component updater and its download redirector,
 * sign-in cookie check, autofill field types for a page with a form). A request to one of them
 * counts as the browser's own only when no target (page, worker, extension) made it and it
 * carries no extension origin; otherwise it is a finding like any other. Firefox's own traffic
 * is switched off by prefs.
 */
const CHROMIUM_SERVICE_HOSTS = new Set([
  'update.googleapis.com',
  'redirector.gvt1.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
]);

export interface CdpRequest {
  targetType: string;
  targetUrl: string;
  method: string;
  url: string;
  /** Script URLs on the initiator's stack, innermost first, async parents included. */
  stack: string[];
}

export class NetworkWatch {
  /** Everything the recording proxy saw. */
  readonly proxied: ProxiedRequest[] = [];
  /** Every network request a DevTools target (Chromium) made. */
  readonly cdp: CdpRequest[] = [];
  /** Extension targets the DevTools watcher attached to (Chromium): proof it was looking. */
  readonly extensionTargets = new Set<string>();
  /** Browsers launched under this watch. */
  readonly launches = { chromium: 0, firefox: 0 };

  constructor(readonly label: string) {}

  fromProxy(request: ProxiedRequest): void {
    this.proxied.push(request);
  }

  fromCdp(request: CdpRequest): void {
    if (NETWORK_SCHEME.test(request.url)) this.cdp.push(request); // not chrome-extension:, blob:
  }

  /** Loopback requests from web pages: the tests' own traffic (proof the proxy is in the path). */
  testRequests(): number {
    return this.proxied.filter((r) => proxyVerdict(r) === 'test').length;
  }

  /** Requests made by the browser itself (see CHROMIUM_SERVICE_HOSTS), counted, not findings. */
  browserOwn(): ProxiedRequest[] {
    return this.proxied.filter((r) => this.isBrowserOwn(r));
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const r of this.proxied) {
      const verdict = proxyVerdict(r);
      if (verdict === 'test' || (verdict === 'left the machine' && this.isBrowserOwn(r))) continue;
      out.push({
        seenBy: 'proxy',
        context: r.from || 'no origin',
        method: r.method,
        url: r.url,
        why: verdict,
      });
    }
    for (const r of this.cdp) {
      const base = { seenBy: 'cdp' as const, context: `${r.targetType} ${originOf(r.targetUrl)}` };
      if (EXTENSION_ORIGIN.test(r.targetUrl)) {
        out.push({ ...base, method: r.method, url: r.url, why: 'extension context' });
      } else if (r.stack.length > 0 && r.stack.every((u) => EXTENSION_ORIGIN.test(u))) {
        // Started by extension scripts alone (a content script): no page script on the stack,
        // async parents included. A page request that passes through Veil's MAIN-world hook, or
        // that the page makes when Veil hands it a cleaned file, has the page's script on it.
        out.push({ ...base, method: r.method, url: r.url, why: 'made by an extension script' });
      }
    }
    return out;
  }

  private isBrowserOwn(r: ProxiedRequest): boolean {
    if (!CHROMIUM_SERVICE_HOSTS.has(r.host) || EXTENSION_ORIGIN.test(r.from)) return false;
    return !this.cdp.some((c) => hostOf(c.url) === r.host);
  }
}

/**
 * What the proxy alone can say about a request. Both browsers send a web page's subresource
 * requests to loopback with a Referer (or an Origin), and page loads with Sec-Fetch-Mode
 * `navigate`; a background or extension-page request carries an extension origin, or no origin
 * and no referer at all (seen in Chromium and Firefox ESR: network-watch.test.ts).
 */
function proxyVerdict(r: ProxiedRequest): 'test' | Finding['why'] {
  if (EXTENSION_ORIGIN.test(r.from)) return 'extension origin';
  if (r.method === 'CONNECT' || !isLoopback(r.host)) return 'left the machine';
  if (r.from === '' && r.fetchMode !== 'navigate') return 'no web page behind it';
  return 'test';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function originOf(url: string): string {
  return /^[a-z-]+:\/\/[^/]*/.exec(url)?.[0] ?? url;
}

let current: NetworkWatch | undefined;
let harnessLaunches = 0;

/**
 * The watch a launch records into when the caller names none: the file's, under vitest (every
 * e2e test file); none outside it (the benchmarks launch browsers through the same helpers and
 * must not pay for a proxy hop and a debugger on every target).
 */
export function defaultWatch(): NetworkWatch | undefined {
  return process.env.VITEST ? fileWatch() : undefined;
}

/** The watch for the e2e file running in this worker (one per file: workers are isolated). */
export function fileWatch(): NetworkWatch {
  current ??= new NetworkWatch('file');
  return current;
}

/** The file's watch if any browser was launched under it, else undefined. */
export function fileWatchIfStarted(): NetworkWatch | undefined {
  return current;
}

/** Counts every browser the harness launches in this file, under whichever watch. */
export function countLaunch(watch: NetworkWatch, browser: 'chromium' | 'firefox'): void {
  watch.launches[browser]++;
  harnessLaunches++;
}

export function launchesThisFile(): number {
  return harnessLaunches;
}

/** One file's result, written for the run's summary (network-watch.global.ts). */
export interface FileReport {
  file: string;
  launches: { chromium: number; firefox: number };
  testRequests: number;
  cdpRequests: number;
  extensionTargets: number;
  browserOwn: number;
  findings: Finding[];
}

export function reportOf(file: string, watch: NetworkWatch | undefined): FileReport {
  return {
    file,
    launches: { ...(watch?.launches ?? { chromium: 0, firefox: 0 }) },
    testRequests: watch?.testRequests() ?? 0,
    cdpRequests: watch?.cdp.length ?? 0,
    extensionTargets: watch?.extensionTargets.size ?? 0,
    browserOwn: watch?.browserOwn().length ?? 0,
    findings: watch?.findings() ?? [],
  };
}
