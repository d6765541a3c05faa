/**
 * A short message over the page (e.g. the shortcut pressed on a page that is not an article), in a closed
 * shadow root like the reader; it removes itself, leaving the page's DOM as it was.
 */
const NOTICE_CSS = `:host{all:initial!important;position:fixed!important;left:0!important;right:0!important;bottom:24px!important;z-index:2147483647!important;display:flex!important;justify-content:center!important;pointer-events:none!important}
div{max-width:min(520px,calc(100vw - 32px));box-sizing:border-box;padding:12px 16px;border-radius:10px;background:#1f2328;color:#fff;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.25)}`;

export function showNotice(doc: Document, text: string, ms = 4000): void {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = text;
  shadow.append(style, box);
  doc.documentElement.append(host);
  doc.defaultView?.setTimeout(() => host.remove(), ms);
}
