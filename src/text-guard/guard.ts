/**
 * The in-page text guard: watches text fields, asks the background to scan their text (after
 * typing pauses, and on focus), and draws what it found. It only reads the page: fields keep
 * their value, nodes, attributes and layout. Work during typing is one timer reset and hiding
 * the underlines; measuring and drawing happen once per scan result, or once per frame on
 * scroll and resize.
 */
import type { ScanTextResult, TextFindingData } from '../messaging/protocol.ts';
import { MAX_SCAN_TEXT } from './limits.ts';
import { uiHost } from '../upload/ui/host.ts';
import { debounce, type Debounced, type Timers, browserTimers } from './debounce.ts';
import {
  editableRange,
  fieldOf,
  isTextControl,
  readEditable,
  type EditableText,
  type Field,
} from './fields.ts';
import { createHighlighter, type Highlighter } from './highlight.ts';
import type { Translator } from '../i18n/translator.ts';
import { categoryLabel, ENGLISH_GUARD, markerLabel, reasonLabel } from './labels.ts';
import { clipAll, measureControl, paddingBox, type Box } from './mirror.ts';
import { FieldView, type FindingItem } from './view.ts';

export const SCAN_DELAY_MS = 400;

export interface GuardDeps {
  doc: Document;
  scan(text: string, field: string): Promise<ScanTextResult | null>;
  dismiss(category: TextFindingData['category'], text: string): void;
  pause(): void;
  timers?: Timers;
  /** The popover's words, in the browser's language (English when not given). */
  tr?: Translator;
}

interface Tracked {
  id: string;
  field: Field;
  /** The text the findings refer to. */
  text: string;
  findings: TextFindingData[];
  tips: NonNullable<ScanTextResult['tips']>;
  editable: EditableText | null;
  view: FieldView | null;
  seq: number;
  later: Debounced;
}

