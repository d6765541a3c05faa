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

/** Lower case, marks and punctuation as spaces: "“You only have to learn to look,” she" → " you only have to learn to look she ". */
function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[\s"'“”‘’„«».,;:!?()[\]…—–-]+/g, ' ').trim()} `;
}

/** The block's sentences, as words. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])["”»’]?\s+/).map(words).filter((s) => s.trim().length > 0);
}

/**
 * Removes from `container`'s blocks (its children, the flat story) each short block every sentence of which (four
 * words or more) is said in a longer block of the story.
 */
export function dropPullQuotes(container: Element): void {
  const blocks = Array.from(container.children);
  const texts = blocks.map((b) => collapseSpace(b.textContent ?? ''));
  const said = texts.map(words);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Element;
    const text = texts[i] as string;
    if (!CANDIDATE.has(block.tagName) || !text || text.length > MAX_PULL_QUOTE || block.querySelector('img, figure, ul, ol, table')) continue;
    const parts = sentences(text);
    if (!parts.length || parts.some((s) => s.trim().split(' ').length < MIN_SENTENCE_WORDS)) continue;
    const repeated = parts.every((s) => said.some((other, j) => j !== i && (texts[j] as string).length > text.length && other.includes(s)));
    if (repeated) block.remove();
  }
}
