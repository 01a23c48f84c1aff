/**
 * What a picked file is, decided from its first bytes (never from its name or MIME type), with
 * the name and type only used to be more careful: bytes Veil does not recognise in a file that
 * calls itself an image or a video are held, not passed.
 */
import type { SniffResult } from '../metadata/sniff.ts';

export type FileKind =
  | { kind: 'supported'; format: string; ext: string; media: 'photo' }
  | { kind: 'risky'; media: 'photo' | 'video'; reason: string }
  | { kind: 'other' };

const EXT_BY_FORMAT: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  heif: 'heic',
  avif: 'avif',
};

const PHOTO_EXT =
  /\.(jpe?g|jfif|png|apng|gif|webp|heic|heif|hif|avif|tiff?|dng|cr2|cr3|crw|nef|nrw|arw|srf|sr2|raf|orf|rw2|pef|srw|x3f|3fr|iiq|jxl|bmp|psd)$/i;
const VIDEO_EXT =
  /\.(mp4|m4v|mov|qt|3gp|3g2|avi|mkv|webm|mts|m2ts|ts|mpe?g|wmv|flv|hevc|insv|lrv)$/i;

/** Formats the sniffer names but Veil cannot clean, that carry no pictures (documents, audio). */
const NOT_MEDIA = new Set(['PDF']);

export function classify(
  sniffed: SniffResult,
  head: Uint8Array,
  name: string,
  type: string,
): FileKind {
  if (sniffed.kind === 'supported') {
    const id = sniffed.handler.id;
    return { kind: 'supported', format: id, ext: EXT_BY_FORMAT[id] ?? id, media: 'photo' };
  }
  if (sniffed.kind === 'refused') {
    if (NOT_MEDIA.has(sniffed.name) || isWave(head)) return { kind: 'other' };
    const media = sniffed.name === 'video' || sniffed.name === 'Matroska/WebM' || isAvi(head);
    return { kind: 'risky', media: media ? 'video' : 'photo', reason: sniffed.reason };
  }
  const lowerType = type.toLowerCase();
  if (lowerType.startsWith('video/') || VIDEO_EXT.test(name)) {
    return { kind: 'risky', media: 'video', reason: 'Veil does not recognise this video format' };
  }
  if (lowerType.startsWith('image/') || PHOTO_EXT.test(name)) {
    return {
      kind: 'risky',
      media: 'photo',
      reason: 'the file says it is a picture, but Veil cannot read it as one',
    };
  }
  return { kind: 'other' };
}

function riffForm(head: Uint8Array): string {
  if (head.length < 12) return '';
  return String.fromCharCode(head[8]!, head[9]!, head[10]!, head[11]!);
}

const isWave = (head: Uint8Array) => riffForm(head) === 'WAVE';
const isAvi = (head: Uint8Array) => riffForm(head) === 'AVI ';

/** Does a name or MIME type claim a photo or video? (Used where bytes cannot be read in time.) */
export function looksLikeMedia(name: string, type: string): boolean {
  const t = type.toLowerCase();
  return (
    t.startsWith('image/') || t.startsWith('video/') || PHOTO_EXT.test(name) || VIDEO_EXT.test(name)
  );
}