export function startTextGuard(deps: GuardDeps): { stop(): void } {
  const { doc } = deps;
  const tr = deps.tr ?? ENGLISH_GUARD;
  const win = doc.defaultView;
  const tracked = new Map<Field, Tracked>();
  let highlighter: Highlighter | null | undefined;
  let nextId = 0;
  let paused = false;
  let frame = 0;
  // Dismissed here, kept until the page goes: the background also stores them, but a scan can
  // overtake that write.
  const dismissed = new Set<string>();
  const dismissKey = (category: string, text: string) =>
    `${category}\u0000${text.toLowerCase().replace(/\s+/g, '')}`;

  const track = (field: Field): Tracked => {
    const t = tracked.get(field);
    if (t) return t;
    const fresh: Tracked = {
      id: `f${++nextId}`,
      field,
      text: '',
      findings: [],
      tips: {},
      editable: null,
      view: null,
      seq: 0,
      later: debounce(() => void scan(fresh), SCAN_DELAY_MS, deps.timers ?? browserTimers),
    };
    tracked.set(field, fresh);
    return fresh;
  };

  const currentText = (t: Tracked): string => {
    if (isTextControl(t.field)) return t.field.value;
    t.editable = readEditable(t.field);
    return t.editable.text;
  };

  async function scan(t: Tracked): Promise<void> {
    if (paused || !t.field.isConnected) return;
    const text = currentText(t).slice(0, MAX_SCAN_TEXT);
    const seq = ++t.seq;
    const editable = t.editable;
    const result = await deps.scan(text, t.id).catch(() => null);
    // A newer scan is on its way, or the user typed meanwhile: this answer is stale.
    if (seq !== t.seq || paused || !result) return;
    if (!isTextControl(t.field) ? readEditable(t.field).text !== text : t.field.value !== text)
      return;
    t.text = text;
    t.editable = editable;
    t.findings = result.active
      ? result.findings.filter(
          (f) => !dismissed.has(dismissKey(f.category, text.slice(f.start, f.end))),
        )
      : [];
    t.tips = result.tips ?? {};
    render(t);
  }

  function items(t: Tracked): FindingItem[] {
    return t.findings.map((f) => {
      const tip = t.tips[f.category];
      return {
        label: categoryLabel(f.category, tr),
        quote: t.text.slice(f.start, f.end),
        reason: reasonLabel(f.category, f.reason, tr),
        severity: f.severity,
        ...(tip ? { tip } : {}),
      };
    });
  }

  function render(t: Tracked): void {
    if (!t.findings.length) {
      clearMarks(t);
      return;
    }
    const root = uiHost(doc).root;
    t.view ??= new FieldView(root, doc, tr, {
      dismiss: (i) => dismiss(t, i),
      pause: () => pauseHere(),
    });
    let boxes: Box[][];
    const field = t.field;
    if (isTextControl(field)) {
      boxes = measureControl(t.view.mirror, field, t.text, t.findings);
    } else {
      boxes = drawEditable(t);
    }
    t.view.draw(boxes, paddingBox(field), items(t), markerLabel(t.findings.length, tr));
  }

  function drawEditable(t: Tracked): Box[][] {
    const ed = t.editable;
    if (!ed) return [];
    const ranges = t.findings.map((f) => editableRange(doc, ed, f.start, f.end));
    highlighter ??= createHighlighter(doc);
    if (highlighter) {
      const list = t.findings.flatMap((f, i) => {
        const range = ranges[i];
        return range ? [{ range, severity: f.severity }] : [];
      });
      try {
        highlighter.set(t, list);
        return [];
      } catch {
        // Refused at use (e.g. across Firefox's Xray boundary): draw boxes from now on.
        highlighter = null;
      }
    }
    const clip = paddingBox(t.field);
    return ranges.map((r) => (r ? clipAll(r.getClientRects(), clip) : []));
  }

  function clearMarks(t: Tracked): void {
    highlighter?.clear(t);
    t.view?.remove();
    t.view = null;
  }

  function dismiss(t: Tracked, index: number): void {
    const f = t.findings[index];
    if (!f) return;
    const quote = t.text.slice(f.start, f.end);
    dismissed.add(dismissKey(f.category, quote));
    deps.dismiss(f.category, quote);
    t.findings = t.findings.filter((_, i) => i !== index);
    const hadFocus = t.findings.length === 0;
    render(t);
    // The popover closed with its last finding: give focus back to where the user was writing.
    if (hadFocus) t.field.focus({ preventScroll: true });
  }

  function pauseHere(): void {
    paused = true;
    deps.pause();
    for (const t of tracked.values()) {
      t.later.cancel();
      clearMarks(t);
    }
    const focused = [...tracked.keys()].find((f) => f.isConnected);
    focused?.focus({ preventScroll: true });
  }

  const targetOf = (e: Event) => e.composedPath?.()[0] ?? e.target;

  const onFocus = (e: Event) => {
    const field = fieldOf(targetOf(e));
    if (!field || paused) return;
    const t = track(field);
    t.later.cancel();
    void scan(t);
  };

  const onInput = (e: Event) => {
    const field = fieldOf(targetOf(e));
    if (!field || paused) return;
    const t = track(field);
    t.view?.hideMarks();
    if (!isTextControl(field)) highlighter?.clear(t);
    t.later();
  };

  // Scroll and resize move fields: redraw once per frame, only fields with findings.
  const onMove = () => {
    if (frame || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      for (const [field, t] of tracked) {
        if (!field.isConnected) {
          clearMarks(t);
          t.later.cancel();
          tracked.delete(field);
        } else if (t.view && t.findings.length) {
          const unchanged = isTextControl(field)
            ? field.value === t.text
            : readEditable(field).text === t.text;
          if (unchanged) render(t);
        }
      }
    });
  };

  const opts = { capture: true, passive: true } as const;
  doc.addEventListener('focusin', onFocus, opts);
  doc.addEventListener('input', onInput, opts);
  doc.addEventListener('scroll', onMove, opts);
  win?.addEventListener('resize', onMove, opts);
  const active = doc.activeElement;
  if (active) onFocus({ target: active } as unknown as Event);

  return {
    stop() {
      doc.removeEventListener('focusin', onFocus, opts);
      doc.removeEventListener('input', onInput, opts);
      doc.removeEventListener('scroll', onMove, opts);
      win?.removeEventListener('resize', onMove, opts);
      for (const t of tracked.values()) {
        t.later.cancel();
        clearMarks(t);
      }
      tracked.clear();
    },
  };
}
