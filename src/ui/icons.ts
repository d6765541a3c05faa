/** Tiny inline SVG icons (system fonts lack glyphs such as ⎙): 24×24, drawn with currentColor. */
const PATHS = {
  close: { d: 'M6 6l12 12M18 6L6 18', fill: false },
  play: { d: 'M7 4.5v15l12.5-7.5z', fill: true },
  pause: { d: 'M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z', fill: true },
  stop: { d: 'M6 6h12v12H6z', fill: true },
  back: { d: 'M5 5h2.5v14H5zM19.5 5v14L9 12z', fill: true },
  forward: { d: 'M16.5 5H19v14h-2.5zM4.5 5v14L15 12z', fill: true },
  print: { d: 'M7 9V3.5h10V9M7 17.5H4.5a1.5 1.5 0 0 1-1.5-1.5v-5.5A1.5 1.5 0 0 1 4.5 9h15a1.5 1.5 0 0 1 1.5 1.5V16a1.5 1.5 0 0 1-1.5 1.5H17M7 14h10v6.5H7z', fill: false },
  settings: { d: 'M4 20v-6M4 10V4M12 20v-8M12 8V4M20 20v-4M20 12V4M1.5 14h5M9.5 8h5M17.5 16h5', fill: false },
  copy: { d: 'M9 3.5h6v3H9zM9 5H6.5A1.5 1.5 0 0 0 5 6.5v13A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5v-13A1.5 1.5 0 0 0 17.5 5H15M8.5 11h7M8.5 15h5', fill: false },
} as const;

export type IconName = keyof typeof PATHS;

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '1.15em');
  svg.setAttribute('height', '1.15em');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'tmt-ico');
  const p = doc.createElementNS(NS, 'path');
  const { d, fill } = PATHS[name];
  p.setAttribute('d', d);
  if (fill) p.setAttribute('fill', 'currentColor');
  else {
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', 'currentColor');
    p.setAttribute('stroke-width', '1.8');
    p.setAttribute('stroke-linecap', 'round');
    p.setAttribute('stroke-linejoin', 'round');
  }
  svg.append(p);
  return svg;
}
