/**
 * Cite and Save in the in-page reader. The citation formats and the offline copies come from keep.js, which the
 * background injects on the first click (never with the page or the reader). Saving asks the background for the
 * article's own images (this page's origin may not read TMT's image host) and hands it the finished file for the
 * downloads API, which content scripts do not have.
 */
import type { CitationFormat } from '../../core/cite';
import type { KeepFormat } from '../../export';
import type { KeepBundle } from '../../export/bundle';
import { ext as browser } from '../../platform/ext';
import { h } from '../../ui/dom';
import { shownQuotes } from '../../ui/format';
import { injectedBundle } from '../inject';
import { copyAndAnnounce } from './actions';
import type { ReaderFeature } from './feature';
import { button } from './toolbar';
import { CITE_FORMATS, SAVE_FORMATS } from '../../ui/keep-formats';

const keepBundle = injectedBundle<KeepBundle>('keep', () => globalThis.__tmtKeep);


function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export const citeAndSave: ReaderFeature = {
  css: `.tmt-cite-format { font: inherit; font-size: .85em; padding: .2em .3em; border: 1px solid var(--line); border-radius: 6px;
  background: var(--bg); color: inherit; }`,
  mount(ctx) {
    const { doc, t } = ctx;
    const select = h(doc, 'select', { class: 'tmt-cite-format', 'data-testid': 'reader-cite-format', 'aria-label': t('citationFormat') }) as HTMLSelectElement;
    for (const [value, label] of CITE_FORMATS) select.append(h(doc, 'option', { value }, label));

    const cite = async (b: HTMLElement) => {
      try {
        const keep = await keepBundle();
        await copyAndAnnounce(ctx, keep.cite(ctx.article(), select.value as CitationFormat, { accessed: new Date() }).trimEnd(), b);
      } catch {
        ctx.announce(t('copyFailed'));
      }
    };

    const save = async (format: KeepFormat, b: HTMLElement) => {
      b.setAttribute('disabled', '');
      ctx.announce(t('saving'));
      try {
        await ctx.keyQuotes();
        const keep = await keepBundle();
        const r = ctx.article();
        const file = await keep.keepArticle(
          { result: r, win: doc.defaultView ?? window, t, keyQuotes: shownQuotes(r, ctx.settings().keyQuotes), accessed: new Date() },
          format,
          {
            fetchImage: async (url) => {
              const res = (await browser.runtime.sendMessage({ type: 'tmt:fetch-image', url })) as { base64?: string | null } | undefined;
              return res?.base64 ? base64ToBytes(res.base64) : null;
            },
          },
        );
        const done = (await browser.runtime.sendMessage({
          type: 'tmt:download',
          filename: file.filename,
          mime: file.mime,
          base64: bytesToBase64(file.bytes),
        })) as { ok?: boolean } | undefined;
        if (!done?.ok) throw new Error('download refused');
        const missing = file.images.total - file.images.kept;
        ctx.announce(missing > 0 ? t('savedWithoutImages', missing, file.images.total) : t('savedCopy'));
      } catch {
        ctx.announce(t('saveFailed'));
      } finally {
        b.removeAttribute('disabled');
      }
    };

    return {
      end: [
        select,
        button(doc, t('copyCitation'), { 'data-testid': 'reader-cite' }, (b) => void cite(b)),
        // Short visible labels (HTML, MD, EPUB), which are the accessible names; the full one is the tooltip.
        ...SAVE_FORMATS.map(([format, label, short]) =>
          button(doc, short, { 'data-testid': `reader-save-${format}`, title: t(label) }, (b) => void save(format, b)),
        ),
      ],
    };
  },
};
