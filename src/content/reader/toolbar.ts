/**
 * The reader's toolbar: a sticky bar lined up with the text column. Close first, then the features' buttons
 * (start), the status line, a spacer, more feature buttons (end) and the settings button, whose panel
 * unfolds under the bar.
 */
import { h } from '../../ui/dom';
import { icon as svgIcon, type IconName } from '../../ui/icons';
import type { T } from '../../ui/i18n';

export const TOOLBAR_CSS = `
.tmt-bar{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);font-family:var(--sans);font-size:14px;line-height:1.2;padding:0 24px}
/* The bar lines up with the text column: same width in the article's own font and size. */
.tmt-bar-inner,.tmt-panel{max-width:var(--tmt-width);margin:0 auto;font-family:var(--serif);font-size:var(--tmt-size)}
[data-font=sans] .tmt-bar-inner,[data-font=sans] .tmt-panel{font-family:var(--sans)}
.tmt-bar-inner{display:flex;align-items:center;gap:6px;flex-wrap:wrap;padding:8px 0}
.tmt-bar .tmt-btn{font-size:14px;display:inline-flex;align-items:center;gap:6px}
.tmt-spacer{flex:1}
.tmt-bar [hidden]{display:none!important}
@media (max-width:900px){.tmt-compact .tmt-lbl{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.tmt-compact{min-width:2.4em;justify-content:center}}
.tmt-ico{font-size:.95em;line-height:1;flex:none}
.tmt-status{font-family:var(--sans);font-size:13px;color:var(--muted);min-height:1em}
@media (max-width:600px){.tmt-bar{padding:0 16px}}
@media print{.tmt-bar,.tmt-panel{display:none!important}}
`;

/**
 * A reader button. With an icon, the label stays in the DOM (the accessible name) even when a narrow bar
 * shows only the icon (class `tmt-compact`); `'Aa'` is a text icon.
 */
export function button(
  doc: Document,
  label: string,
  attrs: Record<string, string>,
  onClick: (b: HTMLElement) => void,
  icon?: IconName | 'Aa',
): HTMLElement {
  const b = h(
    doc,
    'button',
    { type: 'button', class: 'tmt-btn', title: attrs.class?.includes('tmt-compact') ? label : undefined, ...attrs },
    icon === 'Aa' ? h(doc, 'span', { class: 'tmt-ico', 'aria-hidden': 'true' }, icon) : icon ? svgIcon(doc, icon) : null,
    icon ? h(doc, 'span', { class: 'tmt-lbl' }, label) : label,
  );
  b.addEventListener('click', () => onClick(b));
  return b;
}

/** Attributes of a toolbar button that folds to its icon on a narrow bar. */
export function compact(testId: string): Record<string, string> {
  return { 'data-testid': testId, class: 'tmt-btn tmt-compact' };
}

export interface Toolbar {
  element: HTMLElement;
  /** The status line (role=status): what the last action did. */
  status: HTMLElement;
}

export function buildToolbar(
  doc: Document,
  t: T,
  parts: { onClose(): void; start: HTMLElement[]; end: HTMLElement[]; panel: HTMLElement },
): Toolbar {
  const close = button(doc, t('closeReader'), { 'data-testid': 'reader-close' }, () => parts.onClose(), 'close');
  const { panel } = parts;
  const settings = button(
    doc,
    t('readerControls'),
    { ...compact('reader-settings'), 'aria-expanded': 'false', 'aria-controls': panel.id },
    (b) => {
      const open = panel.hidden;
      panel.hidden = !open;
      b.setAttribute('aria-expanded', String(open));
    },
    'Aa',
  );
  const status = h(doc, 'span', { class: 'tmt-status', role: 'status', 'data-testid': 'reader-status' });
  const element = h(
    doc,
    'div',
    { class: 'tmt-bar' },
    h(doc, 'div', { class: 'tmt-bar-inner' }, close, ...parts.start, status, h(doc, 'span', { class: 'tmt-spacer' }), ...parts.end, settings),
    panel,
  );
  return { element, status };
}
