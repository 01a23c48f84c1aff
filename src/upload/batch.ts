/**
 * A whole selection (several files from one pick, drop or paste): clean each file, show
 * progress when it takes a while, ask the user once about everything held, and say what was
 * removed. The result is the list of files the page may see.
 */
import { GENERIC_EXIF, summarizeRemoved } from '../metadata/receipt-lines.ts';
import { summaryParts, type SummaryPart } from '../metadata/receipt-text.ts';
import type { ReceiptLine } from '../metadata/types.ts';
import {
  cleanUpload,
  originalAsChosen,
  type CleanOptions,
  type UploadOutcome,
} from './clean-upload.ts';

export interface HeldSummary {
  count: number;
  reasons: string[];
  media: 'photo' | 'video' | 'mixed';
}

export interface BatchUi {
  /** Shown only when cleaning takes longer than `PROGRESS_DELAY_MS`; returns a hide function. */
  showProgress(count: number): () => void;
  /** Resolves 'original' only when the user explicitly chose to send the original. */
  askAboutHeld(held: HeldSummary): Promise<'skip' | 'original'>;
  showReceipt(text: string): void;
}

export interface BatchReport {
  cleaned: number;
  held: number;
  passed: number;
  summary: string;
  /** The summary as message parts, for notices and the popup in the user's language. */
  removed: SummaryPart[];
  /** What was chosen, photos or videos (cleaned or held): the popup's tips follow it. */
  media?: 'photo' | 'video' | 'mixed';
}

export interface BatchResult {
  files: File[];
  /** Settles after the receipt is shown; the files never wait for it. */
  report: Promise<BatchReport>;
}

/** Describes removed EXIF blocks in detail (the background does, with exifr). */
export type ExifBlocksDescriber = (blocks: Uint8Array[]) => Promise<ReceiptLine[]>;

export const PROGRESS_DELAY_MS = 300;
/** At most this many EXIF blocks are described per selection; the rest get the generic line. */
export const MAX_DESCRIBED_BLOCKS = 100;
/**
 * The background gets this long to describe the removed EXIF blocks; then the receipt shows
 * the generic line. A worker stopped while the request is on its way may never answer.
 */
export const DESCRIBE_TIMEOUT_MS = 5_000;

export async function cleanBatch(
  files: readonly File[],
  options: CleanOptions & {
    ui: BatchUi;
    showReceipts: boolean;
    describeExif?: ExifBlocksDescriber;
    describeTimeoutMs?: number;
  },
): Promise<BatchResult> {
  const outcomes: UploadOutcome[] = [];
  let hide: (() => void) | null = null;
  const timer = setTimeout(() => (hide = options.ui.showProgress(files.length)), PROGRESS_DELAY_MS);
  try {
    for (const file of files) outcomes.push(await cleanUpload(file, options));
  } finally {
    clearTimeout(timer);
    (hide as (() => void) | null)?.();
  }

  const held = outcomes.filter(
    (o): o is Extract<UploadOutcome, { kind: 'held' }> => o.kind === 'held',
  );
  let sendOriginals = false;
  if (held.length > 0) {
    const media = new Set(held.map((h) => h.media));
    const summary: HeldSummary = {
      count: held.length,
      reasons: [...new Set(held.map((h) => h.reason))].slice(0, 3),
      media: media.size > 1 ? 'mixed' : held[0]!.media,
    };
    sendOriginals = (await options.ui.askAboutHeld(summary).catch(() => 'skip')) === 'original';
  }

  const out: File[] = [];
  const removed: ReceiptLine[] = [];
  const blocks: Uint8Array[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'cleaned') {
      out.push(outcome.file);
      removed.push(...outcome.removed);
      blocks.push(...outcome.exifBlocks);
    } else if (outcome.kind === 'passed') out.push(outcome.file);
    else if (sendOriginals) out.push(originalAsChosen(outcome.original, outcome.media, options));
  }

  const cleaned = outcomes.filter((o) => o.kind === 'cleaned').length;
  const passed = outcomes.length - cleaned - held.length;
  // The page gets its files first: describing wakes the background worker, which would compete
  // with the page for the CPU while it still waits for the files.
  const nextTask = new Promise<void>((resolve) => setTimeout(resolve, 0));
  const report = nextTask
    .then(() =>
      describeBlocks(
        blocks,
        options.describeExif,
        options.describeTimeoutMs ?? DESCRIBE_TIMEOUT_MS,
      ),
    )
    .then((exif) => {
      const unique = dedupeLines([...exif, ...removed]);
      const summary = cleaned > 0 ? receiptText(cleaned, unique) : '';
      if (summary && options.showReceipts) options.ui.showReceipt(summary);
      const media = mediaOf(outcomes);
      const parts = cleaned > 0 ? summaryParts(unique) : [];
      return { cleaned, held: held.length, passed, summary, removed: parts, ...media };
    });
  return { files: out, report };
}

/** Detailed lines when the describer answers; the generic line when it cannot. */
async function describeBlocks(
  blocks: Uint8Array[],
  describe: ExifBlocksDescriber | undefined,
  timeoutMs: number,
): Promise<ReceiptLine[]> {
  if (blocks.length === 0) return [];
  const generic = [GENERIC_EXIF];
  if (!describe) return generic;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<ReceiptLine[]>((resolve) => {
    timer = setTimeout(() => resolve(generic), timeoutMs);
  });
  const lines = await Promise.race([
    describe(blocks.slice(0, MAX_DESCRIBED_BLOCKS)).catch(() => generic),
    late,
  ]).finally(() => clearTimeout(timer));
  return blocks.length > MAX_DESCRIBED_BLOCKS ? [...lines, ...generic] : lines;
}

function dedupeLines(lines: readonly ReceiptLine[]): ReceiptLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => !seen.has(line.text) && seen.add(line.text));
}

/**
 * Photos, videos or both, from the files Veil cleaned or held. A cleaned file's extension is
 * the one Veil gave it from its bytes (clean-upload.ts), so mp4/mov/m4v means a video.
 */
function mediaOf(outcomes: readonly UploadOutcome[]): Pick<BatchReport, 'media'> {
  const kinds = new Set<'photo' | 'video'>();
  for (const o of outcomes) {
    if (o.kind === 'held') kinds.add(o.media);
    else if (o.kind === 'cleaned')
      kinds.add(/\.(mp4|mov|m4v)$/i.test(o.file.name) ? 'video' : 'photo');
  }
  if (kinds.size === 0) return {};
  return { media: kinds.size > 1 ? 'mixed' : [...kinds][0]! };
}

/** "Cleaned 2 files. Removed location, phone model and 2 dates." (English) */
export function receiptText(cleaned: number, removed: readonly ReceiptLine[]): string {
  const unique = dedupeLines(removed);
  const what = cleaned === 1 ? 'Cleaned 1 file' : `Cleaned ${cleaned} files`;
  return `${what}. ${summarizeRemoved(unique)}.`;
}
