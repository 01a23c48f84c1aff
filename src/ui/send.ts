/** Messages from Veil's pages to the background, through the one validated protocol. */
import type { ExtensionPageMessage, Reply } from '../messaging/protocol.ts';
import { sendWithRetry } from '../messaging/retry.ts';

/**
 * Asked again when the background does not answer (its worker may be stopping): every page
 * message is safe to repeat. A refusal from the background is an answer and is not repeated.
 */
export async function send<T = unknown>(message: ExtensionPageMessage): Promise<T> {
  const reply = await sendWithRetry(
    () => browser.runtime.sendMessage(message) as Promise<Reply<T> | undefined>,
  );
  if (!reply || !reply.ok) throw new Error(reply?.error ?? 'no reply');
  return reply.data;
}
