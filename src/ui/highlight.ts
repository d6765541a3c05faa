/**
 * Finding a quote in the rendered story. Quotes come as (paragraph index, offsets into that paragraph's
 * text); the rendered story is sanitized HTML. We map paragraphs to block elements in document order,
 * then the quote's words to text-node ranges, comparing with white space collapsed on both sides.
 */
import type { Quote } from '../core/types';

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, blockquote, dt, dd, pre, td, th';

export function normalize(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text of an element with <br> as a space, as the core writes paragraphs. */
function blockText(el: Element): string {
  let s = '';
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) s += c.textContent ?? '';
      else if (c.nodeType === 1) {
        if ((c as Element).tagName === 'BR') s += ' ';
        else walk(c);
      }
    }
  };
  walk(el);
  return normalize(s);
}

/** Leaf-most blocks: a <blockquote> or <li> that holds <p>s is represented by those <p>s. */
function candidateBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(BLOCK_SELECTOR)).filter((el) => !el.querySelector(BLOCK_SELECTOR));
}

/**
 * For each paragraph, the block element that shows it (or null). Greedy in order; a paragraph that
 * is not in the story (e.g. a lead-image caption rendered elsewhere) is skipped without losing the
 * place.
 */
export function mapParagraphs(root: Element, paragraphs: string[]): (Element | null)[] {
  const blocks = candidateBlocks(root).map((el) => ({ el, text: blockText(el) }));
  const out: (Element | null)[] = [];
  let pos = 0;
  for (const p of paragraphs) {
    const want = normalize(p);
    let found = -1;
    if (want) {
      for (let i = pos; i < blocks.length; i++) {
        if (blocks[i]!.text === want) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        // Tolerate small differences (a block holding the paragraph plus a stray label, or vice versa).
        for (let i = pos; i < blocks.length; i++) {
          const t = blocks[i]!.text;
          if (t && (t.includes(want) || (t.length > 20 && want.includes(t)))) {
            found = i;
            break;
          }
        }
      }
    }
    if (found >= 0) {
      out.push(blocks[found]!.el);
      pos = found + 1;
    } else out.push(null);
  }
  return out;
}

interface CharPos {
  node: Text;
  offset: number;
}

/** Normalized text of a block with, for each of its characters, where it sits in the DOM. */
function charMap(el: Element): { text: string; map: (CharPos | null)[] } {
  let text = '';
  const map: (CharPos | null)[] = [];
  let lastSpace = true; // collapses leading white space too
  const pushSpace = (pos: CharPos | null) => {
    if (!lastSpace) {
      text += ' ';
      map.push(pos);
      lastSpace = true;
    }
  };
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        for (let i = 0; i < data.length; i++) {
          const ch = data[i]!;
          if (/[\s\u00a0]/.test(ch)) pushSpace({ node: c as Text, offset: i });
          else {
            text += ch;
            map.push({ node: c as Text, offset: i });
            lastSpace = false;
          }
        }
      } else if (c.nodeType === 1) {
        if ((c as Element).tagName === 'BR') pushSpace(null);
        else walk(c);
      }
    }
  };
  walk(el);
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map };
}

/** Where the quote's words are in the block's normalized text: the occurrence nearest its offset. */
function locate(blockNorm: string, quote: Quote, paragraph: string): [number, number] | null {
  const needle = normalize(quote.text);
  if (!needle) return null;
  // Offset of the quote in the paragraph, re-expressed in normalized characters.
  const approx = normalize(paragraph.slice(0, quote.start)).length;
  let best = -1;
  for (let i = blockNorm.indexOf(needle); i >= 0; i = blockNorm.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - approx) < Math.abs(best - approx)) best = i;
  }
  return best < 0 ? null : [best, best + needle.length];
}

/**
 * Wrap the quote's words in <mark> elements (one per text node it spans). Returns the marks, or []
 * when the quote cannot be found in the rendered story.
 */
export function highlightQuote(
  block: Element,
  quote: Quote,
  paragraph: string,
  className = 'tmt-hl',
): HTMLElement[] {
  const { text, map } = charMap(block);
  const span = locate(text, quote, paragraph);
  return span ? wrapChars(block, map, span[0], span[1], className) : [];
}

/**
 * The block's text with white space collapsed (as `markText` counts offsets): what read-aloud speaks.
 * <br> counts as a space.
 */
export function spokenText(block: Element): string {
  return charMap(block).text;
}

/**
 * Wrap characters `start`..`end` of the block's collapsed text (`spokenText`) in <mark>s of `className`,
 * one per text node the span crosses. The text itself is unchanged; `clearHighlights` undoes it.
 */
export function markText(block: Element, start: number, end: number, className: string): HTMLElement[] {
  const { map } = charMap(block);
  return wrapChars(block, map, Math.max(0, start), Math.min(map.length, end), className);
}

function wrapChars(block: Element, map: (CharPos | null)[], from: number, to: number, className: string): HTMLElement[] {
  // Group the characters of the span by text node: [node, startOffset, endOffset].
  const pieces: { node: Text; start: number; end: number }[] = [];
  for (let i = from; i < to; i++) {
    const pos = map[i];
    if (!pos) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === pos.node) last.end = pos.offset + 1;
    else pieces.push({ node: pos.node, start: pos.offset, end: pos.offset + 1 });
  }
  const doc = block.ownerDocument;
  const marks: HTMLElement[] = [];
  for (const p of pieces) {
    const range = doc.createRange();
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    const mark = doc.createElement('mark');
    mark.className = className;
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

/** The story's text blocks in reading order (captions left out): what read-aloud reads and a reading position counts. */
export function readingBlocks(story: Element): Element[] {
  return candidateBlocks(story).filter((el) => !el.closest('figure, figcaption, pre, table'));
}

/** Undo highlightQuote: unwrap every mark of that class under root. */
export function clearHighlights(root: Element | DocumentFragment, className = 'tmt-hl'): void {
  for (const m of Array.from(root.querySelectorAll(`mark.${className}`))) {
    const parent = m.parentNode;
    if (!parent) continue;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}
