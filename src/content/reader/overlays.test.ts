// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectorsOf, TMT_PROFILE } from '../../sites';
import { hidePageOverlays, lateOverlays, pageCss } from './overlays';

describe('reader: page overlays', () => {
  it("hides the site profile's late overlays and releases the scroll lock", () => {
    const css = pageCss(selectorsOf(TMT_PROFILE.lateOverlays));
    for (const sel of selectorsOf(TMT_PROFILE.lateOverlays)) expect(css).toContain(sel);
    expect(css).toMatch(/\{display:none!important\}/);
    expect(css).toContain('html,body{overflow:auto!important}');
  });

  it('on a site without a profile, hides nothing but still releases the scroll lock', () => {
    const css = pageCss([]);
    expect(css.startsWith('html,body{overflow:auto!important}')).toBe(true);
  });

  it("takes the late overlays from the page's own site", () => {
    // jsdom's default document is about:blank: no site profile.
    expect(lateOverlays(document)).toEqual([]);
  });

  it('applies the rules and takes them away again, leaving the page as it was', () => {
    document.head.innerHTML = '<title>x</title>';
    document.body.innerHTML = '<div class="contribute-modal">Support us</div>';
    const before = document.documentElement.outerHTML;
    const sheetsBefore = document.adoptedStyleSheets?.length ?? 0;
    const restore = hidePageOverlays(document, ['.contribute-modal']);
    const modal = document.querySelector('.contribute-modal')!;
    expect(getComputedStyle(modal).display).toBe('none');
    restore();
    expect(getComputedStyle(modal).display).not.toBe('none');
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(sheetsBefore);
  });
});
