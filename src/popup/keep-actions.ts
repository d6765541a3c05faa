/**
 * The popup's Cite and Save controls. Their code (keep.js: citation formats, offline copies, the zip writer) is
 * loaded by a <script> on first use, never at popup start; this file holds only the buttons and the loader.
 * Saving fetches the article's own images (HTML, EPUB) and hands the file to the browser's downloads API.
 */
import type { CitationFormat } from '../core/cite';
import type { ReadResult } from '../core/types';
import type { KeepFormat } from '../export';
import type { KeepBundle } from '../export/bundle';
import type { Settings } from '../shared/settings';
import { copyText } from '../ui/clipboard';
import { h } from '../ui/dom';
import { ext as browser } from '../platform/ext';
import { shownQuotes } from '../ui/format';
import type { T } from '../ui/i18n';
import { CITE_FORMATS, SAVE_FORMATS } from '../ui/keep-formats';

let loading: Promise<KeepBundle> | null = null;

/** keep.js, added once to this page (the extension pages' CSP allows our own scripts). */
export function loadKeep(doc: Document = document): Promise<KeepBundle> {
  if (globalThis.__tmtKeep) return Promise.resolve(globalThis.__tmtKeep);
  loading ??= new Promise<KeepBundle>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = 'keep.js';
    script.addEventListener('load', () => (globalThis.__tmtKeep ? resolve(globalThis.__tmtKeep) : reject(new Error('keep.js did not start'))));
    script.addEventListener('error', () => {
      loading = null;
      script.remove();
      reject(new Error('keep.js could not be loaded'));
    });
    doc.head.append(script);
  });
  return loading;
}



export interface KeepActionsOptions {
  r: ReadResult;
  t: T;
  settings: Settings;
  /** Shows a short status message (copied, saved, failed). */
  say: (text: string) => void;
}

export function keepActions(doc: Document, o: KeepActionsOptions): HTMLElement {
  const { r, t, say } = o;
  const select = h(doc, 'select', { 'data-testid': 'cite-format', 'aria-label': t('citationFormat'), class: 'tmt-select' }) as HTMLSelectElement;
  for (const [value, label] of CITE_FORMATS) select.append(h(doc, 'option', { value }, label));
  const copy = h(doc, 'button', { type: 'button', class: 'tmt-btn', 'data-testid': 'copy-citation' }, t('copyCitation'));
  copy.addEventListener('click', () => {
    void (async () => {
      try {
        const keep = await loadKeep(doc);
        const text = keep.cite(r, select.value as CitationFormat, { accessed: new Date() });
        say(t((await copyText(text.trimEnd(), doc)) ? 'copied' : 'copyFailed'));
      } catch {
        say(t('copyFailed'));
      }
    })();
  });

  const saves = SAVE_FORMATS.map(([format, label, short]) => {
    // The visible format is the accessible name; the full "Save as …" is the tooltip and description.
    const b = h(doc, 'button', { type: 'button', class: 'tmt-btn', 'data-testid': `save-${format}`, title: t(label) }, short);
    b.addEventListener('click', () => void save(format, b));
    return b;
  });

  async function save(format: KeepFormat, button: HTMLElement): Promise<void> {
    button.setAttribute('disabled', '');
    say(t('saving'));
    try {
      const keep = await loadKeep(doc);
      const file = await keep.keepArticle(
        { result: r, win: window, t, keyQuotes: shownQuotes(r, o.settings.keyQuotes), accessed: new Date() },
        format,
        // The article's own images, fetched now because the reader asked to save (host permissions cover TMT's image hosts).
        { fetchImage: keep.httpImageFetcher(fetch.bind(window)) },
      );
      const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }));
      try {
        await browser.downloads.download({ url, filename: file.filename, saveAs: false, conflictAction: 'uniquify' });
      } finally {
        // The download has its own copy once started; the address is not needed after a while.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      const missing = file.images.total - file.images.kept;
      say(missing > 0 ? t('savedWithoutImages', missing, file.images.total) : t('savedCopy'));
    } catch {
      say(t('saveFailed'));
    } finally {
      button.removeAttribute('disabled');
    }
  }

  return h(
    doc,
    'div',
    { class: 'keep-actions', 'data-testid': 'keep-actions' },
    h(doc, 'span', { class: 'keep-label' }, `${t('cite')}:`),
    select,
    copy,
    h(doc, 'span', { class: 'spacer' }),
    h(doc, 'span', { class: 'keep-label' }, `${t('saveAs')}:`),
    ...saves,
  );
}
