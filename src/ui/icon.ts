/** Veil's mark (a soft veil over a circle), drawn inline so pages need no image files. */
const NS = 'http://www.w3.org/2000/svg';

export function veilMark(): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = document.createElementNS(NS, 'circle');
  for (const [k, v] of Object.entries({ cx: '12', cy: '12', r: '10', fill: 'none' })) {
    circle.setAttribute(k, v);
  }
  circle.setAttribute('stroke', 'currentColor');
  circle.setAttribute('stroke-width', '2');
  const veil = document.createElementNS(NS, 'path');
  veil.setAttribute('d', 'M4.5 9.5c2.5-3 12.5-3 15 0v2.5c-2.5 4-12.5 4-15 0z');
  veil.setAttribute('fill', 'currentColor');
  svg.append(circle, veil);
  return svg;
}
