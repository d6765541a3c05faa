/**
 * While the reader is open, the page's late overlays (donation modal, pop-ups, bars: the site profile's
 * `lateOverlays`) are hidden and any scroll lock they set is released. The rules go in a stylesheet adopted
 * by the document, so the page's DOM is not touched (its outerHTML stays identical), and leave with the reader.
 */
import { selectorsOf, siteForHost } from '../../sites';

/** The page-level rules for a page whose late overlays are `selectors`. */
export function pageCss(selectors: readonly string[]): string {
  const hide = selectors.length ? `${selectors.join(',')}{display:none!important}\n` : '';
  // Printing from the reader prints the reader (in the top layer), not the page behind it.
  return `${hide}html,body{overflow:auto!important}
@media print{body{display:none!important}@page{margin:16mm 18mm}}
`;
}

/** The late overlays of `doc`'s site (none on a site without a profile). */
export function lateOverlays(doc: Document): readonly string[] {
  const site = siteForHost(doc.location?.hostname ?? '');
  return site ? selectorsOf(site.lateOverlays) : [];
}

/** Applies the page-level rules to `doc`; returns how to remove them. */
export function hidePageOverlays(doc: Document, selectors: readonly string[] = lateOverlays(doc)): () => void {
  const css = pageCss(selectors);
  try {
    const sheet = new (doc.defaultView!.CSSStyleSheet)();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // the page replaced the array: nothing of ours left to remove
      }
    };
  } catch {
    // No constructable stylesheets: a <style> element, removed again on close.
    const el = doc.createElement('style');
    el.textContent = css;
    (doc.head ?? doc.documentElement).append(el);
    return () => el.remove();
  }
}
