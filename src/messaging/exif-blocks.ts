/**
 * Removed EXIF blocks travel from the upload content script to the background as base64
 * (Chrome's extension messaging is JSON: a Uint8Array would arrive as an object of numbers).
 * The background describes them with exifr, so exifr is not in every page's content script.
 * Both sides import only this small file.
 */

/** A JPEG's APP1 segment cannot be larger; bigger blocks get the generic receipt line. */
export const MAX_EXIF_BLOCK_BYTES = 64 * 1024;
export const MAX_EXIF_BLOCKS = 100;
export const MAX_EXIF_BLOCK_CHARS = Math.ceil(MAX_EXIF_BLOCK_BYTES / 3) * 4;
/** The most lines a reply may carry, and the longest line, as the content script accepts them. */
export const MAX_REPLY_LINES = 60;
const MAX_LINE_CHARS = 200;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export interface ReplyLine {
  category: string;
  text: string;
  /** The receipt message the line was written from (receipt-text.ts), so pages can translate. */
  message?: { key: string; subs?: string[] };
}

const MESSAGE_KEY = /^rl_[A-Za-z0-9]{1,40}$/;
const MAX_SUBS = 3;

/** The background's reply, checked by hand (the content script carries no zod). */
export function parseLinesReply(raw: unknown): ReplyLine[] | null {
  const reply = raw as { ok?: unknown; data?: unknown } | null;
  if (!reply || reply.ok !== true || !Array.isArray(reply.data)) return null;
  const lines: ReplyLine[] = [];
  for (const item of reply.data.slice(0, MAX_REPLY_LINES) as unknown[]) {
    const line = item as Partial<ReplyLine> | null;
    if (typeof line?.category !== 'string' || typeof line.text !== 'string') return null;
    const parsed: ReplyLine = {
      category: line.category.slice(0, 40),
      text: line.text.slice(0, MAX_LINE_CHARS),
    };
    const message = parseMessage(line.message);
    if (message) parsed.message = message;
    lines.push(parsed);
  }
  return lines;
}

/** A line's message, or nothing when it is missing or malformed (the English text remains). */
function parseMessage(raw: unknown): ReplyLine['message'] | null {
  const message = raw as { key?: unknown; subs?: unknown } | null | undefined;
  if (typeof message?.key !== 'string' || !MESSAGE_KEY.test(message.key)) return null;
  if (message.subs === undefined) return { key: message.key };
  if (!Array.isArray(message.subs) || message.subs.length > MAX_SUBS) return null;
  if (!message.subs.every((sub) => typeof sub === 'string')) return null;
  return { key: message.key, subs: (message.subs as string[]).map((sub) => sub.slice(0, 80)) };
}
