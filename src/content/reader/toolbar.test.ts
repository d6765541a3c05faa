// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../ui/i18n';
import { buildToolbar, button, compact } from './toolbar';

const t = translator('en');

describe('reader toolbar', () => {
  it('puts Close first, then the start buttons, the status line, the end buttons and the settings button last', () => {
    const panel = document.createElement('div');
    panel.id = 'tmt-panel';
    panel.hidden = true;
    const start = button(document, 'Listen', { 'data-testid': 'start' }, () => undefined);
    const end = button(document, 'Print', compact('end'), () => undefined, 'print');
    const bar = buildToolbar(document, t, { onClose: () => undefined, start: [start], end: [end], panel });
    const order = Array.from(bar.element.querySelector('.tmt-bar-inner')!.children).map(
      (el) => el.getAttribute('data-testid') ?? el.className,
    );
    expect(order).toEqual(['reader-close', 'start', 'reader-status', 'tmt-spacer', 'end', 'reader-settings']);
    expect(bar.status.getAttribute('role')).toBe('status');
  });

  it('the settings button unfolds and folds the panel, saying so to assistive technology', () => {
    const panel = document.createElement('div');
    panel.id = 'tmt-panel';
    panel.hidden = true;
    const bar = buildToolbar(document, t, { onClose: () => undefined, start: [], end: [], panel });
    const aa = bar.element.querySelector<HTMLElement>('[data-testid=reader-settings]')!;
    expect(aa.getAttribute('aria-controls')).toBe('tmt-panel');
    aa.click();
    expect(panel.hidden).toBe(false);
    expect(aa.getAttribute('aria-expanded')).toBe('true');
    aa.click();
    expect(panel.hidden).toBe(true);
    expect(aa.getAttribute('aria-expanded')).toBe('false');
  });

  it('Close calls back', () => {
    const onClose = vi.fn();
    const bar = buildToolbar(document, t, { onClose, start: [], end: [], panel: document.createElement('div') });
    bar.element.querySelector<HTMLElement>('[data-testid=reader-close]')!.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('a compact button keeps its label as its accessible name and tooltip', () => {
    const b = button(document, 'Copy as Markdown', compact('md'), () => undefined, 'copy');
    expect(b.getAttribute('title')).toBe('Copy as Markdown');
    expect(b.querySelector('.tmt-lbl')?.textContent).toBe('Copy as Markdown');
    expect(b.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
