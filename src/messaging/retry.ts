/**
 * Messages to the background, asked again when no answer comes. Chromium stops an idle
 * extension service worker whenever it likes; a message sent while the worker is stopping or
 * starting can be lost, and then `runtime.sendMessage` may neither answer nor fail. Every
 * message Veil asks again is safe to repeat (reads, settings written as values, receipts carried
 * with their own id), so a lost one is simply sent once more.
 */

export interface RetryOptions {
  /** How long one attempt waits for its answer. */
  attemptMs: number;
  /** How many attempts in all (at least 1). */
  attempts: number;
}

export const PAGE_RETRY: RetryOptions = { attemptMs: 3_000, attempts: 4 };

/** The receipt's EXIF description: two tries inside the batch's 5 s wait (DESCRIBE_TIMEOUT_MS). */
export const DESCRIBE_RETRY: RetryOptions = { attemptMs: 2_000, attempts: 2 };

const ERROR_PAUSE_MS = 250;

/** Thrown when no attempt got an answer in time. */
export class NoAnswerError extends Error {
  constructor() {
    super('the background did not answer');
    this.name = 'NoAnswerError';
  }
}

/**
 * `send(message)` until one attempt settles within `attemptMs`. A rejected attempt is tried again
 * too (a stopped worker rejects with "Receiving end does not exist"); the last rejection, or a
 * `NoAnswerError` when the last attempt timed out, is thrown. Answers that come late are ignored.
 */
export async function sendWithRetry<T>(
  send: () => Promise<T>,
  options: RetryOptions = PAGE_RETRY,
): Promise<T> {
  let lastError: unknown = new NoAnswerError();
  for (let attempt = 0; attempt < Math.max(1, options.attempts); attempt++) {
    const outcome = await settleWithin(send, options.attemptMs);
    if (outcome.kind === 'answer') return outcome.value;
    if (outcome.kind === 'error') {
      lastError = outcome.error;
      // A worker that is starting refuses at once; give it a moment before asking again.
      await new Promise((r) => setTimeout(r, ERROR_PAUSE_MS));
    } else lastError = new NoAnswerError();
  }
  throw lastError;
}

type Outcome<T> =
  { kind: 'answer'; value: T } | { kind: 'error'; error: unknown } | { kind: 'timeout' };

function settleWithin<T>(send: () => Promise<T>, ms: number): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
    const done = (outcome: Outcome<T>) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    try {
      send().then(
        (value) => done({ kind: 'answer', value }),
        (error: unknown) => done({ kind: 'error', error }),
      );
    } catch (error) {
      done({ kind: 'error', error });
    }
  });
}
