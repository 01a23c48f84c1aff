/**
 * The canvas re-encode, as some other metadata-removing extensions do it, run in real headless
 * Chromium (launched once per bench run): `createImageBitmap(blob)`, `drawImage` onto an
 * `OffscreenCanvas`, `convertToBlob({ type: 'image/jpeg', quality: 0.92 })`. Veil never does
 * this (it changes pixels); it is here so the report can show what that approach costs.
 *
 * The input bytes are served to the page from memory (Playwright routes) and held in the page
 * as a Blob, as an upload widget holds a File; the decode + encode is timed inside the page with
 * performance.now. Memory is the renderer process's peak RSS (Linux VmHWM, reset before each
 * run through /proc/PID/clear_refs) minus its RSS just before the run, after a page-side GC.
 * The output is also decoded and compared with the input's decoded pixels (and Veil's output
 * with the same), and one output is saved for exiftool to list what it still carries.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium.ts';

export const CANVAS_QUALITY = 0.92;
const WARM_UP = 2;
const MEMORY_RUNS = 3;
const ORIGIN = 'http://veil-bench.test';

export type CanvasResult =
  | { ok: false; error: string }
  | {
      ok: true;
      ms: number;
      outBytes: number;
      /** Decoded size of the input and of the output (orientation applied by the decoder). */
      inSize: string;
      outSize: string;
      canvasPixels: PixelDiff | null;
      veilPixels: PixelDiff | null;
      rendererPeakMb: number;
      rendererExtraMb: number;
      /** Growth of all other Chromium processes during the run, summed. */
      otherProcessesMb: number;
      /** What exiftool reads from the input and the canvas output. */
      exiftool: { input: ExifToolView; output: ExifToolView } | null;
    };

export interface PixelDiff {
  /** Share of RGB samples that differ from the input's decoded pixels, in per cent. */
  changedPct: number;
  meanAbs: number;
  maxAbs: number;
  /** Peak signal-to-noise ratio in dB (Infinity when identical). */
  psnr: number;
}

/** The page's state, kept on its global object (a test page; the extension never does this). */
interface PageState {
  input?: Blob;
  veil?: Blob;
  output?: Blob;
  gc?: () => void;
}

/** Functions run in the page with page.evaluate: each is serialised, so each is self-contained. */
const canvasInPage = {
  async load(): Promise<void> {
    const state = globalThis as unknown as PageState;
    state.input = await (await fetch('/input')).blob();
    state.veil = await (await fetch('/veil')).blob();
    state.output = undefined;
  },
  collect(): void {
    (globalThis as unknown as PageState).gc?.();
  },
  async reencode(
    quality: number,
  ): Promise<{ ok: true; ms: number; outBytes: number } | { ok: false; error: string }> {
    const state = globalThis as unknown as PageState;
    try {
      const start = performance.now();
      const bitmap = await createImageBitmap(state.input!);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      const output = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      const ms = performance.now() - start;
      state.output = output;
      return { ok: true, ms, outBytes: output.size };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  },
  async compare(): Promise<{
    inSize: string;
    outSize: string;
    canvas: PixelDiff | null;
    veil: PixelDiff | null;
  }> {
    const state = globalThis as unknown as PageState;
    const decode = async (blob: Blob) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      return context.getImageData(0, 0, canvas.width, canvas.height);
    };
    const diff = (a: ImageData, b: ImageData): PixelDiff | null => {
      if (a.width !== b.width || a.height !== b.height) return null;
      let changed = 0;
      let sum = 0;
      let squares = 0;
      let max = 0;
      for (let i = 0; i < a.data.length; i++) {
        if (i % 4 === 3) continue; // alpha
        const d = Math.abs(a.data[i]! - b.data[i]!);
        if (d > 0) changed++;
        sum += d;
        squares += d * d;
        max = Math.max(max, d);
      }
      const samples = (a.data.length / 4) * 3;
      const mse = squares / samples;
      return {
        changedPct: (100 * changed) / samples,
        meanAbs: sum / samples,
        maxAbs: max,
        psnr: mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse),
      };
    };
    const input = await decode(state.input!);
    const canvas = await decode(state.output!);
    const veil = await decode(state.veil!);
    return {
      inSize: `${input.width}×${input.height}`,
      outSize: `${canvas.width}×${canvas.height}`,
      canvas: diff(input, canvas),
      veil: diff(input, veil),
    };
  },
  async save(): Promise<void> {
    const state = globalThis as unknown as PageState;
    await fetch('/output', { method: 'POST', body: await state.output!.arrayBuffer() });
  },
};

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/** A field of /proc/PID/status in kB; 0 when the process has gone (Chromium may end one). */
function procKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux 4.0+, clear_refs "5"). */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // The process has gone; it is not counted.
  }
}

export class CanvasBench {
  private files = new Map<string, Uint8Array>();
  private saved: Buffer | null = null;
  private constructor(
    private context: BrowserContext,
    private page: Page,
    private cdp: CDPSession,
    readonly version: string,
  ) {}

