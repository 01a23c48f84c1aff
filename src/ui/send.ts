/** Messages from Veil's pages to the background, through the one validated protocol. */
import type { ExtensionPageMessage, Reply } from '../messaging/protocol.ts';

export async function send<T = unknown>(message: ExtensionPageMessage): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply || !reply.ok) throw new Error(reply?.error ?? 'no reply');
  return reply.data;
}
