/**
 * The in-page reader: a modal <dialog> (top layer: above any page z-index, focus trapped, Esc closes)
 * inside a CLOSED shadow root on a host appended to <html>, so page scripts cannot reach it and page
 * CSS cannot restyle it. While it is open, the page's late overlays are hidden and any scroll lock is
 * released through a stylesheet adopted by the document (the page's DOM is not touched); on close the
 * host and the stylesheet go away and the scroll position and focus come back: the page is as it was.
 *
 * No extension API here: the content script passes in how to get the article and the settings.
 */
import type { ReadResult } from '../core/types';
import { updateSettings, RANGES, THEMES, type NumericKey, type Settings } from '../shared/settings';
import { copyText } from '../ui/clipboard';
import { articleToMarkdown, citation, shownQuotes } from '../ui/format';
import { translator, type MsgKey, type T } from '../ui/i18n';
import { applySettings, h, renderArticle, type Rendered } from '../ui/render';
import { ARTICLE_CSS } from '../ui/styles';
import { icon as svgIcon, type IconName } from '../ui/icons';

export interface ReaderDeps {
  /**
   * The article of the current page (cached by the caller), possibly without its quotes yet
   * (`quotesPending`): the reader paints the story first. Throws when the page cannot be read.
   */
  getArticle(): ReadResult;
  /** The same article with its quotes (found once, then cached by the caller). */
  withQuotes(): Promise<ReadResult>;
  loadSettings(): Promise<Settings>;
  saveSettings(s: Settings): void;
}

/** Page overlays that appear late (donation modal, pop-ups, bars) and the scroll lock they set. */
const PAGE_CSS = `
.contribute-modal,.contribute-popup,.contribute-bar,.contribute-stickybottom,.newsletter-modal,#newsletter-modal{display:none!important}
html,body{overflow:auto!important}
@media print{body{display:none!important}@page{margin:16mm 18mm}}
`;

const READER_CSS = `
:host{all:initial!important;display:block!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;visibility:visible!important;opacity:1!important;contain:none!important}
dialog.tmt-reader{position:fixed;inset:0;width:100%;height:100%;max-width:none;max-height:none;margin:0;padding:0;border:0;
  overflow-x:hidden;overflow-y:auto;overscroll-behavior:contain;box-sizing:border-box;outline:none}
dialog.tmt-reader::backdrop{background:rgba(0,0,0,.6)}
dialog.tmt-reader:not([open]){display:none}
.tmt-bar{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);font-family:var(--sans);font-size:14px;line-height:1.2;padding:0 24px}
/* The bar lines up with the text column: same width in the article's own font and size. */
.tmt-bar-inner,.tmt-panel{max-width:var(--tmt-width);margin:0 auto;font-family:var(--serif);font-size:var(--tmt-size)}
[data-font=sans] .tmt-bar-inner,[data-font=sans] .tmt-panel{font-family:var(--sans)}
.tmt-bar-inner{display:flex;align-items:center;gap:6px;flex-wrap:wrap;padding:8px 0}
.tmt-main:focus{outline:none}
.tmt-bar .tmt-btn{font-size:14px;display:inline-flex;align-items:center;gap:6px}
.tmt-spacer{flex:1}
.tmt-bar [hidden]{display:none!important}
@media (max-width:900px){.tmt-compact .tmt-lbl{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.tmt-compact{min-width:2.4em;justify-content:center}}
.tmt-ico{font-size:.95em;line-height:1;flex:none}
.tmt-panel{padding:4px 0 12px;display:flex;flex-wrap:wrap;gap:14px 22px}
.tmt-panel .tmt-ctl{font-family:var(--sans);font-size:13px}
.tmt-panel[hidden]{display:none}
.tmt-ctl{display:flex;flex-direction:column;gap:6px;margin:0;padding:0;border:0;min-width:0}
.tmt-ctl legend,.tmt-ctl-label{padding:0;color:var(--muted);font-weight:600;font-size:12px;letter-spacing:.04em;text-transform:uppercase;margin-bottom:6px}
.tmt-seg{display:flex;gap:4px;flex-wrap:wrap}
.tmt-seg .tmt-btn{font-size:13px}
.tmt-val{min-width:4.5em;text-align:center;font-variant-numeric:tabular-nums;color:var(--fg);align-self:center;font-size:13px}
.tmt-main{padding:40px 24px 96px}
.tmt-status{font-family:var(--sans);font-size:13px;color:var(--muted);min-height:1em}
.tmt-sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tmt-story .tmt-speaking{background:color-mix(in srgb,var(--mark) 40%,transparent);border-radius:3px}
@media (max-width:600px){.tmt-main{padding:24px 16px 72px}.tmt-bar{padding:0 16px}.tmt-title{font-size:1.5em}}
@media print{
  dialog.tmt-reader{position:absolute;inset:auto;height:auto;overflow:visible;display:block}
  dialog.tmt-reader::backdrop{display:none}
  .tmt-bar,.tmt-panel{display:none!important}
  .tmt-main{padding:0}
}
`;

