/**
 * The video cleaner: MP4, MOV, M4V and 3GP, read through a ByteSource so that only box headers
 * and moov are ever in memory, never the media data.
 *
 *   sniff brands -> top-level headers -> moov read whole -> moov rebuilt from allow-lists
 *     -> plan (kept boxes in order, removed tracks' samples zeroed, chunk offsets rewritten)
 *     -> verify (walk the planned output again) -> receipt
 *
 * Fragmented files (moof/mvex, ISO/IEC 14496-12 §8.8) are cleaned by fragments.ts, keeping
 * every box after moov in place; those with a timed-metadata track are refused.
 */
import { StripError, fail, type StripErrorCode } from '../../../errors.ts';
// Video parts are described from their atoms; none is an EXIF block, so exifr is not needed
// here (this runs in the upload content script, which must stay small).
import { describeRemovedWith, genericExif } from '../../../receipt-lines.ts';
import { planLength, planSource, type ByteSource, type OutputPlan } from '../../../source.ts';
import type { ReceiptLine } from '../../../types.ts';
import { readBoxHeader } from '../boxes.ts';
import { sniffVideoKind, type VideoFormat } from './brands.ts';
import { describeMeta, describeUuid, VideoReceipt } from './describe.ts';
import { planFragments, type Replacement } from './fragments.ts';
import { layOut } from './layout.ts';
import { cleanMoov } from './moov-clean.ts';
import { nodeSize } from './moov-tree.ts';
import { describeKept } from './kept.ts';
import { MAX_MOOV_BYTES, readTopLevel, readWholeBox, type TopBox } from './top-level.ts';
import { verifyVideo } from './verify.ts';

export type VideoCleanResult =
  | {
      ok: true;
      format: VideoFormat;
      mime: string;
      plan: OutputPlan;
      outputSize: number;
      removed: ReceiptLine[];
      kept: ReceiptLine[];
    }
  | { ok: false; format: VideoFormat | null; code: StripErrorCode; detail: string };

const FRAGMENT_BOXES = new Set(['moof', 'mfra', 'sidx', 'styp', 'ssix', 'emsg', 'prft']);
/** Small dropped top-level boxes are read so the receipt can say what they held. */
const DESCRIBED_BYTES = 1024 * 1024;

export async function cleanVideo(source: ByteSource): Promise<VideoCleanResult> {
  let format: VideoFormat | null = null;
  try {
    if (source.size < 8) fail('truncated', 'the file is too short to be a video');
    const kind = sniffVideoKind(await source.read(0, Math.min(64, source.size)));
    if (!kind) fail('unsupported_format', 'this is not a video format Veil recognises');
    format = kind.format;
    const top = await readTopLevel(source);
    const moovs = top.filter((box) => box.type === 'moov');
    if (moovs.length === 0) {
      fail('truncated', 'the video has no movie header (it may be an unfinished recording)');
    }
    if (moovs.length > 1) fail('malformed', 'the video has more than one movie header');
    const moovBox = moovs[0]!;
    const moovBytes = await readWholeBox(source, moovBox, MAX_MOOV_BYTES);
    const receipt = new VideoReceipt();
    const cleaned = cleanMoov(moovBytes, readBoxHeader(moovBytes, 0, moovBytes.length), receipt);
    const fragmented = cleaned.fragmented || top.some((box) => FRAGMENT_BOXES.has(box.type));
    const keep = new Set<TopBox>();
    for (const box of top) {
      if (box.type === 'ftyp' || box.type === 'moov' || box.type === 'mdat') keep.add(box);
      else if (fragmented && box.start > moovBox.start)
        keep.add(box); // see fragments.ts
      else await describeTopLevel(source, box, receipt);
    }
    let replacements = new Map<TopBox, Replacement>();
    let delta = 0;
    if (fragmented) {
      if (!cleaned.fragmented) fail('malformed', 'movie fragments without a fragment header');
      if (cleaned.tracks.some((t) => !t.keep)) {
        fail(
          'unsupported_variant',
          'fragmented MP4 with a timed-metadata track cannot be cleaned yet',
        );
      }
      delta = nodeSize(cleaned.root) - (moovBox.end - moovBox.start);
      for (const box of top) if (box.end <= moovBox.start && !keep.has(box)) delta -= box.end - box.start; // prettier-ignore
      replacements = await planFragments(source, top, moovBox, delta, receipt);
    }
    const layout = layOut(top, keep, moovBox, cleaned.root, cleaned.tracks, replacements);
    if (layout.unreferenced > 0) receipt.parts.add('vendor', layout.unreferenced);
    if (
      fragmented &&
      layout.placed.some((p) => p.box.start > moovBox.start && p.newStart - p.box.start !== delta)
    ) {
      fail('verification_failed', 'a movie fragment moved unexpectedly');
    }
    await verifyVideo(planSource(layout.plan, source), source, cleaned.tracks, fragmented);
    return {
      ok: true,
      format: kind.format,
      mime: kind.mime,
      plan: layout.plan,
      outputSize: planLength(layout.plan),
      removed: await describeRemovedWith(receipt.finish().list, genericExif),
      kept: describeKept(moovBytes, cleaned.tracks),
    };
  } catch (error) {
    if (error instanceof StripError) {
      return { ok: false, format, code: error.code, detail: error.detail };
    }
    // A bug or an engine limit must still fail closed; the raw message could echo file bytes.
    return { ok: false, format, code: 'malformed', detail: 'the video could not be read safely' };
  }
}

async function describeTopLevel(
  source: ByteSource,
  box: TopBox,
  receipt: VideoReceipt,
): Promise<void> {
  const size = box.end - box.start;
  const small = size <= DESCRIBED_BYTES;
  if (box.type === 'uuid') {
    const payload = small
      ? await source.read(box.contentStart, box.end - box.contentStart)
      : undefined;
    describeUuid(box.usertype, payload, size, receipt);
  } else if (box.type === 'meta' && small) {
    const bytes = await source.read(box.start, size);
    describeMeta(bytes, readBoxHeader(bytes, 0, bytes.length), receipt);
  } else if (['PICT', 'pnot', 'thum', 'thm '].includes(box.type)) {
    receipt.parts.add('thumbnail', size);
  } else if (!['free', 'skip', 'wide'].includes(box.type)) {
    receipt.parts.add('vendor', size);
  }
}
