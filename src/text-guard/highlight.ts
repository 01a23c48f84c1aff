/**
 * Underlines in contenteditable editors with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and styled with `::highlight()`, so no node or attribute is added to the
 * editor. The style goes in a constructed sheet adopted by the document (no `<style>` element);
 * the highlight names are random per page. When any of this is missing or refused (older
 * browsers, Xray wrappers), `null` is returned and the caller draws overlay boxes instead.
 */
type Severity = 'high' | 'medium' | 'low';

interface HighlightCtor {
  new (...ranges: Range[]): { clear(): void; add(r: Range): void; size: number };
}
interface Registry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

export interface Highlighter {
  /** Replace one field's ranges. */
  set(owner: object, ranges: readonly { range: Range; severity: Severity }[]): void;
  clear(owner: object): void;
}

const COLOURS: Record<Severity, string> = { high: '#d70015', medium: '#c75300', low: '#8a6d00' };

export function createHighlighter(doc: Document): Highlighter | null {
  try {
    const win = doc.defaultView as unknown as {
      CSS?: { highlights?: Registry };
      Highlight?: HighlightCtor;
      CSSStyleSheet?: typeof CSSStyleSheet;
    } | null;
    const registry = win?.CSS?.highlights;
    const Ctor = win?.Highlight;
    const Sheet = win?.CSSStyleSheet;
    if (!registry || !Ctor || !Sheet || !('adoptedStyleSheets' in doc)) return null;
    const prefix = `v${Math.random().toString(36).slice(2, 10)}`;
    const sheet = new Sheet();
    sheet.replaceSync(
      (Object.keys(COLOURS) as Severity[])
        .map(
          (s) =>
            `::highlight(${prefix}-${s}){text-decoration:underline wavy ${COLOURS[s]};text-decoration-thickness:2px;text-decoration-skip-ink:none;}`,
        )
        .join('\n'),
    );
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    // One Highlight per field and severity: fields are redrawn independently.
    const owned = new WeakMap<object, Map<Severity, InstanceType<HighlightCtor>>>();
    const shared = new Map<Severity, Set<InstanceType<HighlightCtor>>>();
    const sync = (s: Severity) => {
      const all = shared.get(s);
      const merged = new Ctor();
      for (const h of all ?? [])
        (h as unknown as { forEach(f: (r: Range) => void): void }).forEach((r) => merged.add(r));
      if (merged.size) registry.set(`${prefix}-${s}`, merged);
      else registry.delete(`${prefix}-${s}`);
    };
    const clear = (owner: object) => {
      const mine = owned.get(owner);
      if (!mine) return;
      owned.delete(owner);
      for (const [s, h] of mine) {
        shared.get(s)?.delete(h);
        sync(s);
      }
    };
    // Probe once: Firefox content scripts may refuse page-compartment objects here.
    registry.set(`${prefix}-probe`, new Ctor(doc.createRange()));
    registry.delete(`${prefix}-probe`);
    return {
      clear,
      set(owner, ranges) {
        clear(owner);
        const mine = new Map<Severity, InstanceType<HighlightCtor>>();
        for (const { range, severity } of ranges) {
          let h = mine.get(severity);
          if (!h) mine.set(severity, (h = new Ctor()));
          h.add(range);
        }
        owned.set(owner, mine);
        for (const [s, h] of mine) {
          let set = shared.get(s);
          if (!set) shared.set(s, (set = new Set()));
          set.add(h);
          sync(s);
        }
      },
    };
  } catch {
    return null;
  }
}
