/**
 * The quick settings under the toolbar's "Aa" button: theme, font, and steppers for text size, line width
 * and line spacing. Each change is applied at once and saved by the reader.
 */
import { RANGES, THEMES, type NumericKey, type Settings } from '../../shared/settings';
import { h } from '../../ui/dom';
import type { MsgKey, T } from '../../ui/i18n';
import { button } from './toolbar';

export const SETTINGS_PANEL_CSS = `
.tmt-panel{padding:4px 0 12px;display:flex;flex-wrap:wrap;gap:14px 22px}
.tmt-panel .tmt-ctl{font-family:var(--sans);font-size:13px}
.tmt-panel[hidden]{display:none}
.tmt-ctl{display:flex;flex-direction:column;gap:6px;margin:0;padding:0;border:0;min-width:0}
.tmt-ctl legend,.tmt-ctl-label{padding:0;color:var(--muted);font-weight:600;font-size:12px;letter-spacing:.04em;text-transform:uppercase;margin-bottom:6px}
.tmt-seg{display:flex;gap:4px;flex-wrap:wrap}
.tmt-seg .tmt-btn{font-size:13px}
.tmt-val{min-width:4.5em;text-align:center;font-variant-numeric:tabular-nums;color:var(--fg);align-self:center;font-size:13px}
`;

export interface SettingsPanel {
  element: HTMLElement;
  /** Show `s` on the controls (pressed buttons, values). */
  sync(s: Settings): void;
}

const THEME_LABELS: Record<string, MsgKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', system: 'themeSystem' };
const FONT_LABELS: Record<string, MsgKey> = { serif: 'fontSerif', sans: 'fontSans' };

export function createSettingsPanel(
  doc: Document,
  t: T,
  settings: () => Settings,
  change: (c: Partial<Settings>) => void,
): SettingsPanel {
  const pressed: { key: 'theme' | 'font'; value: string; el: HTMLElement }[] = [];
  const values: { key: NumericKey; el: HTMLElement; format: (n: number) => string }[] = [];

  const choice = (legend: string, key: 'theme' | 'font', options: readonly string[], labels: Record<string, MsgKey>) =>
    h(
      doc,
      'fieldset',
      { class: 'tmt-ctl' },
      h(doc, 'legend', {}, legend),
      h(
        doc,
        'div',
        { class: 'tmt-seg' },
        ...options.map((value) => {
          const el = button(doc, t(labels[value]!), { 'data-testid': `reader-${key}-${value}`, 'aria-pressed': 'false', 'data-value': value }, () =>
            change({ [key]: value } as Partial<Settings>),
          );
          pressed.push({ key, value, el });
          return el;
        }),
      ),
    );

  const stepper = (key: NumericKey, label: MsgKey, less: MsgKey, more: MsgKey, format: (n: number) => string) => {
    const el = h(doc, 'span', { class: 'tmt-val', 'aria-live': 'polite', 'data-testid': `reader-${key}-value` });
    values.push({ key, el, format });
    const step = RANGES[key][2];
    return h(
      doc,
      'fieldset',
      { class: 'tmt-ctl' },
      h(doc, 'legend', {}, t(label)),
      h(
        doc,
        'div',
        { class: 'tmt-seg' },
        button(doc, '−', { 'aria-label': t(less), 'data-testid': `reader-${key}-less` }, () => change({ [key]: settings()[key] - step })),
        el,
        button(doc, '+', { 'aria-label': t(more), 'data-testid': `reader-${key}-more` }, () => change({ [key]: settings()[key] + step })),
      ),
    );
  };

  const element = h(
    doc,
    'div',
    { class: 'tmt-panel', id: 'tmt-panel', role: 'group', 'aria-label': t('readerControls'), hidden: true },
    choice(t('theme'), 'theme', THEMES, THEME_LABELS),
    choice(t('font'), 'font', ['serif', 'sans'], FONT_LABELS),
    stepper('fontSize', 'fontSize', 'smaller', 'larger', (n) => t('pxValue', n)),
    stepper('lineWidth', 'lineWidth', 'narrower', 'wider', (n) => t('chValue', n)),
    stepper('lineHeight', 'lineHeight', 'tighter', 'looser', (n) => n.toFixed(1)),
  );

  return {
    element,
    sync(s) {
      for (const { key, value, el } of pressed) el.setAttribute('aria-pressed', String(s[key] === value));
      for (const { key, el, format } of values) el.textContent = format(s[key]);
    },
  };
}
