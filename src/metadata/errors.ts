/**
 * The closed set of reasons a file can be refused. Every parser throws `StripError` with one
 * of these codes; `cleanImage` turns it into a typed `{ ok: false }` result, so callers never
 * see a raw exception and never fall back to the original file.
 */
export const STRIP_ERROR_CODES = [
  'unsupported_format', // not a format Veil can clean (TIFF, RAW, PDF, unknown bytes...)
  'unsupported_variant', // a known format in a shape we cannot clean safely
  'truncated', // the data ends before a structure it declares
  'malformed', // structurally invalid (bad sizes, loops, impossible values)
  'too_large', // over a hard limit that protects memory and time
  'verification_failed', // the output still held something outside the allow-list
] as const;

export type StripErrorCode = (typeof STRIP_ERROR_CODES)[number];

export class StripError extends Error {
  override readonly name = 'StripError';
  constructor(
    readonly code: StripErrorCode,
    /** A plain-language reason, safe to show to the user: never contains file contents. */
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function fail(code: StripErrorCode, detail: string): never {
  throw new StripError(code, detail);
}
