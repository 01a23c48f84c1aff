/**
 * Who sent a message. Only Veil's own contexts count; a content script is "content" (it lives
 * in a page and may be steered by it), an extension page is "extension-page". Other extensions
 * and web pages (externally_connectable is not declared) are "foreign" and always rejected.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type SenderKind = 'content' | 'extension-page' | 'foreign';

export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (!sender.id || sender.id !== extensionId) return 'foreign';
  const url = sender.url ?? '';
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (url.startsWith(origin)) return 'extension-page';
  if (sender.tab && /^(https?|file):/.test(url)) return 'content';
  // about:blank / srcdoc frames report the page URL through the tab; anything else is unknown.
  if (sender.tab && /^(about:blank|about:srcdoc)/.test(url)) return 'content';
  return 'foreign';
}

/** The host name a content script's message came from ('' when it cannot be told). */
export function senderHost(sender: SenderInfo): string {
  const url = sender.url && /^https?:/.test(sender.url) ? sender.url : (sender.tab?.url ?? '');
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
