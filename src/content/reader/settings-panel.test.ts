// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, RANGES, updateSettings, type Settings } from '../../shared/settings';
import { translator } from '../../ui/i18n';
import { createSettingsPanel } from './settings-panel';

function panel(start: Settings = DEFAULT_SETTINGS) {
  let s = start;
  const p = createSettingsPanel(document, translator('en'), () => s, (c) => {
    s = updateSettings(s, c);
    p.sync(s);
  });
  p.sync(s);
  const get = (id: string) => p.element.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
  return { p, get, settings: () => s };
}

describe('reader settings panel', () => {
  it('shows the current theme and font as pressed, and the values formatted', () => {
    const { get } = panel({ ...DEFAULT_SETTINGS, theme: 'sepia', font: 'sans' });
    expect(get('reader-theme-sepia').getAttribute('aria-pressed')).toBe('true');
    expect(get('reader-theme-light').getAttribute('aria-pressed')).toBe('false');
    expect(get('reader-font-sans').getAttribute('aria-pressed')).toBe('true');
    expect(get('reader-fontSize-value').textContent).toBe(translator('en')('pxValue', DEFAULT_SETTINGS.fontSize));
    expect(get('reader-fontSize-value').textContent).toContain(String(DEFAULT_SETTINGS.fontSize));
    expect(get('reader-lineHeight-value').textContent).toBe(DEFAULT_SETTINGS.lineHeight.toFixed(1));
  });

  it('a theme button changes the theme', () => {
    const { get, settings } = panel();
    get('reader-theme-dark').click();
    expect(settings().theme).toBe('dark');
    expect(get('reader-theme-dark').getAttribute('aria-pressed')).toBe('true');
  });

  it('steppers move by their step and stop at the range ends', () => {
    const { get, settings } = panel();
    const [min, max, step] = RANGES.fontSize;
    get('reader-fontSize-more').click();
    expect(settings().fontSize).toBe(DEFAULT_SETTINGS.fontSize + step);
    for (let i = 0; i < 100; i++) get('reader-fontSize-more').click();
    expect(settings().fontSize).toBe(max);
    for (let i = 0; i < 100; i++) get('reader-fontSize-less').click();
    expect(settings().fontSize).toBe(min);
    expect(get('reader-fontSize-value').textContent).toContain(String(min));
  });

  it('is a labelled group, hidden until the settings button opens it', () => {
    const { p } = panel();
    expect(p.element.getAttribute('role')).toBe('group');
    expect(p.element.getAttribute('aria-label')).toBeTruthy();
    expect(p.element.hidden).toBe(true);
  });
});
