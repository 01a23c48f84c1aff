/** Reading a contenteditable editor's text and mapping findings back to its text nodes. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editableRange, readEditable } from '../../src/text-guard/fields.ts';

function editor(html: string) {
  const { document } = parseHTML(`<html><body><div id="ce">${html}</div></body></html>`);
  return { document, root: document.getElementById('ce') as unknown as HTMLElement };
}

describe('readEditable', () => {
  it('joins text nodes, with line breaks between blocks and for <br>', () => {
    const { root } = editor('<p>Hi, I am Mia.</p><p>Call 0770<b>0 900</b>123<br>x</p>');
    const t = readEditable(root);
    expect(t.text).toBe('Hi, I am Mia.\nCall 07700 900123\nx');
    expect(t.starts).toEqual([0, 14, 23, 28, 32]);
  });

  it('maps a finding across formatting back to the exact text nodes', () => {
    const { root } = editor('<p>Hi</p><p>Call 0770<b>0 900</b>123</p>');
    const t = readEditable(root);
    // linkedom has no Range: record what the guard asks of one.
    const calls: [string, unknown, number][] = [];
    const doc = {
      createRange: () => ({
        collapsed: false,
        setStart: (n: unknown, o: number) => calls.push(['start', n, o]),
        setEnd: (n: unknown, o: number) => calls.push(['end', n, o]),
      }),
    } as unknown as Document;
    const start = t.text.indexOf('0770');
    expect(editableRange(doc, t, start, start + '07700 900123'.length)).not.toBeNull();
    expect(calls).toEqual([
      ['start', t.nodes[1], 5],
      ['end', t.nodes[3], 3],
    ]);
    // An end exactly at a node boundary stays in the node before it.
    calls.length = 0;
    editableRange(doc, t, 0, 2);
    expect(calls).toEqual([
      ['start', t.nodes[0], 0],
      ['end', t.nodes[0], 2],
    ]);
  });
});
