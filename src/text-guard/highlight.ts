/**
 * Underlines in contenteditable editors with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and styled with `::highlight()`, so no node or attribute is added to the
 * editor. The style goes in a constructed sheet adopted by the document (no `<style>` element);
 * the highlight names are random per page. When any of this is missing or refused (older
 * browsers, Xray wrappers), `null` is returned and the caller draws overlay boxes instead.
 */
type Severity = 'high' | 'medium' | 'low';

interface HighlightCtor {
  new (...ranges: Range[]): object;
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
    // Ranges per field and severity, kept here: iterating a Highlight's own set is not
    // allowed across Firefox's Xray boundary, so each registry entry is rebuilt from these.
    const owned = new Map<object, { range: Range; severity: Severity }[]>();
    const sync = (s: Severity) => {
      const ranges: Range[] = [];
      for (const list of owned.values())
        for (const r of list) if (r.severity === s) ranges.push(r.range);
      if (ranges.length) registry.set(`${prefix}-${s}`, new Ctor(...ranges));
      else registry.delete(`${prefix}-${s}`);
    };
    const severities = (list: readonly { severity: Severity }[]) =>
      new Set(list.map((r) => r.severity));
    const clear = (owner: object) => {
      const mine = owned.get(owner);
      if (!mine) return;
      owned.delete(owner);
      for (const s of severities(mine)) sync(s);
    };
    // Probe once: Firefox content scripts may refuse page-compartment objects here.
    registry.set(`${prefix}-probe`, new Ctor(doc.createRange()));
    registry.delete(`${prefix}-probe`);
    return {
      clear,
      set(owner, ranges) {
        const old = owned.get(owner) ?? [];
        owned.set(owner, [...ranges]);
        for (const s of new Set([...severities(old), ...severities(ranges)])) sync(s);
      },
    };
  } catch {
    return null;
  }
}
