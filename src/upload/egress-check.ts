/**
 * The isolated half of the last line of defence. The MAIN-world hook stops a request that
 * carries a Blob Veil has not vetted and asks here. A Blob that is not a photo or video, or a
 * photo or video that cleaning would leave byte for byte as it is (a canvas export, a cleaned
 * file the page wrapped in a new File to rename it), goes through;
 * anything else waits for the user's explicit choice (default: don't send).
 */
import { cleanVideo } from '../metadata/formats/isobmff/video/clean-video.ts';
import type { OutputPlan } from '../metadata/source.ts';
import { stripImage, MAX_IMAGE_BYTES } from '../metadata/strip-image.ts';
import { SNIFF_BYTES } from '../metadata/registry.ts';
import { sniff, sniffVideo } from '../metadata/sniff.ts';
import { blobSource, readBlob } from './blob-source.ts';
import { classify } from './file-kind.ts';
import type { VettedFiles } from './file-key.ts';

export type EgressVerdict = 'clean' | 'unclean';

export async function egressVerdict(blob: Blob, vetted: VettedFiles): Promise<EgressVerdict> {
  if (vetted.has(blob as File)) return 'clean';
  try {
    const head = await readBlob(blob, 0, SNIFF_BYTES);
    if (sniffVideo(head)) return (await videoUnchanged(blob)) ? 'clean' : 'unclean';
    const name = (blob as Partial<File>).name ?? '';
    const kind = classify(sniff(head), head, name, blob.type);
    if (kind.kind === 'other') return 'clean';
    if (kind.kind === 'risky' || blob.size > MAX_IMAGE_BYTES) return 'unclean';
    // Already clean means cleaning would not change a byte (Veil's own outputs, canvas exports).
    const bytes = await readBlob(blob);
    const stripped = stripImage(bytes);
    return stripped.ok && sameBytes(stripped.result.output, bytes) ? 'clean' : 'unclean';
  } catch {
    return 'unclean';
  }
}

export async function allowEgress(
  blobs: readonly Blob[],
  vetted: VettedFiles,
  ask: () => Promise<boolean>,
): Promise<boolean> {
  for (const blob of blobs) {
    if ((await egressVerdict(blob, vetted)) === 'unclean') return ask();
  }
  return true;
}

/** True when cleaning the video would give back exactly its own bytes. */
async function videoUnchanged(blob: Blob): Promise<boolean> {
  const result = await cleanVideo(blobSource(blob));
  return result.ok && result.outputSize === blob.size && (await planIsIdentity(result.plan, blob));
}

async function planIsIdentity(plan: OutputPlan, blob: Blob): Promise<boolean> {
  let at = 0;
  for (const entry of plan) {
    if (entry.from === 'source') {
      if (entry.offset !== at) return false;
      at += entry.length;
    } else {
      const original = await readBlob(blob, at, entry.data.length);
      if (!sameBytes(original, entry.data)) return false;
      at += entry.data.length;
    }
  }
  return at === blob.size;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
