/**
 * One fuzz case: clean the input through the public entry point (`cleanFile`, which routes
 * photos to `cleanImage` and videos to the streaming cleaner) and judge the answer.
 *
 *   refusal     must carry a code from STRIP_ERROR_CODES, and must not be the catch-all that
 *               `clean.ts` / `clean-video.ts` return for an exception that was not a StripError
 *               (that is a crash the fail-closed net caught, and still a bug)
 *   success     the marker a seed hid must be gone, and cleaning the output again must succeed
 *               and give the same bytes (the project's own walker finds nothing more to remove)
 *   time        wall time per case, compared with the bound by the caller
 */
import { cleanFile, type FileCleanResult } from '../../src/metadata/clean-file.ts';
import { STRIP_ERROR_CODES, type StripErrorCode } from '../../src/metadata/errors.ts';
import { sniff } from '../../src/metadata/sniff.ts';
import { bytesSource, type OutputPlan } from '../../src/metadata/source.ts';
import { containsMarker } from '../helpers/seeds.ts';

export type Verdict =
  | { kind: 'cleaned'; output: Uint8Array; format: string }
  | { kind: 'refused'; code: StripErrorCode }
  | { kind: 'crash'; detail: string }
  | { kind: 'leak'; detail: string };

export interface CaseResult {
  verdict: Verdict;
  /** Wall time of the first `cleanFile` call alone (the judging afterwards is not counted). */
  ms: number;
}

/** What clean.ts and clean-video.ts say when they caught an exception that was not a StripError. */
const CAUGHT_BUG = /could not be read safely$/;

export async function runCase(input: Uint8Array, marker: boolean): Promise<CaseResult> {
  const started = performance.now();
  let result;
  try {
    result = await cleanFile(bytesSource(input));
  } catch (error) {
    const ms = performance.now() - started;
    return { verdict: { kind: 'crash', detail: `cleanFile threw ${describeError(error)}` }, ms };
  }
  const ms = performance.now() - started;
  return { verdict: await judge(input, result, marker), ms };
}

async function judge(
  input: Uint8Array,
  result: FileCleanResult,
  marker: boolean,
): Promise<Verdict> {
  if (!result.ok) {
    if (!STRIP_ERROR_CODES.includes(result.code)) {
      return { kind: 'crash', detail: `untyped refusal code ${String(result.code)}` };
    }
    if (CAUGHT_BUG.test(result.detail)) {
      return { kind: 'crash', detail: `caught non-StripError: ${rawError(input)}` };
    }
    return { kind: 'refused', code: result.code };
  }
  const output = materialise(result.plan, input);
  if (output.length !== result.outputSize) return { kind: 'leak', detail: 'plan size mismatch' };
  if (marker && containsMarker(output)) return { kind: 'leak', detail: 'marker survived' };
  const again = await cleanFile(bytesSource(output));
  if (!again.ok) return { kind: 'leak', detail: `own output refused (${again.code})` };
  // A clean output is a fixed point: cleaning it again changes nothing. (The receipt of the
  // second pass may still list the fresh orientation-only EXIF or zeroed vendor boxes it
  // rewrote identically, so the bytes are compared, not the receipt.)
  const second = materialise(again.plan, output);
  if (!sameBytes(second, output)) {
    const what = [...new Set(again.removed.map((line) => line.category))].join(',');
    return { kind: 'leak', detail: `own walker still removes: ${what}` };
  }
  return { kind: 'cleaned', output, format: result.format };
}

/** The cleaned file as bytes (fuzz inputs are small enough to hold). */
export function materialise(plan: OutputPlan, source: Uint8Array): Uint8Array {
  const parts = plan.map((entry) =>
    entry.from === 'bytes'
      ? entry.data
      : source.subarray(entry.offset, entry.offset + entry.length),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * For a report a developer can act on: rerun the image handler outside the safety net to get
 * the exception's type and first stack frame (never the message, which could echo bytes).
 */
function rawError(input: Uint8Array): string {
  const sniffed = sniff(input.subarray(0, 64));
  if (sniffed.kind !== 'supported') return 'in the video cleaner';
  try {
    sniffed.handler.verify(sniffed.handler.strip(input).output);
    return 'not reproducible outside cleanFile';
  } catch (error) {
    return describeError(error);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frame = error.stack?.split('\n').find((line) => line.includes('/src/')) ?? '';
  return `${error.name} ${frame
    .trim()
    .replace(/^at /, 'at ')
    .replace(/\(.*\/src\//, '(src/')}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(
    Buffer.from(b.buffer, b.byteOffset, b.length),
  );
}
