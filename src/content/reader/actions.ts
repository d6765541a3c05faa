/**
 * One-click toolbar actions on the article: copy it as Markdown, print it. Each is a feature of its own
 * (see feature.ts); `copyAndAnnounce` is shared with the key quotes' copy buttons.
 */
import { copyText } from '../../ui/clipboard';
import { articleToMarkdown, shownQuotes } from '../../ui/format';
import type { ReaderContext, ReaderFeature } from './feature';
import { button, compact } from './toolbar';

/** Copies `text`, says whether it worked, and marks `button` with the outcome (`data-copied`). */
export async function copyAndAnnounce(ctx: ReaderContext, text: string, button: HTMLElement): Promise<void> {
  const ok = await copyText(text, ctx.doc);
  ctx.announce(ok ? ctx.t('copied') : ctx.t('copyFailed'));
  button.dataset.copied = String(ok);
}

/** The whole article as Markdown, with the key quotes the reader shows (so it waits for them). */
export const copyMarkdown: ReaderFeature = {
  mount(ctx) {
    const copy = async (b: HTMLElement) => {
      await ctx.keyQuotes();
      const rendered = ctx.rendered();
      if (!rendered) return;
      const r = ctx.article();
      void copyAndAnnounce(ctx, articleToMarkdown(r, rendered.story, ctx.t, shownQuotes(r, ctx.settings().keyQuotes)), b);
    };
    return { end: [button(ctx.doc, ctx.t('copyMarkdown'), compact('reader-markdown'), (b) => void copy(b), 'copy')] };
  },
};

/** The browser's print dialog; the reader's print rules show only the article. */
export const print: ReaderFeature = {
  mount(ctx) {
    return { end: [button(ctx.doc, ctx.t('print'), compact('reader-print'), () => ctx.doc.defaultView?.print(), 'print')] };
  },
};