type SpeechState = 'idle' | 'speaking' | 'paused';

export class Reader {
  private host: HTMLElement | null = null;
  private dialog: HTMLDialogElement | null = null;
  private rendered: Rendered | null = null;
  private result: ReadResult | null = null;
  private settings: Settings | null = null;
  private t: T = translator('en');
  private pageSheet: CSSStyleSheet | null = null;
  private pageStyleEl: HTMLStyleElement | null = null;
  private saved: { x: number; y: number; focus: Element | null } | null = null;
  private speech: SpeechState = 'idle';
  private speechQueue: number = 0;
  private controls: Partial<Record<string, HTMLElement>> = {};
  private opening: Promise<void> | null = null;
  private fmts: Partial<Record<NumericKey, (n: number) => string>> = {};
  private watcher: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly deps: ReaderDeps,
  ) {}

  get isOpen(): boolean {
    return !!this.dialog?.open;
  }

  async toggle(quoteIndex?: number): Promise<boolean> {
    if (this.isOpen && quoteIndex === undefined) {
      this.close();
      return false;
    }
    await this.open(quoteIndex);
    return this.isOpen;
  }

  /** Open (or keep open) and optionally land on key quote `quoteIndex`. */
  async open(quoteIndex?: number): Promise<void> {
    if (!this.isOpen) {
      this.opening ??= this.build().finally(() => (this.opening = null));
      await this.opening;
    }
    if (quoteIndex !== undefined) {
      await this.addQuotes();
      this.showQuote(quoteIndex);
    }
  }

  /** Find and show the key quotes if the article was read without them (right after the first paint). */
  private async addQuotes(): Promise<void> {
    const shown = this.result;
    if (!shown?.quotesPending) return;
    const dialog = this.dialog;
    let full: ReadResult;
    try {
      full = await this.deps.withQuotes();
    } catch {
      // The story stays readable without its quotes.
      if (dialog && this.dialog === dialog) dialog.dataset.quotes = 'failed';
      return;
    }
    // Only into the reader they were found for (it may have been closed and opened on another page).
    if (this.result !== shown) return;
    this.result = full;
    this.rendered?.setQuotes(full);
    if (dialog && this.dialog === dialog) dialog.dataset.quotes = 'ready';
  }

  close(): void {
    // The dialog's "close" event comes a task later; restore the page now so callers see it restored.
    if (this.dialog?.open) this.dialog.close();
    this.teardown();
  }

  /** Re-apply settings changed elsewhere (options page, another tab). */
  updateSettings(s: Settings): void {
    const needsRerender = this.settings && (this.settings.images !== s.images || this.settings.keyQuotes !== s.keyQuotes);
    this.settings = s;
    if (!this.dialog || !this.result) return;
    applySettings(this.dialog, s);
    this.syncControls();
    if (needsRerender) this.renderBody();
  }

  /** Scroll the reader to key quote `index` and highlight it. Returns false when it is not in the story. */
  showQuote(index: number): boolean {
    if (!this.rendered || !this.dialog) return false;
    const mark = this.rendered.highlight(index);
    if (!mark) {
      this.announce(this.t('noStory'));
      return false;
    }
    const d = this.dialog;
    const bar = d.querySelector('.tmt-bar') as HTMLElement | null;
    const top = mark.getBoundingClientRect().top - d.getBoundingClientRect().top + d.scrollTop;
    const reduce = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // Land the quote about a third down the visible area, below the sticky bar.
    d.scrollTo({ top: Math.max(0, top - (bar?.offsetHeight ?? 0) - d.clientHeight / 4), behavior: reduce ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
    return true;
  }

  print(): void {
    this.doc.defaultView?.print();
  }

  // ---------------- building ----------------

  private async build(): Promise<void> {
    const doc = this.doc;
    const win = doc.defaultView!;
    const result = this.deps.getArticle();
    this.settings ??= await this.deps.loadSettings();
    this.result = result;
    this.t = translator(result.lang);
    this.saved = { x: win.scrollX, y: win.scrollY, focus: doc.activeElement };

    // A plain <div> host: a custom element name could be pre-defined by the page to hijack it.
    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = ARTICLE_CSS + READER_CSS;
    shadow.append(style);

    const dialog = doc.createElement('dialog') as HTMLDialogElement;
    dialog.className = 'tmt-theme tmt-reader';
    dialog.setAttribute('aria-labelledby', 'tmt-reader-title');
    dialog.setAttribute('lang', result.lang || 'en');
    applySettings(dialog, this.settings);
    // Whether the key quotes are still to come (they are added just after the story is painted).
    dialog.dataset.quotes = result.quotesPending ? 'pending' : 'ready';
    // showModal() focuses the autofocus element: the text, so arrow keys and Space scroll it at once
    // (and no focus ring lands on a button the user did not choose).
    dialog.append(this.buildBar(), h(doc, 'main', { class: 'tmt-main', id: 'tmt-main', tabindex: '-1', autofocus: true }));
    // The close event is queued: by the time it fires a new reader may be open; only tear down our own dialog.
    dialog.addEventListener('close', () => {
      if (this.dialog === dialog) this.teardown();
    });
    shadow.append(dialog);
    this.dialog = dialog;
    this.host = host;
    this.renderBody();
    this.syncControls();

    doc.documentElement.append(host);
    dialog.showModal();
    // If the page removes the reader, give the page back fully (our overlay rules must not linger).
    this.watcher = new (win.MutationObserver ?? MutationObserver)(() => {
      if (this.host && !this.host.isConnected) this.teardown();
    });
    this.watcher.observe(doc.documentElement, { childList: true });
    // The page-level rules restyle (and may re-lay out) the whole page: apply them just after the
    // reader's first frame, off the path to its first paint. Until then the modal dialog, in the top
    // layer, already covers any page overlay.
    await new Promise<void>((resolve) => {
      let done = false;
      let fallback: number | undefined;
      const apply = () => {
        if (done) return;
        done = true;
        // Do not keep the reader's DOM alive in a pending timer after it is closed.
        win.clearTimeout(fallback);
        if (this.host === host) {
          // The story is on screen: now the key quotes (a few ms), in their own task.
          win.setTimeout(() => {
            if (this.host === host) void this.addQuotes();
          }, 0);
          this.hidePageOverlays();
          // Focus moved into the reader: keep the page where the reader found it.
          const saved = this.saved;
          if (saved && (win.scrollX !== saved.x || win.scrollY !== saved.y)) win.scrollTo(saved.x, saved.y);
        }
        resolve();
      };
      win.requestAnimationFrame(() => win.setTimeout(apply, 0));
      // A background tab gets no animation frames: do not wait for one there.
      fallback = win.setTimeout(apply, 200);
    });
  }

  private renderBody(): void {
    const main = this.dialog?.querySelector('.tmt-main');
    if (!main || !this.result || !this.settings) return;
    const r = this.result;
    this.rendered = renderArticle(this.doc, r, {
      t: this.t,
      settings: this.settings,
      win: this.doc.defaultView!,
      onShowQuote: (i) => this.showQuote(i),
      onCopyQuote: (i, button) => {
        const cur = this.result ?? r;
        const q = cur.keyQuotes[i];
        if (q) void this.copy(citation(q, cur, this.t), button);
      },
    });
    const title = this.rendered.root.querySelector('.tmt-title');
    title?.setAttribute('id', 'tmt-reader-title');
    main.replaceChildren(this.rendered.root);
  }

  private btn(label: string, attrs: Record<string, string>, onClick: (b: HTMLElement) => void, icon?: IconName | 'Aa'): HTMLElement {
    // The label stays in the DOM (the accessible name) even when a narrow bar shows only the icon.
    const b = h(
      this.doc,
      'button',
      { type: 'button', class: 'tmt-btn', title: attrs.class?.includes('tmt-compact') ? label : undefined, ...attrs },
      icon === 'Aa' ? h(this.doc, 'span', { class: 'tmt-ico', 'aria-hidden': 'true' }, icon) : icon ? svgIcon(this.doc, icon) : null,
      icon ? h(this.doc, 'span', { class: 'tmt-lbl' }, label) : label,
    );
    b.addEventListener('click', () => onClick(b));
    return b;
  }

  private buildBar(): HTMLElement {
    const doc = this.doc;
    const t = this.t;
    const close = this.btn(t('closeReader'), { 'data-testid': 'reader-close' }, () => this.close(), 'close');
    const listen = this.btn(t('listen'), { 'data-testid': 'reader-listen' }, () => this.toggleSpeech(), 'play');
    const stop = this.btn(t('stop'), { 'data-testid': 'reader-stop', hidden: '' }, () => this.stopSpeech(), 'stop');
    const md = this.btn(t('copyMarkdown'), { 'data-testid': 'reader-markdown', class: 'tmt-btn tmt-compact' }, (b) => void this.copyMarkdown(b), 'copy');
    const print = this.btn(t('print'), { 'data-testid': 'reader-print', class: 'tmt-btn tmt-compact' }, () => this.print(), 'print');
    const panel = this.buildPanel();
    const aa = this.btn(t('readerControls'), { 'data-testid': 'reader-settings', class: 'tmt-btn tmt-compact', 'aria-expanded': 'false', 'aria-controls': 'tmt-panel' }, (b) => {
      const open = panel.hidden;
      panel.hidden = !open;
      b.setAttribute('aria-expanded', String(open));
    }, 'Aa');
    const status = h(doc, 'span', { class: 'tmt-status', role: 'status', 'data-testid': 'reader-status' });
    this.controls = { ...this.controls, listen, stop, status };
    return h(
      doc,
      'div',
      { class: 'tmt-bar' },
      h(doc, 'div', { class: 'tmt-bar-inner' }, close, listen, stop, status, h(doc, 'span', { class: 'tmt-spacer' }), md, print, aa),
      panel,
    );
  }

  private buildPanel(): HTMLElement {
    const doc = this.doc;
    const t = this.t;
    const themeKeys: Record<string, MsgKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', system: 'themeSystem' };
    const seg = (legend: string, values: readonly string[], key: 'theme' | 'font', labels: Record<string, MsgKey>) =>
      h(
        doc,
        'fieldset',
        { class: 'tmt-ctl' },
        h(doc, 'legend', {}, legend),
        h(
          doc,
          'div',
          { class: 'tmt-seg' },
          ...values.map((v) => {
            const b = this.btn(t(labels[v]!), { 'data-testid': `reader-${key}-${v}`, 'aria-pressed': 'false', 'data-value': v }, () =>
              this.change({ [key]: v } as Partial<Settings>),
            );
            this.controls[`${key}-${v}`] = b;
            return b;
          }),
        ),
      );
    const stepper = (key: NumericKey, label: MsgKey, less: MsgKey, more: MsgKey, fmt: (n: number) => string) => {
      const val = h(doc, 'span', { class: 'tmt-val', 'aria-live': 'polite', 'data-testid': `reader-${key}-value` });
      this.controls[`${key}-value`] = val;
      const [, , step] = RANGES[key];
      this.fmts[key] = fmt;
      return h(
        doc,
        'fieldset',
        { class: 'tmt-ctl' },
        h(doc, 'legend', {}, t(label)),
        h(
          doc,
          'div',
          { class: 'tmt-seg' },
          this.btn('−', { 'aria-label': t(less), 'data-testid': `reader-${key}-less` }, () => this.change({ [key]: this.settings![key] - step })),
          val,
          this.btn('+', { 'aria-label': t(more), 'data-testid': `reader-${key}-more` }, () => this.change({ [key]: this.settings![key] + step })),
        ),
      );
    };
    const panel = h(
      doc,
      'div',
      { class: 'tmt-panel', id: 'tmt-panel', role: 'group', 'aria-label': t('readerControls'), hidden: true },
      seg(t('theme'), THEMES, 'theme', themeKeys),
      seg(t('font'), ['serif', 'sans'], 'font', { serif: 'fontSerif', sans: 'fontSans' }),
      stepper('fontSize', 'fontSize', 'smaller', 'larger', (n) => t('pxValue', n)),
      stepper('lineWidth', 'lineWidth', 'narrower', 'wider', (n) => t('chValue', n)),
      stepper('lineHeight', 'lineHeight', 'tighter', 'looser', (n) => n.toFixed(1)),
    );
    return panel;
  }

  private syncControls(): void {
    const s = this.settings;
    if (!s) return;
    for (const [k, el] of Object.entries(this.controls)) {
      if (!el) continue;
      const m = /^(theme|font)-(.+)$/.exec(k);
      if (m) el.setAttribute('aria-pressed', String(s[m[1] as 'theme' | 'font'] === m[2]));
    }
    for (const key of ['fontSize', 'lineWidth', 'lineHeight'] as NumericKey[]) {
      const el = this.controls[`${key}-value`];
      if (el) el.textContent = this.fmts[key]?.(s[key]) ?? String(s[key]);
    }
  }

  private change(change: Partial<Settings>): void {
    if (!this.settings) return;
    this.updateSettings(updateSettings(this.settings, change));
    this.deps.saveSettings(this.settings);
  }

  // ---------------- actions ----------------

  private announce(text: string): void {
    const s = this.controls.status;
    if (s) s.textContent = text;
  }

  private async copy(text: string, button: HTMLElement): Promise<void> {
    const ok = await copyText(text, this.doc);
    this.announce(ok ? this.t('copied') : this.t('copyFailed'));
    button.dataset.copied = String(ok);
  }

  private async copyMarkdown(button: HTMLElement): Promise<void> {
    await this.addQuotes();
    if (!this.result || !this.rendered || !this.settings) return;
    const md = articleToMarkdown(this.result, this.rendered.story, this.t, shownQuotes(this.result, this.settings.keyQuotes));
    void this.copy(md, button);
  }

  private synth(): SpeechSynthesis | null {
    const w = this.doc.defaultView as (Window & { speechSynthesis?: SpeechSynthesis }) | null;
    return w?.speechSynthesis ?? null;
  }

  private setSpeech(state: SpeechState): void {
    this.speech = state;
    const listen = this.controls.listen;
    const stop = this.controls.stop;
    if (listen) {
      const [icon, label]: [IconName, MsgKey] =
        state === 'speaking' ? ['pause', 'pause'] : state === 'paused' ? ['play', 'resume'] : ['play', 'listen'];
      listen.replaceChildren(svgIcon(this.doc, icon), h(this.doc, 'span', { class: 'tmt-lbl' }, this.t(label)));
      listen.dataset.state = state;
    }
    if (stop) stop.hidden = state === 'idle';
    if (state === 'idle') for (const el of Array.from(this.rendered?.story.querySelectorAll('.tmt-speaking') ?? [])) el.classList.remove('tmt-speaking');
  }

  private toggleSpeech(): void {
    const synth = this.synth();
    if (!synth || !this.result) {
      this.announce(this.t('speechUnavailable'));
      return;
    }
    if (this.speech === 'speaking') {
      synth.pause();
      this.setSpeech('paused');
    } else if (this.speech === 'paused') {
      synth.resume();
      this.setSpeech('speaking');
    } else {
      this.speak(synth, this.result);
    }
  }

  /** One utterance per paragraph: long single utterances get cut off in some engines. */
  private speak(synth: SpeechSynthesis, r: ReadResult): void {
    synth.cancel();
    const lang = r.lang === 'ru' ? 'ru-RU' : r.lang === 'en' ? 'en-US' : r.lang;
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith((r.lang || 'en').toLowerCase()));
    const Utterance = (this.doc.defaultView as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
      .SpeechSynthesisUtterance;
    if (!Utterance) {
      this.announce(this.t('speechUnavailable'));
      return;
    }
    const texts = [r.title ?? '', ...r.paragraphs].filter((s) => s.trim());
    const run = ++this.speechQueue;
    const blocks = this.rendered ? Array.from(this.rendered.story.querySelectorAll('p, li, h2, h3, h4, blockquote')) : [];
    texts.forEach((text, i) => {
      const u = new Utterance(text);
      u.lang = lang;
      if (voice) u.voice = voice;
      u.onstart = () => {
        if (run !== this.speechQueue) return;
        for (const el of blocks) el.classList.remove('tmt-speaking');
        const b = blocks.find((el) => el.textContent?.replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim());
        b?.classList.add('tmt-speaking');
      };
      if (i === texts.length - 1) u.onend = () => run === this.speechQueue && this.setSpeech('idle');
      synth.speak(u);
    });
    this.setSpeech('speaking');
  }

  private stopSpeech(): void {
    this.speechQueue++;
    this.synth()?.cancel();
    this.setSpeech('idle');
  }

  // ---------------- page overlays and restore ----------------

  private hidePageOverlays(): void {
    const doc = this.doc;
    try {
      // Adopted sheets leave the page's DOM untouched (outerHTML stays identical).
      const Sheet = doc.defaultView!.CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(PAGE_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      this.pageSheet = sheet;
    } catch {
      // Fallback: a <style> element, removed again on close.
      const el = doc.createElement('style');
      el.textContent = PAGE_CSS;
      (doc.head ?? doc.documentElement).append(el);
      this.pageStyleEl = el;
    }
  }

  private restorePage(): void {
    const doc = this.doc;
    if (this.pageSheet) {
      const sheet = this.pageSheet;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // the page replaced the array: nothing of ours left to remove
      }
      this.pageSheet = null;
    }
    this.pageStyleEl?.remove();
    this.pageStyleEl = null;
  }

  private teardown(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    if (!this.host) return;
    this.stopSpeech();
    this.host.remove();
    this.host = null;
    this.dialog = null;
    this.rendered = null;
    this.controls = {};
    this.restorePage();
    const saved = this.saved;
    this.saved = null;
    const win = this.doc.defaultView;
    if (saved && win) {
      const f = saved.focus as HTMLElement | null;
      if (f?.isConnected && typeof f.focus === 'function' && f !== this.doc.body) f.focus({ preventScroll: true });
      win.scrollTo(saved.x, saved.y);
    }
  }
}

const NOTICE_CSS = `:host{all:initial!important;position:fixed!important;left:0!important;right:0!important;bottom:24px!important;z-index:2147483647!important;display:flex!important;justify-content:center!important;pointer-events:none!important}
div{max-width:min(520px,calc(100vw - 32px));box-sizing:border-box;padding:12px 16px;border-radius:10px;background:#1f2328;color:#fff;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.25)}`;

/**
 * A short message over the page (e.g. the shortcut pressed on a page that is not an article), in a
 * closed shadow root like the reader; it removes itself, leaving the page's DOM as it was.
 */
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
