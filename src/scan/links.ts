/**
 * linkifyjs results shared by the email, url and payment detectors: the same text is tokenised
 * once per scan instead of three times (it is the costliest step after phone parsing).
 */
import { find } from 'linkifyjs';

export interface Link {
  type: string;
  value: string;
  start: number;
  end: number;
}

let lastText: string | undefined;
let lastLinks: Link[] = [];

export function findLinks(text: string): Link[] {
  if (text !== lastText) {
    lastLinks = find(text).map((l) => ({
      type: l.type,
      value: l.value,
      start: l.start,
      end: l.end,
    }));
    lastText = text;
  }
  return lastLinks;
}
