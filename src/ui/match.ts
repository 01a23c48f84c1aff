/**
 * Does a WebExtension match pattern (`*://*.example.com/*`, `http://127.0.0.1/*`) cover a URL?
 * Pure. Used by the popup to tell whether the current tab is protected by the manifest's
 * content scripts or by a site the user added.
 */
export function patternMatches(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):/.test(url);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) {
    return false;
  }
  const hostname = parsed.hostname.toLowerCase();
  const wantHost = host.replace(/:\d+$/, '').toLowerCase();
  if (wantHost !== '*') {
    if (wantHost.startsWith('*.')) {
      const base = wantHost.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== wantHost) return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRe).join('.*')}$`);
  return pathRe.test(parsed.pathname + parsed.search);
}

function escapeRe(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
