/**
 * The reader's frame: a modal <dialog> (top layer: above any page z-index, focus trapped, Esc closes) inside
 * a CLOSED shadow root on a plain host appended to <html>, so page scripts cannot reach it and page CSS
 * cannot restyle it. Also what the page gets back on close: its scroll position and focus.
 */
import { h } from '../../ui/dom';

export const DIALOG_CSS = `
:host{all:initial!important;display:block!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;visibility:visible!important;opacity:1!important;contain:none!important}
dialog.tmt-reader{position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;
  overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain;box-sizing:border-box;outline:none}
dialog.tmt-reader::backdrop{background:rgba(0,0,0,.6)}
dialog.tmt-reader:not([open]){display:none}
.tmt-main:focus{outline:none}
.tmt-main{padding:40px 24px 96px}
.tmt-sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:600px){.tmt-main{padding:24px 16px 72px}.tmt-title{font-size:1.5em}}
@media print{
  dialog.tmt-reader{position:absolute;inset:auto;height:auto;overflow:visible;display:block}
  dialog.tmt-reader::backdrop{display:none}
  .tmt-main{padding:0}
}
`;

export interface ReaderFrame {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  /** Where the article goes. */
  main: HTMLElement;
}

/** Builds the frame (not yet in the page): `css` in the shadow root, `bar` above the article. */
export function createFrame(doc: Document, opts: { css: string; lang: string; bar: HTMLElement }): ReaderFrame {
  // A plain <div> host: a custom element name could be pre-defined by the page to hijack it.
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = opts.css;
  const dialog = doc.createElement('dialog') as HTMLDialogElement;
  dialog.className = 'tmt-theme tmt-reader';
  dialog.setAttribute('aria-labelledby', 'tmt-reader-title');
  dialog.setAttribute('lang', opts.lang || 'en');
  // showModal() focuses the autofocus element: the text, so arrow keys and Space scroll it at once
  // (and no focus ring lands on a button the user did not choose).
  const main = h(doc, 'main', { class: 'tmt-main', id: 'tmt-main', tabindex: '-1', autofocus: true });
  dialog.append(opts.bar, main);
  shadow.append(style, dialog);
  return { host, dialog, main };
}

/** Calls `onGone` when the page removes `host` from <html>; returns how to stop watching. */
export function watchRemoval(doc: Document, host: HTMLElement, onGone: () => void): () => void {
  const watcher = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
    if (!host.isConnected) onGone();
  });
  watcher.observe(doc.documentElement, { childList: true });
  return () => watcher.disconnect();
}

/**
 * Runs `fn` just after the next frame is painted, or after 200 ms in a background tab (which gets no
 * animation frames). Resolves once `fn` has run.
 */
export function afterPaint(win: Window, fn: () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let fallback: number | undefined;
    const run = () => {
      if (done) return;
      done = true;
      // Do not keep the reader's DOM alive in a pending timer after it is closed.
      win.clearTimeout(fallback);
      fn();
      resolve();
    };
    win.requestAnimationFrame(() => win.setTimeout(run, 0));
    fallback = win.setTimeout(run, 200);
  });
}

export interface PagePosition {
  x: number;
  y: number;
  focus: Element | null;
}

export function savePosition(doc: Document): PagePosition {
  const win = doc.defaultView!;
  return { x: win.scrollX, y: win.scrollY, focus: doc.activeElement };
}

/** Scrolls the page back to `p` (if it moved) and, on close, gives the focus back too. */
export function restorePosition(doc: Document, p: PagePosition, focus: boolean): void {
  const win = doc.defaultView;
  if (!win) return;
  if (focus) {
    const f = p.focus as HTMLElement | null;
    if (f?.isConnected && typeof f.focus === 'function' && f !== doc.body) f.focus({ preventScroll: true });
    win.scrollTo(p.x, p.y);
  } else if (win.scrollX !== p.x || win.scrollY !== p.y) {
    win.scrollTo(p.x, p.y);
  }
}
