/**
 * docs/BENCHMARKS.md is written by two benchmarks: `npm run bench` rewrites the file, and
 * `npm run bench:upload` owns one block between markers. Each keeps the other's part.
 */
export const UPLOAD_BLOCK = {
  start: '<!-- upload-bench:start -->',
  end: '<!-- upload-bench:end -->',
};

type Markers = typeof UPLOAD_BLOCK;

/** The block's text between its markers in `doc`, markers included, or '' when absent. */
export function findBlock(doc: string, markers: Markers): string {
  const from = doc.indexOf(markers.start);
  const to = doc.indexOf(markers.end, from);
  return from === -1 || to === -1 ? '' : doc.slice(from, to + markers.end.length);
}

/** `doc` with the block replaced by `body` (appended at the end when it was not there). */
export function replaceBlock(doc: string, markers: Markers, body: string): string {
  const block = `${markers.start}\n${body}\n${markers.end}`;
  const old = findBlock(doc, markers);
  return old ? doc.replace(old, () => block) : `${doc.trimEnd()}\n\n${block}\n`;
}

/** A freshly written `doc` that keeps the block from the `previous` file, if it had one. */
export function keepBlock(doc: string, previous: string, markers: Markers): string {
  const old = findBlock(previous, markers);
  return old ? `${doc.trimEnd()}\n\n${old}\n` : doc;
}
