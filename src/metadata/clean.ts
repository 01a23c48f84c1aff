/**
 * The one entry point every caller uses (content script, manual cleaner, CLI, tests):
 *
 *   bytes -> sniff -> strip (format allow-list) -> verify (walk the output again) -> receipt
 *
 * It never throws and never returns the original: anything unexpected becomes a typed refusal.
 */
import { describeRemoved, describeKept } from './receipt.ts';
import { stripImage } from './strip-image.ts';
import type { CleanResult } from './types.ts';

export { MAX_IMAGE_BYTES, stripImage } from './strip-image.ts';

export async function cleanImage(input: Uint8Array): Promise<CleanResult> {
  const stripped = stripImage(input);
  if (!stripped.ok) return stripped;
  const { handler, result } = stripped;
  return {
    ok: true,
    format: handler.id,
    mime: handler.mime,
    output: result.output,
    removed: await describeRemoved(result.removed),
    kept: describeKept(result.kept),
    bytesRemoved: input.length - result.output.length,
  };
}
