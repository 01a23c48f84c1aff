/**
 * Sniff, strip and verify, without the receipt text: the hot path, and all the upload content
 * script needs (it has EXIF blocks described in the background, so exifr stays out of it).
 */
import { StripError, type StripErrorCode } from './errors.ts';
import { sniff } from './sniff.ts';
import type { CleanResult, FormatHandler, FormatId, StripOptions, StripSuccess } from './types.ts';

/** Still images larger than this are refused rather than risk exhausting a tab's memory. */
export const MAX_IMAGE_BYTES = 512 * 1024 * 1024;

export type Refusal = Extract<CleanResult, { ok: false }>;
export type StripOutcome = { ok: true; handler: FormatHandler; result: StripSuccess } | Refusal;

/** Sniff, strip and verify, without the receipt text (the hot path the benchmark measures). */
export function stripImage(input: Uint8Array, options?: StripOptions): StripOutcome {
  if (input.length === 0) return refusal(null, 'truncated', 'the file is empty');
  if (input.length > MAX_IMAGE_BYTES) {
    return refusal(null, 'too_large', 'the image is larger than 512 MB');
  }
  const sniffed = sniff(input.subarray(0, 64));
  if (sniffed.kind === 'unknown') {
    return refusal(null, 'unsupported_format', 'this is not a photo format Veil recognises');
  }
  if (sniffed.kind === 'refused') {
    return refusal(null, 'unsupported_format', `${sniffed.name}: ${sniffed.reason}`);
  }
  const handler = sniffed.handler;
  try {
    const result = handler.strip(input, options);
    handler.verify(result.output);
    return { ok: true, handler, result };
  } catch (error) {
    if (error instanceof StripError) return refusal(handler.id, error.code, error.detail);
    // A bug or an engine limit (e.g. out of memory) must still fail closed, with a reason the
    // user can act on; the raw message could echo file bytes, so it is not passed on.
    return refusal(handler.id, 'malformed', `${handler.label} file could not be read safely`);
  }
}

function refusal(format: FormatId | null, code: StripErrorCode, detail: string): Refusal {
  return { ok: false, format, code, detail };
}
