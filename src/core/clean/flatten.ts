/**
 * The flatten pass: empty wrappers pruned, then the story made one sequence of paragraphs, headings, lists and
 * figures, so that Readability sees one container holding the whole story (it would otherwise keep only the
 * best-scoring block).
 */
import type { CompiledSelectors } from '../select';
import { nextOutside, queryFirst } from '../select';
import { LARGE_STORY_ELEMENTS } from '../limits';
import { collapseSpace } from '../text';
import { css } from './dom';

/** Text of nothing but white space and the bars and bullets between links ("Print | E-mail" once its links went). */
const SEPARATORS_ONLY = /^[\s|·•]*$/;
const PRUNABLE = new Set(['DIV', 'SECTION', 'ASIDE', 'SPAN', 'P', 'FIGURE', 'UL', 'OL']);
const CONTENT_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'BR', 'HR', 'TABLE']);
/** Boxes that are dissolved when they hold blocks (a live post's <header> around its heading), else made a paragraph. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'HGROUP', 'SPAN', 'FONT', 'CENTER']);
/** Of those, the inline ones: holding no block, they are part of the line they stand in, as a browser shows them. */
const INLINE_BOXES = new Set(['SPAN', 'FONT']);
const BLOCK_CHILD = css('p, div, section, article, header, footer, hgroup, ul, ol, dl, table, figure, blockquote, h1, h2, h3, h4, h5, h6, pre, hr, aside');
const IMG = css('img');

/** Remove empty wrappers left behind, and comments, so Readability sees a tidy tree. One bottom-up pass. */
export function pruneEmpty(root: Element): void {
  const full = new Set<Node>();
  const order: Element[] = [];
  for (let el = root.firstElementChild; el; ) {
    order.push(el);
    el = el.firstElementChild ?? nextOutside(el, root);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    let has = CONTENT_TAGS.has(el.tagName);
    for (let n = el.firstChild; n; ) {
      const next: ChildNode | null = n.nextSibling;
      // A comment shows nothing, and Readability ends a paragraph's run of text at one ("The decision <!-- --> to …").
      if (n.nodeType === 8) n.remove();
      else if (!has) has = n.nodeType === 3 ? !SEPARATORS_ONLY.test(n.nodeValue ?? '') : full.has(n);
      n = next;
    }
    if (has) full.add(el);
    else if (PRUNABLE.has(el.tagName)) el.remove();
  }
}

/** Move every child of `from` before `before` (childNodes lists are avoided: jsdom updates them on each move). */
function moveChildren(from: Node, to: Node, before: Node | null = null): void {
  while (from.firstChild) to.insertBefore(from.firstChild, before);
}

/** A run of inline content becomes a paragraph of `out` when it has text or an image. */
function flushRun(run: Element | null, out: Element): null {
  if (run && (collapseSpace(run.textContent ?? '') || queryFirst(run, IMG))) out.append(run);
  return null;
}

function hasBlockChild(el: Element, blockChild: CompiledSelectors): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (blockChild.matches(c)) return true;
  return false;
}

/** The next node after `n` that is not white space. */
function nextShown(n: ChildNode | null): ChildNode | null {
  while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = n.nextSibling;
  return n;
}

/** Is `br` the first of two or more line breaks in a row (white space between): a paragraph break of text typed without <p>? */
function isBreakPair(br: Element): boolean {
  return br.tagName === 'BR' && nextShown(br.nextSibling)?.nodeName === 'BR';
}

/**
 * Does this container hold paragraphs typed as runs between <br><br>, itself or through wrappers of one element
 * (<font><font>…</font></font>)? Only its children are looked at, down a chain of wrappers: linear.
 */
function holdsBreakPairs(el: Element): boolean {
  let box: Element | null = el;
  while (box) {
    let only: Element | null = null;
    let many = false;
    for (let n = box.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) {
        if (isBreakPair(n as Element)) return true;
        many = many || !!only;
        only = n as Element;
      } else if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) many = true;
    }
    box = many || !only || !CONTAINERS.has(only.tagName) ? null : only;
  }
  return false;
}

/**
 * Flatten the story into `out`. Wrappers with blocks inside are dissolved; a wrapper with only inline content
 * becomes a paragraph, and inline content beside blocks becomes paragraphs of its own. Text typed without <p>, in
 * runs between two or more <br>s, becomes one paragraph per run (a single <br> stays a line break). Iterative, and every node
 * moves to a shallow place once, so deep or huge markup stays linear.
 */
function flattenInto(part: Element, out: Element, depth = 0): void {
  const doc = part.ownerDocument;
  let run: Element | null = null;
  // A stack of "next node to visit" per open container; null marks the end of a container's children.
  const stack: (ChildNode | null)[] = [part.firstChild];
  while (stack.length) {
    const node = stack.pop();
    if (!node) {
      run = flushRun(run, out);
      continue;
    }
    stack.push(node.nextSibling);
    if (node.nodeType === 1) {
      const el = node as Element;
      if (CONTAINERS.has(el.tagName)) {
        if (hasBlockChild(el, BLOCK_CHILD) || holdsBreakPairs(el)) {
          run = flushRun(run, out);
          stack.push(el.firstChild);
          continue;
        }
        if (!INLINE_BOXES.has(el.tagName)) {
          run = flushRun(run, out);
          const p = doc.createElement('p');
          moveChildren(el, p);
          run = flushRun(p, out);
          continue;
        }
        // An inline box of text ("said Darya <span>…</span> Lebedeva") goes on with the run it stands in.
      } else if (BLOCK_CHILD.matches(el)) {
        run = flushRun(run, out);
        out.append(el.tagName === 'BLOCKQUOTE' && depth < MAX_QUOTE_DEPTH && holdsContainer(el) ? flatQuote(el, depth) : el);
        continue;
      }
      if (isBreakPair(el)) {
        // A paragraph ends here; the breaks themselves go.
        run = flushRun(run, out);
        let after = nextShown(el.nextSibling);
        while (after && after.nodeName === 'BR') after = nextShown(after.nextSibling);
        stack[stack.length - 1] = after;
        continue;
      }
    } else if (node.nodeType !== 3) {
      continue; // comments and the like
    } else if (!run && !(node.nodeValue ?? '').trim()) {
      continue;
    }
    run ??= doc.createElement('p');
    run.append(node);
  }
  run = flushRun(run, out);
}

/** Quotations within quotations flattened inside (deeper ones are kept as they are: nesting stays bounded). */
const MAX_QUOTE_DEPTH = 3;

/** Does `el` hold a box among its children (a quoted letter whose paragraphs are <div>s; a <span> of its text is none)? */
function holdsContainer(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (CONTAINERS.has(c.tagName) && (!INLINE_BOXES.has(c.tagName) || hasBlockChild(c, BLOCK_CHILD) || holdsBreakPairs(c))) return true;
  }
  return false;
}

/**
 * A quotation whose paragraphs are boxes, flattened into a quotation of paragraphs: Readability would end a
 * paragraph's text at any element it does not know as inline (an unknown tag, a comment), inside a <div>.
 */
function flatQuote(quote: Element, depth: number): Element {
  const flat = quote.cloneNode(false) as Element;
  flattenInto(quote, flat, depth + 1);
  return flat;
}

/** `part` into `out`, flattened; a huge part as it is (see LARGE_STORY_ELEMENTS). */
export function appendFlat(part: Element, out: Element): void {
  if (part.getElementsByTagName('*').length > LARGE_STORY_ELEMENTS) out.append(part);
  else flattenInto(part, out);
}
