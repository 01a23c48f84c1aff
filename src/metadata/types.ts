import type { StripErrorCode } from './errors.ts';

export type FormatId = 'jpeg' | 'png' | 'webp' | 'gif' | 'heif' | 'avif' | 'mp4' | 'mov';

/**
 * What a stripper took out, in machine terms. `receipt.ts` turns these into the sentences a
 * person reads ("Location (51.632, −1.123)"). `payload` carries the raw block when its values
 * are worth describing (EXIF as a TIFF structure, XMP as text); it is never logged or shown.
 */
export type RemovedKind =
  | 'exif' // payload: the TIFF structure (starts at the II*/MM* byte-order mark)
  | 'xmp' // payload: the XMP packet (standard or extended)
  | 'iptc' // IPTC-IIM records, usually inside a Photoshop IRB
  | 'photoshop' // Photoshop image resource blocks (may hold a thumbnail)
  | 'comment' // free text: JPEG COM, GIF comment / plain-text extension
  | 'text' // PNG tEXt/zTXt/iTXt; detail: the keyword
  | 'timestamp' // a stand-alone modification time (PNG tIME)
  | 'thumbnail' // an embedded preview image (JFXX, HEIF thmb item, EXIF IFD1 when separate)
  | 'embedded_image' // MPF secondary images, depth maps, gain maps, auxiliary images
  | 'embedded_video' // a motion-photo or Live Photo video stored inside the picture
  | 'trailer' // bytes after the end of the image with no known meaning
  | 'multi_picture_index' // JPEG MPF APP2 index
  | 'provenance' // C2PA / JUMBF content credentials
  | 'item_names' // HEIF item name strings
  | 'vendor' // maker or application blocks, unknown chunks/boxes
  // Parts whose meaning is known from a video's atoms rather than an EXIF/XMP payload; `detail`
  // carries the value the receipt shows (see receipt-video.ts for the formats).
  | 'location' // detail: an ISO 6709 string ("+51.6320-001.1230/") when known
  | 'device' // detail: "make\u0000model\u0000software" (any field may be empty)
  | 'date' // detail: an ISO 8601 date-time when known, or 'zone' for a time-zone offset
  | 'identifier' // detail: 'live_photo' | 'serial' | 'media_id' | 'user'
  | 'timed_metadata'; // detail: 'faces' | 'gps' | 'timecode' | 'text' | 'chapters' | other

export interface RemovedPart {
  kind: RemovedKind;
  /** Short, fixed, non-user text for the receipt (e.g. a PNG keyword, "APP12 Ducky"). */
  detail?: string;
  payload?: Uint8Array;
  /** Number of bytes removed, for the summary. */
  size: number;
}

export type KeptKind =
  | 'orientation' // value: EXIF orientation 2..8, or the HEIF irot/imir transform described
  | 'colour_profile' // an ICC profile; detail: its description when it has one
  | 'colour_info' // nclx, gAMA/cHRM/sRGB, cICP...
  | 'animation'; // animation control (NETSCAPE2.0, acTL, ANIM)

export interface KeptPart {
  kind: KeptKind;
  detail?: string;
  value?: number;
}

export interface StripSuccess {
  output: Uint8Array;
  /**
   * `output` as the pieces it was joined from, in order: new bytes, and views into the input
   * for the untouched image data. The upload path builds the page's file from slices of the
   * original `File` for those views instead of copying megabytes into a new one.
   */
  parts?: readonly Uint8Array[];
  removed: RemovedPart[];
  kept: KeptPart[];
}

/**
 * One image format. `strip` throws `StripError` for anything it cannot clean safely; `verify`
 * walks a cleaned output with the same parser and throws `StripError('verification_failed')`
 * if any part outside the allow-list, or any byte after the end of the image, is present.
 */
export interface FormatHandler {
  readonly id: FormatId;
  readonly label: string;
  readonly mime: string;
  sniff(head: Uint8Array): boolean;
  strip(input: Uint8Array, options?: StripOptions): StripSuccess;
  verify(output: Uint8Array): void;
}

export interface StripOptions {
  /**
   * The caller owns `input` and will not use its bytes again: a stripper may write the output
   * over the parts of it that were removed instead of allocating a copy (the upload path, where
   * a new 5 MB buffer cost the renderer about 20 ms). Off by default.
   */
  reuseInput?: boolean;
}

export type ReceiptCategory =
  | 'location'
  | 'device'
  | 'serial'
  | 'owner'
  | 'date'
  | 'thumbnail'
  | 'embedded_video'
  | 'embedded_image'
  | 'editing_history'
  | 'description'
  | 'camera_settings'
  | 'provenance'
  | 'other';

/** The message a receipt line was written from (keys in receipt-text.ts), for translation. */
export interface ReceiptMessage {
  key: string;
  subs?: string[];
}

/** One line of a receipt, plain text (never HTML): `text` is English. */
export interface ReceiptLine {
  category: ReceiptCategory | KeptKind;
  text: string;
  message?: ReceiptMessage;
}

export type CleanResult =
  | {
      ok: true;
      format: FormatId;
      mime: string;
      output: Uint8Array;
      removed: ReceiptLine[];
      kept: ReceiptLine[];
      bytesRemoved: number;
    }
  | {
      ok: false;
      format: FormatId | null;
      code: StripErrorCode;
      /** Plain-language reason, safe to show: never contains names or file contents. */
      detail: string;
    };
