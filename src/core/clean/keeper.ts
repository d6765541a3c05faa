/**
 * The story keeper: what cleaning must never remove whole. Markup with unclosed tags (a page missing its </div>s)
 * nests whatever follows inside the element left open (a byline, a teaser box, a caption): that element then holds
 * the rest of the story, and removing or rebuilding it whole would take the story with it. The keeper knows the
 * story's pieces (found before anything is removed) and the elements that hold them; a removal moves the pieces
 * out first.
 */
import { nextOutside } from '../select';

export class StoryKeeper {
  private readonly piece = new Set<Element>();
  private readonly holder = new Set<Element>();

  /** `pieces`: the story's pieces under `root` (body containers, story blocks, image blocks). */
  constructor(root: Element, pieces: Element[]) {
    for (const el of pieces) {
      this.piece.add(el);
      for (let a: Element | null = el; a && a !== root && !this.holder.has(a); a = a.parentElement) this.holder.add(a);
    }
  }

  /** `el` is a story piece, or held one when the keeper was made (a superset after hoisting). */
  holds(el: Element): boolean {
    return this.holder.has(el);
  }

  /** `el` is a story piece (moved whole; the caller cleans inside it). */
  isPiece(el: Element): boolean {
    return this.piece.has(el);
  }

  /** A piece rebuilt in place (an image block made a <figure>) is still one. */
  replaced(old: Element, by: Element): void {
    if (this.piece.delete(old)) this.piece.add(by);
    if (this.holder.delete(old)) this.holder.add(by);
  }
}

/**
 * Move the outermost story pieces inside `top` to just after it, in document order, so that `top` can then be
 * removed or rebuilt on its own. Only the paths down to the pieces are walked (unclosed tags nest deep).
 */
export function hoistStory(top: Element, keeper: StoryKeeper): void {
  const found: Element[] = [];
  let el: Element | null = top.firstElementChild;
  while (el) {
    if (keeper.isPiece(el)) {
      found.push(el);
      el = nextOutside(el, top);
    } else el = (keeper.holds(el) ? el.firstElementChild : null) ?? nextOutside(el, top);
  }
  if (found.length) top.after(...found);
}

/** Before removing `el`: move out any story it swallowed. */
export function hoistIfHolding(el: Element, keeper: StoryKeeper | undefined): void {
  if (keeper?.holds(el)) hoistStory(el, keeper);
}

/** Remove `el`, moving out first any story it swallowed. */
export function removeKeeping(el: Element, keeper: StoryKeeper | undefined): void {
  hoistIfHolding(el, keeper);
  el.remove();
}
