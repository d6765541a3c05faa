/**
 * Resume: the reader remembers how far the user got in this article (on this device) and, when the article
 * is opened again, offers "Continue where you left off". The position is the first story block in view, so
 * it survives a new font size or width; it is recorded only when the user scrolls (opening and closing the
 * reader without reading on keeps the old position).
 */
import { positionToOffer, type ReadingPosition } from '../../shared/positions';
import { readingBlocks } from '../../ui/highlight';
import type { ReaderContext, ReaderFeature } from './feature';
import { button } from './toolbar';

/** Scrolling fires many events: record the place once the scrolling pauses. */
const SAVE_AFTER_MS = 600;

/** The index of the first block whose bottom is below the toolbar (0 at the top). */
export function blockInView(box: HTMLElement, blocks: readonly Element[]): number {
  if (box.scrollTop < 8) return 0;
  const top = box.querySelector('.tmt-bar')?.getBoundingClientRect().bottom ?? box.getBoundingClientRect().top;
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top + 1);
  return i < 0 ? Math.max(0, blocks.length - 1) : i;
}

/** Scroll `box` so block `el` sits just below the toolbar. */
export function scrollToBlock(box: HTMLElement, el: Element): void {
  const barBottom = box.querySelector('.tmt-bar')?.getBoundingClientRect().bottom ?? box.getBoundingClientRect().top;
  box.scrollTo({ top: Math.max(0, box.scrollTop + el.getBoundingClientRect().top - barBottom - 12), behavior: 'auto' });
}

export const resume: ReaderFeature = {
  mount(ctx: ReaderContext) {
    const { doc, t } = ctx;
    let offered: ReadingPosition | null = null;
    let timer: number | undefined;
    let closed = false;
    const win = doc.defaultView!;
    const blocks = () => {
      const story = ctx.rendered()?.story;
      return story ? readingBlocks(story) : [];
    };
    const cont = button(doc, t('continueReading'), { 'data-testid': 'reader-continue', hidden: '' }, () => {
      const box = ctx.scroller();
      const el = offered ? blocks()[offered.block] : undefined;
      cont.hidden = true;
      if (box && el) scrollToBlock(box, el);
    });
    const record = () => {
      timer = undefined;
      const box = ctx.scroller();
      const list = blocks();
      if (!box || !list.length) return;
      const block = blockInView(box, list);
      // Read on past the offered place: the offer has served its purpose.
      if (offered && block >= offered.block) cont.hidden = true;
      ctx.positions.save({ block, blocks: list.length, at: Date.now() });
    };
    const onScroll = () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(record, SAVE_AFTER_MS);
    };
    // Mounted before the article is rendered; the stored position arrives after it is.
    void ctx.positions
      .load()
      .then((pos) => {
        if (closed) return;
        offered = positionToOffer(pos, blocks().length);
        cont.hidden = !offered;
        ctx.scroller()?.addEventListener('scroll', onScroll, { passive: true });
      })
      .catch(() => undefined);
    return {
      start: [cont],
      close() {
        closed = true;
        ctx.scroller()?.removeEventListener('scroll', onScroll);
        // A pending record is written now: the reader is still in the page while its features close.
        if (timer !== undefined) {
          win.clearTimeout(timer);
          record();
        }
      },
    };
  },
};
