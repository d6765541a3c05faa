/**
 * The teasers pass: links to other articles inside the story (a box of nothing but a short link or two), and a
 * label left dangling at the story's end once its links are gone ("Related articles:").
 */
import type { CompiledSelectors } from '../select';
import { queryAll, queryFirst } from '../select';
import { collapseSpace } from '../text';
import { css, isWrapper } from './dom';

/** Blocks a trailing label can be. */
const LABEL_BLOCK = /^(P|H[1-6]|LI|DIV|BLOCKQUOTE)$/;
const ENDS_WITH_COLON = /[:：]$/;
const TEXT_OR_IMAGE = css('p, img');
const TEASER_BOXES = css('div, aside, section');

/** A box of nothing but a short link or two, inside the story: a teaser to another article. */
export function dropLinkTeasers(part: Element, storyBlock: CompiledSelectors): void {
  for (const box of queryAll(part, TEASER_BOXES)) {
    if (!box.isConnected || isWrapper(box) || storyBlock.matches(box) || queryFirst(box, TEXT_OR_IMAGE)) continue;
    const all = collapseSpace(box.textContent ?? '');
    let linked = 0;
    const links = box.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) linked += collapseSpace((links[i] as Element).textContent ?? '').length;
    if (all && all.length < 250 && linked >= all.length * 0.6) box.remove();
  }
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
