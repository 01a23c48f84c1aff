/**
 * GIF (GIF89a specification, 1990): blocks are walked in order and an allow-list is copied.
 *
 *   "GIF87a"|"GIF89a" | screen descriptor (7) | [global colour table]
 *   block* :  21 F9 graphic control (kept, must be its fixed 4-byte form)
 *           | 21 FF application: NETSCAPE2.0 / ANIMEXTS1.0 loop (rebuilt), ICCRGBG1012 ICC (kept),
 *                                anything else, XMP DataXMP included (removed)
 *           | 21 FE comment, 21 01 plain text, 21 xx unknown (removed)
 *           | 2C image descriptor (9) [local colour table] LZW size, sub-blocks (kept)
 *   3B trailer | (anything after it: removed)
 *   sub-blocks = (size 1..255, data)* 00
 */
import { ascii, concat, need, slice, startsWith, u16le, u8 } from '../bytes.ts';
import { fail } from '../errors.ts';
import type { FormatHandler, KeptPart, StripSuccess } from '../types.ts';
import { RemovedParts } from './removed-parts.ts';

const TRAILER = 0x3b;
const IMAGE = 0x2c;
const EXTENSION = 0x21;
const GRAPHIC_CONTROL = 0xf9;
const APPLICATION = 0xff;
const COMMENT = 0xfe;
const PLAIN_TEXT = 0x01;
const LOOP_APPS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);
const ICC_APP = 'ICCRGBG1012';
const XMP_APP = 'XMP DataXMP';
/** Bounds the block list: far more frames than any real animation has. */
const MAX_BLOCKS = 1_000_000;

type Block =
  | { kind: 'image'; start: number; end: number }
  | { kind: 'extension'; label: number; start: number; end: number; app?: string };

/** The end of a run of sub-blocks starting at `pos` (just after its 00 terminator). */
function skipSubBlocks(b: Uint8Array, pos: number, what: string): number {
  // Each step moves past at least one byte, and `u8` refuses to read past the end of the data,
  // so a run of sub-blocks that never terminates ends as `truncated`.
  for (;;) {
    const size = u8(b, pos, what);
    pos += 1;
    if (size === 0) return pos;
    need(b, pos, size, what);
    pos += size;
  }
}

function colourTableSize(flags: number): number {
  return flags & 0x80 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
}

/** Header, screen descriptor and global colour table: the bytes before the first block. */
function headerEnd(b: Uint8Array): number {
  if (!startsWith(b, 0, 'GIF87a') && !startsWith(b, 0, 'GIF89a')) {
    fail('malformed', 'the GIF signature is damaged');
  }
  const flags = u8(b, 10, 'GIF screen descriptor');
  const end = 13 + colourTableSize(flags);
  need(b, 0, end, 'GIF global colour table');
  return end;
}

function walkGif(b: Uint8Array): { header: number; blocks: Block[]; end: number } {
  const header = headerEnd(b);
  const blocks: Block[] = [];
  let pos = header;
  for (;;) {
    if (blocks.length >= MAX_BLOCKS) fail('too_large', 'the GIF has too many blocks');
    const start = pos;
    const introducer = u8(b, pos, 'GIF block');
    if (introducer === TRAILER) return { header, blocks, end: pos + 1 };
    if (introducer === IMAGE) {
      const flags = u8(b, pos + 9, 'GIF image descriptor');
      pos += 10 + colourTableSize(flags);
      const lzw = u8(b, pos, 'GIF image data');
      if (lzw < 1 || lzw > 11) fail('malformed', 'a GIF image has an impossible code size');
      pos = skipSubBlocks(b, pos + 1, 'GIF image data');
      blocks.push({ kind: 'image', start, end: pos });
      continue;
    }
    if (introducer !== EXTENSION) fail('malformed', 'the GIF holds an unknown block type');
    const label = u8(b, pos + 1, 'GIF extension');
    let app: string | undefined;
    if (label === APPLICATION && u8(b, pos + 2, 'GIF application extension') === 11) {
      app = ascii(b, pos + 3, 11, 'GIF application identifier');
    }
    pos = skipSubBlocks(b, pos + 2, 'GIF extension');
    blocks.push(
      app === undefined
        ? { kind: 'extension', label, start, end: pos }
        : { kind: 'extension', label, start, end: pos, app },
    );
  }
}

/** The fixed form of a graphic control extension: 21 F9 04 <4 bytes> 00 (§23). */
function isCanonicalGraphicControl(b: Uint8Array, block: Block): boolean {
  return block.end - block.start === 8 && u8(b, block.start + 2) === 4;
}

/**
 * The loop count of a NETSCAPE2.0 / ANIMEXTS1.0 block, rebuilt as its canonical 19 bytes so no
 * other sub-block (buffer size, or anything a writer slipped in) survives.
 */
