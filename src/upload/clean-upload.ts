/**
 * One picked file in, one decision out: cleaned (a new File with the same MIME type, a neutral
 * name and a fresh date), passed (not a photo or video: untouched), or held (a photo or video
 * Veil could not clean and verify). Never the original in place of a cleaned file.
 */
import { cleanVideo } from '../metadata/formats/isobmff/video/clean-video.ts';
import { describeRemovedWith, GENERIC_EXIF } from '../metadata/receipt-lines.ts';
import { SNIFF_BYTES } from '../metadata/registry.ts';
import { sniff, sniffVideo } from '../metadata/sniff.ts';
import { MAX_IMAGE_BYTES, stripImage } from '../metadata/strip-image.ts';
import type { ReceiptLine, StripSuccess } from '../metadata/types.ts';
import { blobFromPlan, blobSource, planFromParts, readBlob } from './blob-source.ts';
import { classify } from './file-kind.ts';
import { extensionOf, type NeutralNames } from './file-names.ts';

export type UploadOutcome =
  | {
      kind: 'cleaned';
      file: File;
      removed: ReceiptLine[];
      /** Removed EXIF blocks (TIFF) for the background to describe; the receipt follows later. */
      exifBlocks: Uint8Array[];
    }
  | { kind: 'passed'; file: File }
  | { kind: 'held'; original: File; media: 'photo' | 'video'; reason: string };

/**
 * EXIF blocks up to this size go to the background to be described (a JPEG's APP1 cannot be
 * larger); a larger one (a HEIF item) gets the generic line: it is removed either way.
 */
export const MAX_REMOTE_EXIF_BYTES = 64 * 1024;

export interface CleanOptions {
  names: NeutralNames;
  anonymiseNames: boolean;
  now?: () => number;
}

export async function cleanUpload(file: File, options: CleanOptions): Promise<UploadOutcome> {
  const now = options.now ?? Date.now;
  let head: Uint8Array;
  let whole: Uint8Array | null = null;
  try {
    // A file that says it is a photo is read once, whole (one trip to the browser's file
    // store instead of two); anything else is sniffed from its first bytes first.
    if (looksLikePhoto(file)) whole = await readBlob(file);
    head = whole ? whole.subarray(0, SNIFF_BYTES) : await readBlob(file, 0, SNIFF_BYTES);
  } catch {
    return { kind: 'held', original: file, media: 'photo', reason: 'the file could not be read' };
  }
  if (sniffVideo(head)) return cleanVideoUpload(file, options);
  const kind = classify(sniff(head), head, file.name, file.type);
  if (kind.kind === 'other') return { kind: 'passed', file };
  if (kind.kind === 'risky') {
    return { kind: 'held', original: file, media: kind.media, reason: kind.reason };
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return { kind: 'held', original: file, media: 'photo', reason: 'the photo is too large' };
  }
  try {
    const input = whole ?? (await readBlob(file));
    // The input was read for this alone: the JPEG stripper may write its output over it.
    const result = stripImage(input, { reuseInput: true });
    if (!result.ok) return { kind: 'held', original: file, media: 'photo', reason: result.detail };
    const exifBlocks: Uint8Array[] = [];
    const removed = await describeRemovedWith(result.result.removed, (tiff) => {
      if (tiff.length > MAX_REMOTE_EXIF_BYTES) return [GENERIC_EXIF];
      exifBlocks.push(tiff);
      return [];
    });
    const name = options.anonymiseNames
      ? options.names.next('photo', kind.ext)
      : renameExtension(file.name, kind.ext);
    const type = file.type || result.handler.mime;
    const cleaned = new File([imageBody(file, input, result.result, type)], name, {
      type,
      lastModified: now(),
    });
    return { kind: 'cleaned', file: cleaned, removed, exifBlocks };
  } catch {
    return { kind: 'held', original: file, media: 'photo', reason: 'the file could not be read' };
  }
}

/** Photos up to this size are read whole at once; larger ones are sniffed first. */
const WHOLE_READ_MAX_BYTES = 64 * 1024 * 1024;
const PHOTO_NAME = /\.(jpe?g|jfif|png|webp|gif|hei[cf]|avif)$/i;

function looksLikePhoto(file: File): boolean {
  if (file.size > WHOLE_READ_MAX_BYTES) return false;
  return /^image\//i.test(file.type) || PHOTO_NAME.test(file.name);
}

/**
 * Videos are cleaned by streaming: only the headers and the movie box are read, and the output
 * is a Blob of untouched slices of the original plus the rewritten boxes (never the whole
 * video in memory).
 */
async function cleanVideoUpload(file: File, options: CleanOptions): Promise<UploadOutcome> {
  const now = options.now ?? Date.now;
  const result = await cleanVideo(blobSource(file)).catch(() => null);
  if (!result)
    return { kind: 'held', original: file, media: 'video', reason: 'the file could not be read' };
  if (!result.ok) return { kind: 'held', original: file, media: 'video', reason: result.detail };
  const ext = result.format === 'mov' ? 'mov' : extensionOf(file.name) === 'm4v' ? 'm4v' : 'mp4';
  const name = options.anonymiseNames
    ? options.names.next('video', ext)
    : renameExtension(file.name, ext);
  const type = file.type || result.mime;
  const body = blobFromPlan(file, result.plan, type);
  const cleaned = new File([body], name, { type, lastModified: now() });
  return { kind: 'cleaned', file: cleaned, removed: result.removed, exifBlocks: [] };
}

/**
 * The verified output, as slices of the picked file for the image data it kept untouched: the
 * browser then does not copy megabytes into a new Blob. The slices hold exactly the bytes that
 * were read and verified (a file changed on disk since is refused by the browser when read,
 * which fails the upload rather than sending other bytes).
 */
function imageBody(file: File, input: Uint8Array, result: StripSuccess, type: string): Blob {
  const plan = result.parts ? planFromParts(input, result.parts, result.output.length) : null;
  if (!plan) return new Blob([result.output as Uint8Array<ArrayBuffer>], { type });
  return blobFromPlan(file, plan, type);
}

/** The original sent as the user chose, under a neutral name when names are anonymised. */
export function originalAsChosen(
  original: File,
  media: 'photo' | 'video',
  options: CleanOptions,
): File {
  if (!options.anonymiseNames) return original;
  const name = options.names.next(media, extensionOf(original.name) || 'bin');
  const now = options.now ?? Date.now;
  return new File([original], name, { type: original.type, lastModified: now() });
}

/** Keep the user's name but make its extension match what the bytes really are. */
function renameExtension(name: string, ext: string): string {
  const current = extensionOf(name);
  const base = current ? name.slice(0, -(current.length + 1)) : name;
  if (current === ext || (ext === 'jpg' && (current === 'jpeg' || current === 'jfif'))) return name;
  return `${base || 'photo'}.${ext}`;
}