  static async start(): Promise<CanvasBench> {
    const context = await launchChromium(null, { args: ['--js-flags=--expose-gc'] });
    const browser = context.browser();
    if (!browser) throw new Error('no browser handle for the canvas benchmark');
    const page = context.pages()[0] ?? (await context.newPage());
    const bench = new CanvasBench(context, page, await browser.newBrowserCDPSession(), '');
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/output') {
        bench.saved = route.request().postDataBuffer();
        return route.fulfill({ status: 204 });
      }
      const body = bench.files.get(path);
      if (body) return route.fulfill({ body: Buffer.from(body) });
      return route.fulfill({
        body: '<!doctype html><title>canvas bench</title>',
        contentType: 'text/html',
      });
    });
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)`; the page has none.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${ORIGIN}/`);
    return Object.assign(bench, { version: browser.version() });
  }

  private async processes(): Promise<Array<{ type: string; id: number }>> {
    const info = (await this.cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: Array<{ type: string; id: number }>;
    };
    return info.processInfo;
  }

  /**
   * One decode + encode with every Chromium process's peak RSS reset first. The page's renderer
   * is the renderer that grew most (idle spare renderers do not grow); the growth of all the
   * other processes (browser, GPU, network...) is summed.
   */
  private async measureOnce(): Promise<{ peakMb: number; extraMb: number; otherMb: number }> {
    await this.page.evaluate(canvasInPage.collect);
    const processes = await this.processes();
    const before = new Map(processes.map((p) => [p.id, procKb(p.id, 'VmRSS')]));
    for (const p of processes) resetPeak(p.id);
    await this.page.evaluate(canvasInPage.reencode, CANVAS_QUALITY);
    const grown = processes.map((p) => {
      const peak = procKb(p.id, 'VmHWM');
      return { renderer: p.type === 'renderer', peak, extra: (peak - before.get(p.id)!) / 1024 };
    });
    const page = grown
      .filter((g) => g.renderer)
      .reduce((a, b) => (b.extra > a.extra ? b : a), { renderer: true, peak: 0, extra: 0 });
    const others = grown
      .filter((g) => g !== page)
      .reduce((sum, g) => sum + Math.max(0, g.extra), 0);
    return { peakMb: page.peak / 1024, extraMb: page.extra, otherMb: others };
  }

  /** Runs the canvas method on `input`; `veilOutput` is Veil's output, for the pixel check. */
  async run(input: Uint8Array, veilOutput: Uint8Array, runs: number): Promise<CanvasResult> {
    this.files = new Map([
      ['/input', input],
      ['/veil', veilOutput],
    ]);
    await this.page.evaluate(canvasInPage.load);
    const probe = await this.page.evaluate(canvasInPage.reencode, CANVAS_QUALITY);
    if (!probe.ok) return { ok: false, error: probe.error };
    for (let i = 1; i < WARM_UP; i++)
      await this.page.evaluate(canvasInPage.reencode, CANVAS_QUALITY);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await this.page.evaluate(canvasInPage.collect);
      const r = await this.page.evaluate(canvasInPage.reencode, CANVAS_QUALITY);
      if (!r.ok) return { ok: false, error: r.error };
      times.push(r.ms);
    }
    const memory = [];
    for (let i = 0; i < MEMORY_RUNS; i++) memory.push(await this.measureOnce());
    const compared = await this.page.evaluate(canvasInPage.compare);
    this.saved = null;
    await this.page.evaluate(canvasInPage.save);
    return {
      ok: true,
      ms: median(times),
      outBytes: probe.outBytes,
      inSize: compared.inSize,
      outSize: compared.outSize,
      canvasPixels: compared.canvas,
      veilPixels: compared.veil,
      rendererPeakMb: median(memory.map((m) => m.peakMb)),
      rendererExtraMb: Math.max(0, median(memory.map((m) => m.extraMb))),
      otherProcessesMb: median(memory.map((m) => m.otherMb)),
      exiftool: this.saved
        ? { input: exiftoolView(input), output: exiftoolView(this.saved) }
        : null,
    };
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

export interface ExifToolView {
  /** Stored width×height, before any orientation is applied. */
  stored: string;
  /** Metadata groups beyond the file facts and the JFIF/PNG headers, e.g. IFD0, GPS, ICC_Profile. */
  groups: string[];
  /** The ICC profile's description, when there is one. */
  profile: string | null;
  /** JPEG chroma subsampling, e.g. "YCbCr4:2:0 (2 2)"; null for other formats. */
  subsampling: string | null;
}

/** What exiftool reads from a file (written to a temporary path). */
function exiftoolView(bytes: Uint8Array): ExifToolView {
  const path = join(tmpdir(), 'veil-bench-canvas-view');
  writeFileSync(path, bytes);
  const out = spawnSync('exiftool', ['-j', '-G1', '-a', path], { encoding: 'utf8' });
  const tags = (JSON.parse(out.stdout) as Array<Record<string, unknown>>)[0] ?? {};
  const basic = new Set(['SourceFile', 'ExifTool', 'System', 'File', 'JFIF', 'PNG', 'Composite']);
  const groups = new Set(
    Object.keys(tags)
      .map((t) => t.split(':')[0]!)
      .filter((g) => !basic.has(g) && !g.startsWith('ICC-')),
  );
  const tag = (name: string) => {
    const key = Object.keys(tags).find((k) => k.endsWith(`:${name}`));
    return key === undefined ? null : String(tags[key]);
  };
  return {
    stored: (tag('ImageSize') ?? '?').replace('x', '×'),
    groups: [...groups],
    profile: tag('ProfileDescription'),
    subsampling: tag('YCbCrSubSampling'),
  };
}
