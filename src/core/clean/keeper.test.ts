import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { StoryKeeper, removeKeeping } from './keeper';

describe('keeper: story swallowed by an unclosed tag survives a removal', () => {
  // A byline left open holds the two story blocks that follow it.
  const html = '<article><div class="byline">By A<div class="b1"><p>One.</p></div><div class="b2"><p>Two.</p></div></div><p>After.</p></article>';
  /** The article, and a keeper of the story pieces `pieces` selects. */
  const keeperOf = (pieces: string) => {
    const doc = new JSDOM(html).window.document;
    const root = doc.querySelector('article')!;
    return { doc, root, keeper: new StoryKeeper(root, Array.from(root.querySelectorAll(pieces))) };
  };

  it('moves the pieces out, in order, before removing their holder', () => {
    const { root, keeper } = keeperOf('.b1, .b2');
    const byline = root.querySelector('.byline')!;
    expect(keeper.holds(byline)).toBe(true);
    removeKeeping(byline, keeper);
    expect(root.querySelector('.byline')).toBeNull();
    expect(root.textContent).toBe('One.Two.After.');
  });

  it('removes an element that holds no story as it is', () => {
    const { root, keeper } = keeperOf('.b1');
    const after = root.querySelector('article > p')!;
    expect(keeper.holds(after)).toBe(false);
    removeKeeping(after, keeper);
    expect(root.textContent).toBe('By AOne.Two.');
  });

  it('keeps knowing a piece rebuilt in place', () => {
    const { doc, root, keeper } = keeperOf('.b1');
    const b1 = root.querySelector('.b1')!;
    const fig = doc.createElement('figure');
    b1.replaceWith(fig);
    keeper.replaced(b1, fig);
    expect(keeper.isPiece(fig) && keeper.holds(fig)).toBe(true);
    expect(keeper.isPiece(b1)).toBe(false);
  });
});
