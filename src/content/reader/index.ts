/**
 * The in-page reader: opens over the page (dialog.ts), paints the story first and adds the key quotes just
 * after, and on close gives the page back exactly as it was. Its parts: the toolbar with the features'
 * buttons (toolbar.ts, FEATURES below), the quick settings (settings-panel.ts), the page's late overlays
 * (overlays.ts).
 *
 * No extension API here: the content script passes in how to get the article and the settings.
 */
import type { ReadResult } from '../../core/types';
import type { ReadingPosition } from '../../shared/positions';
import { updateSettings, type Settings } from '../../shared/settings';
import { citation } from '../../ui/format';
import { translator, type T } from '../../ui/i18n';
import { applySettings, renderArticle, type Rendered } from '../../ui/render';
import { ARTICLE_CSS } from '../../ui/styles';
import { copyAndAnnounce, copyMarkdown, print } from './actions';
import { citeAndSave } from './keep';
import { afterPaint, createFrame, DIALOG_CSS, restorePosition, savePosition, watchRemoval, type PagePosition } from './dialog';
import type { MountedFeature, ReaderContext, ReaderFeature } from './feature';
import { narrate } from './narrate';
import { resume } from './resume';
import { hidePageOverlays } from './overlays';
import { createSettingsPanel, SETTINGS_PANEL_CSS, type SettingsPanel } from './settings-panel';
import { buildToolbar, TOOLBAR_CSS } from './toolbar';

export { showNotice } from './notice';

/** The reader's features, in toolbar order within their group (start: after Close; end: before "Aa"). */
const FEATURES: readonly ReaderFeature[] = [narrate, resume, copyMarkdown, citeAndSave, print];

const READER_CSS = ARTICLE_CSS + DIALOG_CSS + TOOLBAR_CSS + SETTINGS_PANEL_CSS + FEATURES.map((f) => f.css ?? '').join('');

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
  /** This article's stored reading position (null when none). */
  loadPosition(): Promise<ReadingPosition | null>;
  savePosition(p: ReadingPosition): void;
}

/** One open reader: everything that goes away when it closes. */
interface Open {
  host: HTMLElement;
  dialog: HTMLDialogElement;
  main: HTMLElement;
  status: HTMLElement;
  panel: SettingsPanel;
  features: MountedFeature[];
  position: PagePosition;
  stopWatching(): void;
  restoreOverlays: (() => void) | null;
}

