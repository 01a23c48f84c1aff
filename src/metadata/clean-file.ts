/**
 * One entry point for any file, photo or video, read through a ByteSource:
 *
 *   first 64 bytes -> sniffVideo ? cleanVideo (streaming: headers and moov only)
 *                                : read whole (<= MAX_IMAGE_BYTES) -> cleanImage
 *
 * Both paths answer with the same shape: the cleaned file as an OutputPlan (for a photo, one
 * 'bytes' entry), its size, and the receipt. It never throws and never returns the original.
 */
import { cleanImage, MAX_IMAGE_BYTES } from './clean.ts';
import type { StripErrorCode } from './errors.ts';
import { cleanVideo } from './formats/isobmff/video/clean-video.ts';
import { sniffVideo } from './sniff.ts';
import type { ByteSource, OutputPlan } from './source.ts';
import type { FormatId, ReceiptLine } from './types.ts';

export type FileCleanResult =
  | {
      ok: true;
      format: FormatId;
      mime: string;
      plan: OutputPlan;
      outputSize: number;
      removed: ReceiptLine[];
      kept: ReceiptLine[];
    }
  | { ok: false; format: FormatId | null; code: StripErrorCode; detail: string };

export async function cleanFile(source: ByteSource): Promise<FileCleanResult> {
  try {
    if (source.size === 0) return refusal('truncated', 'the file is empty');
    const head = await source.read(0, Math.min(64, source.size));
    if (sniffVideo(head)) return await cleanVideo(source);
    if (source.size > MAX_IMAGE_BYTES) {
      return refusal('too_large', 'the image is larger than 512 MB');
    }
    const result = await cleanImage(await source.read(0, source.size));
    if (!result.ok) return result;
    return {
      ok: true,
      format: result.format,
      mime: result.mime,
      plan: [{ from: 'bytes', data: result.output }],
      outputSize: result.output.length,
      removed: result.removed,
      kept: result.kept,
    };
  } catch {
    // Reading the source failed (a file removed mid-way, a Blob that cannot be read).
    return refusal('truncated', 'the file could not be read');
  }
}

function refusal(code: StripErrorCode, detail: string): FileCleanResult {
  return { ok: false, format: null, code, detail };
}
