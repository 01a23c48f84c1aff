/**
 * The image part of docs/BENCHMARKS.md and the README's table, from the measured rows: one
 * table per file (time, output size, peak and extra memory per method), the canvas pixel and
 * exiftool check under it, and how each number was measured.
 */
import { CANVAS_QUALITY, type CanvasResult, type ExifToolView, type PixelDiff } from './canvas.ts';
import type { BenchInput } from './inputs.ts';
import type { ImageMemory } from './memory.ts';

export const CANVAS_METHOD = `Canvas re-encode in Chromium (JPEG ${CANVAS_QUALITY}, lossy)`;

export interface Row {
  method: string;
  ms: number | null;
  outBytes: number | null;
}

export const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
export const mb = (n: number | null) => (n === null ? '—' : `${(n / 2 ** 20).toFixed(2)} MB`);
const mem = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} MB`);

export interface ImageResult {
  input: BenchInput;
  size: number;
  rows: Row[];
  memory: ImageMemory;
  canvas: CanvasResult;
}

function pixels(d: PixelDiff | null): string {
  if (!d) return 'it decodes to a different size from the input';
  if (d.changedPct === 0) return 'its decoded pixels are identical to the input’s';
  return `${d.changedPct.toFixed(1)}% of its RGB samples differ from the input’s decoded pixels (mean difference ${d.meanAbs.toFixed(1)}/255, largest ${d.maxAbs}, PSNR ${d.psnr.toFixed(1)} dB)`;
}

function view(v: ExifToolView): string {
  const groups = v.groups.length ? v.groups.join(', ') : 'no metadata groups';
  const profile = v.profile ? ` (ICC profile “${v.profile}”)` : '';
  const chroma = v.subsampling ? `, chroma ${v.subsampling}` : '';
  return `stored ${v.stored}${chroma}; ${groups}${profile}`;
}

function canvasNote(c: CanvasResult): string {
  if (!c.ok) {
    return `Canvas re-encode: Chromium could not decode this file (\`${c.error}\`), so a canvas cleaner fails on it.`;
  }
  const exif = c.exiftool
    ? ` exiftool reads the input as ${view(c.exiftool.input)}; the canvas output as ${view(c.exiftool.output)}.`
    : '';
  return `Canvas re-encode: the input decodes to ${c.inSize} pixels (orientation applied) and the canvas output to ${c.outSize}. Canvas output: ${pixels(c.canvasPixels)}. Veil’s output: ${pixels(c.veilPixels)}.${exif} While it ran, the other Chromium processes grew by ${c.otherProcessesMb.toFixed(0)} MB in all, on top of the renderer's ${c.rendererExtraMb.toFixed(0)} MB.`;
}

export function section(r: ImageResult): string {
  const veil = r.rows[0]!.ms!;
  const memory = new Map(r.memory.rows.map((m) => [m.method, m]));
  const lines = r.rows.map((row) => {
    const m = memory.get(row.method);
    const time = row.ms === null ? 'fails' : `${ms(row.ms)} ms`;
    const ratio = row.ms === null ? '—' : `${(row.ms / veil).toFixed(1)}×`;
    const where = row.method === CANVAS_METHOD && m ? ' (renderer)' : '';
    const peak = row.method.includes('-stay_open')
      ? 'one long-lived process'
      : mem(m?.peakMb) + where;
    return `| ${row.method} | ${time} | ${ratio} | ${mb(row.outBytes)} | ${peak} | ${mem(m?.extraMb)} |`;
  });
  return [
    `### ${r.input.label} (${mb(r.size)})`,
    '',
    '| Method | Median time | Time ÷ Veil | Output | Peak memory | Extra memory |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
    `Baselines for "extra": Node ${mem(r.memory.nodeBaseMb)}, exiftool ${mem(r.memory.exiftoolBaseMb)}.`,
    '',
    canvasNote(r.canvas),
  ].join('\n');
}

export function summaryRow(r: ImageResult): string {
  const cell = (prefix: string) => {
    const row = r.rows.find((x) => x.method.startsWith(prefix));
    return row?.ms != null ? `${ms(row.ms)} ms` : 'n/a (JPEG only)';
  };
  const c = r.canvas;
  const canvas = c.ok ? `${ms(c.ms)} ms (${mb(c.outBytes)}, pixels changed)` : 'cannot decode';
  return `| ${r.input.label} | ${cell('Veil (')} | ${cell('piexifjs')} | ${cell('exiftool -all= (one')} | ${cell('exiftool -all= (-stay')} | ${canvas} | ${cell('Uint8Array')} |`;
}

export function howMeasured(s: {
  runs: number;
  warmUp: number;
  processRuns: number;
  canvasRuns: number;
}): string {
  return `How each number is measured:

- **Time**: Node methods and the batched exiftool are timed in this process, median of ${s.runs} runs after ${s.warmUp} warm-up runs, garbage collected between runs; exiftool per file is the wall time of one process (median of ${s.processRuns}). The canvas re-encode is timed inside the page with \`performance.now()\` around \`createImageBitmap(blob)\`, \`drawImage\` onto an \`OffscreenCanvas\` and \`convertToBlob({type: 'image/jpeg', quality: ${CANVAS_QUALITY}})\` (decode + encode; the input is already a Blob in the page, as a File is), median of ${s.canvasRuns} runs after 2 warm-up runs, page garbage collected between runs.
- **Peak memory**: each Node method runs once on the file in its own process (\`tests/bench/image-once.ts\`), as does \`exiftool -all=\`; the number is the process's max RSS, median of 3. "Extra" is that minus the peak of a baseline process of the same kind: for Node, one that loads the same modules and reads the file but cleans nothing (so "extra" is what the method adds with the bytes already in hand; piexifjs's includes the binary string it needs); for exiftool, \`exiftool -ver\`. For the canvas, the peak is the page's renderer process's max RSS (Linux VmHWM, reset before each run) and "extra" is that minus the renderer's RSS just before the run (median of 3); the renderer is where the page decodes and draws (GPU off); how much the other Chromium processes (browser, GPU, network) grew during the same run is given under each table. RSS counts pages touched and the peak covers the whole process, start-up included, so small differences are noise, not exact costs (a few MB either way, or 0 when a method stays within what start-up had already touched).
- **Output**: the cleaned file's size in bytes (MB = 2^20 bytes).`;
}

export const WHY_NOT_CANVAS = `Why Veil does not re-encode: a canvas re-encode decodes the picture and compresses it again, so the pixels change (the note under each table compares the decoded canvas output, and Veil's output, with the decoded input); it compresses again at a quality and chroma subsampling the user did not choose; asked for \`image/jpeg\`, as here, it turns a PNG into a JPEG (which has no transparency); and it only works on what the browser can decode. It does remove the metadata, and Chromium applies the EXIF orientation before drawing, so the picture still displays upright (the rotation is baked into the pixels). The bench photos are synthetic (plasma plus Gaussian noise), which JPEG compresses badly: the pixel numbers show that pixels change, not how much they would change on a typical photo.`;
