/** Small DOM helpers shared by every surface (kept apart from render.ts so pages that do not render
 * articles do not pull in the sanitizer). */
import type { Settings } from '../shared/settings';

export type Child = Node | string | null | undefined | false;

/** Tiny element builder: h('p', {class: 'x'}, 'text', child). Attributes are set as attributes (never HTML). */
export function h(
  doc: Document,
  tag: string,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

/** Apply the user's look to a root element (attributes + custom properties; the CSS reads them). */
export function applySettings(root: HTMLElement, s: Settings): void {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty('--tmt-size', `${s.fontSize}px`);
  root.style.setProperty('--tmt-width', `${s.lineWidth}ch`);
  root.style.setProperty('--tmt-lh', String(s.lineHeight));
}

