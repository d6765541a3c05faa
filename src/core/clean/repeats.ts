/**
 * Pull quotes: a short block that repeats words of the story said elsewhere in it ("A church does not vanish
 * completely. You only have to learn to look." beside the paragraph that quotes her) is the layout's emphasis, not
 * more story. Found by its text alone, so a pull quote goes in any markup (an aside, a blockquote, a renamed div).
 */
import { collapseSpace } from '../text';

/** Longer than this (characters), a block is a paragraph of its own, not a pull quote. */
const MAX_PULL_QUOTE = 240;
/** Fewer words than this, a sentence is too common to call a repeat ("He said no."). */
const MIN_SENTENCE_WORDS = 4;
/** Blocks a pull quote is laid out as: never a heading, list, figure or table. */
const CANDIDATE = new Set(['P', 'BLOCKQUOTE', 'ASIDE', 'DIV']);
/** More blocks than this (no real story has them; a hostile page may), the pass is skipped: it compares blocks pairwise. */
const MAX_BLOCKS = 1500;

/** Lower case, marks and punctuation as spaces: "“You only have to learn to look,” she" → " you only have to learn to look she ". */
function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[\s"'“”‘’„«».,;:!?()[\]…—–-]+/g, ' ').trim()} `;
}

/** The block's sentences, as words. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])["”»’]?\s+/).map(words).filter((s) => s.trim().length > 0);
}

/** Blocks whose text is said once: a block holding none of these is a leaf (its text is its own). */
const BLOCKS = 'p, blockquote, aside, div, section, li, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre';

/**
 * Removes from `container` (the flat story) each short block every sentence of which (four words or more) is said in
 * a longer block of the story. The leaf blocks are compared, wherever they sit: a box left open or a wrapper a page
 * injected can hold the pull quote and the paragraph it repeats together.
 */
export function dropPullQuotes(container: Element): void {
  const all = container.querySelectorAll(BLOCKS);
  if (all.length > MAX_BLOCKS) return;
  const blocks = Array.from(all).filter((b) => !b.querySelector(BLOCKS));
  const texts = blocks.map((b) => collapseSpace(b.textContent ?? ''));
  const said = texts.map(words);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Element;
    const text = texts[i] as string;
    if (!CANDIDATE.has(block.tagName) || !text || text.length > MAX_PULL_QUOTE) continue;
    if (block.closest('li, figure, table, h1, h2, h3, h4, h5, h6') || block.querySelector('img, figure, ul, ol, table')) continue;
    const parts = sentences(text);
    if (!parts.length || parts.some((s) => s.trim().split(' ').length < MIN_SENTENCE_WORDS)) continue;
    const repeated = parts.every((s) => said.some((other, j) => j !== i && (texts[j] as string).length > text.length && other.includes(s)));
    if (!repeated) continue;
    // The box it stood in goes with it when it held nothing else (an <aside> around its <p>).
    let gone: Element = block;
    while (gone.parentElement && gone.parentElement !== container && !collapseSpace(gone.parentElement.textContent ?? '').replace(text, '').trim()) gone = gone.parentElement;
    gone.remove();
  }
}