export class Reader {
  private view: Open | null = null;
  private rendered: Rendered | null = null;
  private result: ReadResult | null = null;
  private settings: Settings | null = null;
  private t: T = translator('en');
  private opening: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly deps: ReaderDeps,
  ) {}

  get isOpen(): boolean {
    return !!this.view?.dialog.open;
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

  close(): void {
    // The dialog's "close" event comes a task later; restore the page now so callers see it restored.
    if (this.view?.dialog.open) this.view.dialog.close();
    this.teardown();
  }

  /** Re-apply settings changed elsewhere (options page, another tab). */
  updateSettings(s: Settings): void {
    const needsRerender = this.settings && (this.settings.images !== s.images || this.settings.keyQuotes !== s.keyQuotes);
    this.settings = s;
    const view = this.view;
    if (!view || !this.result) return;
    applySettings(view.dialog, s);
    view.panel.sync(s);
    if (needsRerender) this.renderBody();
  }

  /** Scroll the reader to key quote `index` and highlight it. Returns false when it is not in the story. */
  showQuote(index: number): boolean {
    const d = this.view?.dialog;
    if (!this.rendered || !d) return false;
    const mark = this.rendered.highlight(index);
    if (!mark) {
      this.announce(this.t('noStory'));
      return false;
    }
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

  private announce(text: string): void {
    if (this.view) this.view.status.textContent = text;
  }

  /** Find and show the key quotes if the article was read without them (right after the first paint). */
  private async addQuotes(): Promise<void> {
    const shown = this.result;
    if (!shown?.quotesPending) return;
    const dialog = this.view?.dialog;
    let full: ReadResult;
    try {
      full = await this.deps.withQuotes();
    } catch {
      // The story stays readable without its quotes.
      if (dialog && this.view?.dialog === dialog) dialog.dataset.quotes = 'failed';
      return;
    }
    // Only into the reader they were found for (it may have been closed and opened on another page).
    if (this.result !== shown) return;
    this.result = full;
    this.rendered?.setQuotes(full);
    if (dialog && this.view?.dialog === dialog) dialog.dataset.quotes = 'ready';
  }

  private context(): ReaderContext {
    return {
      doc: this.doc,
      t: this.t,
      article: () => this.result!,
      rendered: () => this.rendered,
      settings: () => this.settings!,
      changeSettings: (change) => this.change(change),
      scroller: () => this.view?.dialog ?? null,
      positions: { load: () => this.deps.loadPosition(), save: (p) => this.deps.savePosition(p) },
      announce: (text) => this.announce(text),
      keyQuotes: () => this.addQuotes(),
    };
  }

  private change(change: Partial<Settings>): void {
    if (!this.settings) return;
    this.updateSettings(updateSettings(this.settings, change));
    this.deps.saveSettings(this.settings);
  }

  private async build(): Promise<void> {
    const doc = this.doc;
    const result = this.deps.getArticle();
    this.settings ??= await this.deps.loadSettings();
    this.result = result;
    this.t = translator(result.lang);
    const position = savePosition(doc);

    const ctx = this.context();
    const features = FEATURES.map((f) => f.mount(ctx));
    const panel = createSettingsPanel(doc, this.t, () => this.settings!, (c) => this.change(c));
    const bar = buildToolbar(doc, this.t, {
      onClose: () => this.close(),
      start: features.flatMap((f) => f.start ?? []),
      end: features.flatMap((f) => f.end ?? []),
      panel: panel.element,
    });
    const { host, dialog, main } = createFrame(doc, { css: READER_CSS, lang: result.lang, bar: bar.element });
    applySettings(dialog, this.settings);
    // Whether the key quotes are still to come (they are added just after the story is painted).
    dialog.dataset.quotes = result.quotesPending ? 'pending' : 'ready';
    // The close event is queued: by the time it fires a new reader may be open; only tear down our own dialog.
    dialog.addEventListener('close', () => {
      if (this.view?.dialog === dialog) this.teardown();
    });
    const view: Open = { host, dialog, main, status: bar.status, panel, features, position, stopWatching: () => undefined, restoreOverlays: null };
    this.view = view;
    this.renderBody();
    panel.sync(this.settings);

    doc.documentElement.append(host);
    dialog.showModal();
    // If the page removes the reader, give the page back fully (our overlay rules must not linger).
    view.stopWatching = watchRemoval(doc, host, () => this.teardown());
    // The page-level rules restyle (and may re-lay out) the whole page: apply them just after the
    // reader's first frame, off the path to its first paint. Until then the modal dialog, in the top
    // layer, already covers any page overlay.
    const win = doc.defaultView!;
    await afterPaint(win, () => {
      if (this.view !== view) return;
      // The story is on screen: now the key quotes (a few ms), in their own task.
      win.setTimeout(() => {
        if (this.view === view) void this.addQuotes();
      }, 0);
      view.restoreOverlays = hidePageOverlays(doc);
      // Focus moved into the reader: keep the page where the reader found it.
      restorePosition(doc, position, false);
    });
  }

  private renderBody(): void {
    const main = this.view?.main;
    if (!main || !this.result || !this.settings) return;
    const r = this.result;
    const ctx = this.context();
    this.rendered = renderArticle(this.doc, r, {
      t: this.t,
      settings: this.settings,
      win: this.doc.defaultView!,
      onShowQuote: (i) => this.showQuote(i),
      onCopyQuote: (i, button) => {
        const cur = this.result ?? r;
        const q = cur.keyQuotes[i];
        if (q) void copyAndAnnounce(ctx, citation(q, cur, this.t), button);
      },
    });
    this.rendered.root.querySelector('.tmt-title')?.setAttribute('id', 'tmt-reader-title');
    main.replaceChildren(this.rendered.root);
  }

  private teardown(): void {
    const view = this.view;
    if (!view) return;
    view.stopWatching();
    for (const f of view.features) f.close?.();
    view.host.remove();
    this.view = null;
    this.rendered = null;
    view.restoreOverlays?.();
    restorePosition(this.doc, view.position, true);
  }
}
