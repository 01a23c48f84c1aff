/**
 * Messages asked again when the background's worker does not answer (it may be stopping):
 * a lost message is sent again, a refusal is not hidden, and late answers are ignored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoAnswerError, sendWithRetry } from '../../src/messaging/retry.ts';

const never = () => new Promise<never>(() => undefined);

describe('sendWithRetry', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('answers at once when the first attempt answers', async () => {
    const send = vi.fn(() => Promise.resolve('ok'));
    await expect(sendWithRetry(send, { attemptMs: 100, attempts: 3 })).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks again when an attempt gets no answer, and takes the next answer', async () => {
    const send = vi.fn<() => Promise<string>>().mockImplementationOnce(never);
    send.mockImplementation(() => Promise.resolve('second'));
    const result = sendWithRetry(send, { attemptMs: 100, attempts: 3 });
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toBe('second');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('asks again after a refusal by the browser (no receiving end yet)', async () => {
    const send = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValue('after restart');
    const result = sendWithRetry(send, { attemptMs: 100, attempts: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe('after restart');
  });

  it('gives up after the last attempt with NoAnswerError, or the last error', async () => {
    const silent = vi.fn(never);
    const result = sendWithRetry(silent, { attemptMs: 100, attempts: 3 });
    const settled = expect(result).rejects.toBeInstanceOf(NoAnswerError);
    await vi.advanceTimersByTimeAsync(300);
    await settled;
    expect(silent).toHaveBeenCalledTimes(3);

    const failing = vi.fn(() => Promise.reject(new Error('gone')));
    const failed = expect(sendWithRetry(failing, { attemptMs: 100, attempts: 2 })).rejects.toThrow(
      'gone',
    );
    await vi.advanceTimersByTimeAsync(1_000);
    await failed;
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer that comes after its attempt timed out', async () => {
    let lateResolve: (v: string) => void = () => undefined;
    const send = vi
      .fn<() => Promise<string>>()
      .mockImplementationOnce(() => new Promise((r) => (lateResolve = r)))
      .mockImplementation(never);
    const result = sendWithRetry(send, { attemptMs: 100, attempts: 2 });
    await vi.advanceTimersByTimeAsync(150);
    lateResolve('late');
    const settled = expect(result).rejects.toBeInstanceOf(NoAnswerError);
    await vi.advanceTimersByTimeAsync(100);
    await settled;
  });

  it('treats a send that throws synchronously as a failed attempt', async () => {
    const send = vi
      .fn<() => Promise<string>>()
      .mockImplementationOnce(() => {
        throw new Error('Extension context invalidated.');
      })
      .mockResolvedValue('ok');
    const result = sendWithRetry(send, { attemptMs: 100, attempts: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBe('ok');
  });
});
