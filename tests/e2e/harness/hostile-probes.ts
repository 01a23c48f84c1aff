/**
 * What a hostile page can look at, run inside the page (works with Playwright and Puppeteer
 * pages alike): everything it can observe after Veil has acted, Veil's own files by URL, and the
 * shape of the built-ins Veil wraps.
 */
import { PAGE_MARKER } from './hostile.ts';

/** A Playwright or Puppeteer page (both have `evaluate(fn, arg)`). */
interface Evaluates {
  evaluate(...args: never[]): Promise<unknown>;
}

function run<A, R>(page: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (page.evaluate as (f: unknown, a: unknown) => Promise<R>).call(page, fn, arg);
}

export interface Snoop {
  /** All the page could observe, as one string. */
  text: string;
  /** The page's own marker, put out the same ways, was found: the snoop works. */
  controlFound: boolean;
  /** 'unreachable' when no extension API answered the page. */
  runtime: string;
}

/** Wake the text guard, then gather DOM, attributes, globals, storage, events and messages. */
export function snoopPage(page: Evaluates, extensionId: string): Promise<Snoop> {
  return run(
    page,
    async ({ id, marker }) => {
      const heard: string[] = [];
      const baseline = new Set(Object.getOwnPropertyNames(window));
      window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
      for (const type of ['veil', 'config', 'message', 'settings', 'identity']) {
        document.addEventListener(type, (e) =>
          heard.push(JSON.stringify((e as CustomEvent).detail)),
        );
      }
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.attributeName)
            heard.push(
              `${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName) ?? ''}`,
            );
          for (const n of r.addedNodes) heard.push((n as Element).outerHTML ?? n.textContent ?? '');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
      const field = document.createElement('textarea');
      document.body.appendChild(field);
      field.focus();
      field.value = 'Ring me on 07700 900123 after six';
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
      // The page's own control, put out through the same channels.
      window.postMessage(marker, '*');
      document.dispatchEvent(new CustomEvent('veil', { detail: marker }));
      document.body.dataset.control = marker;
      await new Promise((r) => setTimeout(r, 2500));
      const parts: string[] = [...heard, document.documentElement.outerHTML];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) parts.push(`${a.name}=${a.value}`);
      }
      for (const name of Object.getOwnPropertyNames(window)) {
        if (baseline.has(name)) continue;
        parts.push(name);
        try {
          parts.push(JSON.stringify((window as unknown as Record<string, unknown>)[name]) ?? '');
        } catch {
          parts.push('?');
        }
      }
      parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }));
      parts.push(document.cookie, ...performance.getEntries().map((e) => e.name));
      const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS
        ?.highlights;
      if (highlights) parts.push(...highlights.keys());
      for (const sheet of document.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) parts.push(rule.cssText);
      }
      let runtime = 'unreachable';
      const api = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime?.sendMessage;
      const browserApi = (globalThis as { browser?: unknown }).browser;
      if (browserApi !== undefined) runtime = 'browser global';
      if (typeof api === 'function') {
        try {
          const reply = await (api as (i: string, m: object) => Promise<unknown>)(id, {
            type: 'getSettings',
          });
          runtime = `answered ${JSON.stringify(reply)}`;
        } catch {
          // Refused: no externally_connectable.
        }
      }
      const text = parts.join('\n');
      return {
        text: text.split(marker).join(''),
        controlFound: heard.filter((h) => h.includes(marker)).length >= 3,
        runtime,
      };
    },
    { id: extensionId, marker: PAGE_MARKER },
  );
}

export interface FileProbe {
  path: string;
  how: 'fetch' | 'img' | 'script';
  readable: boolean;
}

const VEIL_FILES = [
  'manifest.json',
  'popup.html',
  'options.html',
  'clean.html',
  'background.js',
  'icon/16.png',
  'icon/128.png',
  'content-scripts/upload-hook.js',
  '_locales/en/messages.json',
];

/** Try to read or load each of Veil's files from the page, by fetch, <img> and <script>. */
export function probeVeilFiles(page: Evaluates, base: string): Promise<FileProbe[]> {
  return run(
    page,
    async ({ base, files }) => {
      const out: { path: string; how: 'fetch' | 'img' | 'script'; readable: boolean }[] = [];
      const loads = (tag: 'img' | 'script', url: string) =>
        new Promise<boolean>((resolve) => {
          const el = document.createElement(tag);
          el.onload = () => resolve(true);
          el.onerror = () => resolve(false);
          setTimeout(() => resolve(false), 3000);
          el.src = url;
          document.body.appendChild(el);
        });
      for (const path of files) {
        const url = `${base}/${path}`;
        let readable = false;
        try {
          readable = (await fetch(url)).ok;
        } catch {
          readable = false;
        }
        out.push({ path, how: 'fetch', readable });
        if (path.endsWith('.png'))
          out.push({ path, how: 'img', readable: await loads('img', url) });
        if (path.endsWith('.js')) {
          out.push({ path, how: 'script', readable: await loads('script', url) });
        }
      }
      return out;
    },
    { base, files: VEIL_FILES },
  );
}

export interface Shape {
  own: string[];
  constructible: boolean;
  source: string;
  name: string;
  length: number;
  flags: string;
}

/** The shape of every built-in Veil wraps (and of `Function.prototype.toString`). */
export function nativeShapes(page: Evaluates): Promise<Record<string, Shape>> {
  return run(
    page,
    () => {
      const METHODS = [
        'window.fetch',
        'EventTarget.prototype.addEventListener',
        'EventTarget.prototype.removeEventListener',
        'Blob.prototype.slice',
        'Function.prototype.toString',
        'XMLHttpRequest.prototype.send',
        'Navigator.prototype.sendBeacon',
        'HTMLElement.prototype.click',
        'HTMLInputElement.prototype.showPicker',
        'window.showOpenFilePicker',
        'FileSystemFileHandle.prototype.getFile',
      ];
      const ACCESSORS = [
        'HTMLInputElement.prototype.files',
        'HTMLElement.prototype.onchange',
        'HTMLElement.prototype.oninput',
        'FileSystemHandle.prototype.name',
      ];
      const holder = (path: string) => {
        const keys = path.split('.');
        const name = keys.pop()!;
        let obj: unknown = window;
        for (const k of keys) obj = k === 'window' ? window : (obj as Record<string, unknown>)?.[k];
        return { obj: obj as object | undefined, name };
      };
      const shape = (fn: unknown, desc: PropertyDescriptor) => {
        const f = fn as (...a: unknown[]) => unknown;
        let constructible = true;
        try {
          Reflect.construct(Object, [], f);
        } catch {
          constructible = false;
        }
        return {
          own: Object.getOwnPropertyNames(f).sort(),
          constructible,
          source: Function.prototype.toString.call(f),
          name: f.name,
          length: f.length,
          flags: `${desc.writable ?? '-'}${desc.enumerable}${desc.configurable}`,
        };
      };
      const out: Record<string, ReturnType<typeof shape>> = {};
      for (const path of METHODS) {
        const { obj, name } = holder(path);
        const desc = obj && Object.getOwnPropertyDescriptor(obj, name);
        if (desc && typeof desc.value === 'function') out[path] = shape(desc.value, desc);
      }
      for (const path of ACCESSORS) {
        const { obj, name } = holder(path);
        const desc = obj && Object.getOwnPropertyDescriptor(obj, name);
        if (desc?.get) out[`get ${path}`] = shape(desc.get, desc);
        if (desc?.set) out[`set ${path}`] = shape(desc.set, desc);
      }
      return out;
    },
    undefined,
  );
}
