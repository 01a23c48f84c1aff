/**
 * Route one raw message: classify the sender, validate against the schema for that privilege,
 * call the matching handler. Never throws: every failure becomes `{ ok: false }`, and the error
 * text is fixed (it never echoes the message back).
 */
import { ContentMessage, ExtensionPageMessage, type Reply } from './protocol.ts';
import { classifySender, senderHost, type SenderInfo } from './sender.ts';

type Handlers<M extends { type: string }, Ctx> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, ctx: Ctx) => Promise<unknown> | unknown;
};

export interface ContentCtx {
  host: string;
  /** The sender's tab (to note what the user is writing there, for the popup's tips). */
  tabId?: number;
}

export interface Router {
  content: Handlers<ContentMessage, ContentCtx>;
  extensionPage: Handlers<ExtensionPageMessage, Record<string, never>>;
}

export async function dispatchMessage(
  raw: unknown,
  sender: SenderInfo,
  self: { id: string; origin: string },
  router: Router,
): Promise<Reply> {
  const kind = classifySender(sender, self.id, self.origin);
  try {
    if (kind === 'content') {
      const parsed = ContentMessage.safeParse(raw);
      if (!parsed.success) return { ok: false, error: 'rejected' };
      const host = senderHost(sender);
      if (!host) return { ok: false, error: 'rejected' };
      const handler = router.content[parsed.data.type] as (
        m: ContentMessage,
        c: ContentCtx,
      ) => unknown;
      const tabId = sender.tab?.id;
      const ctx: ContentCtx = typeof tabId === 'number' && tabId >= 0 ? { host, tabId } : { host };
      return { ok: true, data: (await handler(parsed.data, ctx)) ?? null };
    }
    if (kind === 'extension-page') {
      const parsed = ExtensionPageMessage.safeParse(raw);
      if (!parsed.success) return { ok: false, error: 'rejected' };
      const handler = router.extensionPage[parsed.data.type] as (
        m: ExtensionPageMessage,
        c: Record<string, never>,
      ) => unknown;
      return { ok: true, data: (await handler(parsed.data, {})) ?? null };
    }
    return { ok: false, error: 'rejected' };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
