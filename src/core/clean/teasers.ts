/**
 * The teasers pass: links to other articles inside the story (a box of nothing but a short link or two), and a
 * label left dangling at the story's end once its links are gone ("Related articles:").
 */
import type { CompiledSelectors } from '../select';
import { elementsByTag, queryAll, queryFirst } from '../select';
import { collapseSpace } from '../text';
import { siteAddress, urlRule } from '../detect';
import { css, isWrapper } from './dom';

/** Blocks a trailing label can be. */
const LABEL_BLOCK = /^(P|H[1-6]|LI|DIV|BLOCKQUOTE)$/;
const ENDS_WITH_COLON = /[:：]$/;
const TEXT_OR_IMAGE = css('p, img');
const TEASER_BOXES = css('div, aside, section');

/** A box of nothing but a short link or two, inside the story: a teaser to another article. */
export function dropLinkTeasers(part: Element, storyBlock: CompiledSelectors, pageUrl?: string): void {
  for (const box of queryAll(part, TEASER_BOXES)) {
    // (A box that only wraps another box leaves the decision to it; one that wraps a bare link is the teaser.)
    const wrapsBox = isWrapper(box) && TEASER_BOXES.matches(box.firstElementChild as Element);
    if (!box.isConnected || wrapsBox || storyBlock.matches(box) || queryFirst(box, TEXT_OR_IMAGE)) continue;
    const all = collapseSpace(box.textContent ?? '');
    let linked = 0;
    for (const a of elementsByTag(box, 'a')) linked += collapseSpace(a.textContent ?? '').length;
    if (all && all.length < 250 && linked >= all.length * 0.6) box.remove();
  }
  if (!pageUrl) return;
  // A bare link on its own line to another of the site's articles is a teaser, even when the box it came in holds
  // story too (a page that lost its </div>s nests the following paragraphs in the teaser's box). Story links sit
  // inside sentences.
  for (const a of elementsByTag(part, 'a')) {
    const parent = a.parentElement;
    if (!a.isConnected || !parent || !TEASER_BOXES.matches(parent) || storyBlock.matches(parent)) continue;
    if (aloneOnItsLine(a) && otherArticleOfSite(a.getAttribute('href'), pageUrl)) a.remove();
  }
}

/** Elements that make their own line: a link between two of them is alone on its line. */
const LINE_BREAKING = /^(P|DIV|SECTION|ASIDE|H[1-6]|UL|OL|LI|FIGURE|BLOCKQUOTE|TABLE|HR|BR|HEADER|FOOTER)$/;

/** Is `node` alone on its line: nothing but white space or line-making elements before and after it? */
function aloneOnItsLine(node: Element): boolean {
  const clear = (n: ChildNode | null, step: (n: ChildNode) => ChildNode | null): boolean => {
    for (; n; n = step(n)) {
      if (n.nodeType === 3 && !(n.nodeValue ?? '').trim()) continue;
      return n.nodeType === 1 && LINE_BREAKING.test((n as Element).tagName);
    }
    return true;
  };
  return clear(node.previousSibling, (n) => n.previousSibling) && clear(node.nextSibling, (n) => n.nextSibling);
}

/** Is `href` an article of the site (by its URL rules), other than the page itself? */
function otherArticleOfSite(href: string | null, pageUrl: string): boolean {
  if (!href) return false;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return false;
  }
  const page = siteAddress(pageUrl);
  const target = siteAddress(url);
  if (!target || target.site !== page?.site || (target.host === page.host && target.path === page.path)) return false;
  return urlRule(target.site, target.path, target.host)?.article === true;
}

/** The block holding the story's last text or image, found from the end (cheap on big or deep stories). */
function lastBlock(body: Element): Element | null {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 5 /* elements and text */);
  let node: Node | null = body;
  while (node.lastChild) node = node.lastChild;
  walker.currentNode = node;
  for (let n: Node | null = node; n && n !== body; n = walker.previousNode()) {
    const visible = n.nodeType === 3 ? !!(n.nodeValue ?? '').trim() : (n as Element).tagName === 'IMG';
    if (visible) return n.nodeType === 3 ? n.parentElement : (n as Element);
  }
  return null;
}

/** A trailing label with nothing after it ("Related articles:") is a leftover, not story. */
export function dropDanglingLabels(body: Element): void {
  for (let i = 0; i < 5; i++) {
    let last = lastBlock(body);
    while (last && last !== body && !LABEL_BLOCK.test(last.tagName)) last = last.parentElement;
    if (!last || last === body) return;
    const t = collapseSpace(last.textContent ?? '');
    if (t.length <= 60 && ENDS_WITH_COLON.test(t) && !last.querySelector('a[href], img')) last.remove();
    else return;
  }
}