function loopBlock(
  b: Uint8Array,
  block: Block,
  app: string,
): { bytes: Uint8Array; loops: number } | null {
  const pos = block.start + 14; // 21 FF 0B + 11-byte identifier
  if (block.end - pos < 5 || u8(b, pos) !== 3 || u8(b, pos + 1) !== 1) return null;
  const loops = u16le(b, pos + 2);
  const bytes = new Uint8Array(19);
  bytes.set([EXTENSION, APPLICATION, 11], 0);
  for (let i = 0; i < 11; i++) bytes[3 + i] = app.charCodeAt(i);
  bytes.set([3, 1, loops & 0xff, loops >>> 8, 0], 14);
  return { bytes, loops };
}

/** XMP in GIF is stored raw, followed by a 258-byte "magic trailer" that ends the sub-blocks. */
function xmpPayload(b: Uint8Array, block: Block): Uint8Array {
  const raw = slice(b, block.start + 14, block.end - block.start - 14);
  for (let i = 0; i + 2 < raw.length; i++) {
    if (raw[i] === 0x01 && raw[i + 1] === 0xff && raw[i + 2] === 0xfe) return raw.subarray(0, i);
  }
  return raw;
}

function stripGif(input: Uint8Array): StripSuccess {
  const { header, blocks, end } = walkGif(input);
  const removed = new RemovedParts();
  const kept: KeptPart[] = [];
  const parts: Uint8Array[] = [slice(input, 0, header)];
  for (const block of blocks) {
    const whole = slice(input, block.start, block.end - block.start);
    if (block.kind === 'image') {
      parts.push(whole);
      continue;
    }
    const { label, app } = block;
    if (label === GRAPHIC_CONTROL) {
      if (!isCanonicalGraphicControl(input, block)) {
        fail('malformed', 'a GIF graphic control extension has the wrong size');
      }
      parts.push(whole);
    } else if (label === COMMENT) {
      removed.add('comment', whole.length, 'comment');
    } else if (label === PLAIN_TEXT) {
      removed.add('comment', whole.length, 'plain text');
    } else if (label !== APPLICATION) {
      removed.add('vendor', whole.length, 'extension');
    } else if (app !== undefined && LOOP_APPS.has(app)) {
      const loop = loopBlock(input, block, app);
      if (loop) {
        parts.push(loop.bytes);
        kept.push({ kind: 'animation', value: loop.loops });
      } else {
        removed.add('vendor', whole.length, app);
      }
    } else if (app === ICC_APP && !kept.some((part) => part.kind === 'colour_profile')) {
      parts.push(whole);
      kept.push({ kind: 'colour_profile' });
    } else if (app === ICC_APP) {
      // Decoders use one profile; a second one is only a place to carry other data past the
      // allow-list (found by the fuzzer: tests/fixtures/fuzz/gif-second-icc-profile.bin).
      removed.add('vendor', whole.length, 'second colour profile');
    } else if (app === XMP_APP) {
      removed.add('xmp', whole.length, undefined, xmpPayload(input, block));
    } else if (app === 'MGKIPTC0000') {
      removed.add('iptc', whole.length, 'IPTC');
    } else if (app === 'MGK8BIM0000') {
      removed.add('photoshop', whole.length, 'Photoshop');
    } else {
      // The identifier is writer-chosen text, so it is not echoed into the receipt.
      removed.add('vendor', whole.length, 'application extension');
    }
  }
  parts.push(Uint8Array.of(TRAILER));
  if (end < input.length) removed.add('trailer', input.length - end);
  return { output: concat(parts), parts, removed: removed.list, kept };
}

function verifyGif(output: Uint8Array): void {
  const refuse = (why: string): never => fail('verification_failed', `cleaned GIF: ${why}`);
  let walked: ReturnType<typeof walkGif>;
  try {
    walked = walkGif(output);
  } catch {
    return refuse('its block structure does not read back');
  }
  if (walked.end !== output.length) refuse('bytes remain after the trailer');
  let profiles = 0;
  for (const block of walked.blocks) {
    if (block.kind === 'image') continue;
    if (block.label === GRAPHIC_CONTROL && isCanonicalGraphicControl(output, block)) continue;
    if (block.app !== undefined && LOOP_APPS.has(block.app) && block.end - block.start === 19) {
      continue;
    }
    if (block.app === ICC_APP && ++profiles === 1) continue;
    refuse('an extension block is outside the allow-list');
  }
}

export const gifFormat: FormatHandler = {
  id: 'gif',
  label: 'GIF',
  mime: 'image/gif',
  sniff: (head) => startsWith(head, 0, 'GIF87a') || startsWith(head, 0, 'GIF89a'),
  strip: stripGif,
  verify: verifyGif,
};
