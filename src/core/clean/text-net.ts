/**
 * The text safety net, for changed markup: appeals and chrome recognised by their words, not their classes.
 * - a box (not a story block) under ~2500 characters with a strong appeal phrase goes whole;
 * - a paragraph with a strong appeal phrase goes, and so do the appeal-worded paragraphs right after it and its short
 *   appeal-worded salutation or heading right before it (a box whose wrapper was lost);
 * - boxes that are not story blocks go when most of their lines are appeal vocabulary;
 * - whole-text labels ("Read more", "2 Min read") go anywhere, and so does a line of nothing but such a label and
 *   links ("Read more: <a>Another story</a>", "Читайте также: <a>…</a>", "Read more: <a>A</a> and <a>B</a>"):
 *   a teaser written into the story's text;
 * - a box a section label opens ("Read more", «Читайте также», "Comments (3)" first in it) goes whole: a list of
 *   other pages or of readers' comments, whatever its markup; so does a link it opens (a teaser card, even one a
 *   script injected mid-sentence), and, when the label is a line of its own among story paragraphs, the lists and
 *   lines of nothing but links right after it.
 * Patterns are tested on text without its invisible characters (profile.ts): zero-width spaces and soft hyphens do
 * not hide an appeal.
 * A line is judged whole: a leaf that is all of its line's content (<p><strong>Поддержите…</strong></p>,
 * <p><em>Read more: <a>…</a></em></p>) stands for the line, and the line is what goes.
 * Story paragraphs that merely mention "foreign agent" or "undesirable" stay: those words are not patterns.
 */
import type { CompiledProfile, TextTest } from '../profile';
import { queryAll, queryFirst } from '../select';
import { collapsedLength, collapseSpace, WORD } from '../text';
import { closestMatch, css, isWrapper } from './dom';
import { hoistIfHolding, removeKeeping, type StoryKeeper } from './keeper';

/** A stretch in quotation marks (straight, curly or guillemets). */
const QUOTED = /[“"«„][^”"»“]*[”"»“]/g;
/** Longer than this (characters), a box is story or a page's chrome, not an appeal. */
const MAX_APPEAL_BOX = 2500;
const BOXES = css('div, section, aside, form, figure, footer, header, nav, ul, ol, table, dialog');
const LEAVES = css('p, h1, h2, h3, h4, h5, h6, li, span, a, strong, b, em, small, label, blockquote');

/** Lines a related-links teaser can be written as (a div only when it holds text and inline elements alone). */
const LINE_TAGS = /^(P|LI|H[1-6]|DIV)$/;
/** Elements a line of text is made of (a div holding only these is a line, not a box). */
const INLINE = /^(A|SPAN|STRONG|B|EM|I|SMALL|LABEL|U|MARK|BR|TIME|ABBR|CODE|SUB|SUP|S)$/;
/** Elements that can wrap all of a line's content (a leaf inside them stands for the line). */
const LINE_OR_INLINE = /^(P|LI|H[1-6]|SPAN|A|STRONG|B|EM|I|SMALL|LABEL|U|MARK)$/;
/** What stands between a teaser's links: commas, bars, bullets, dashes. */
const LINK_SEPARATORS = /[,;|·•&\/\u2013\u2014]+\s*$|[,;|·•&\/\u2013\u2014]+(?=\s)/g;
/** Text between two links that only joins them: separators and at most one short word ("and", "or", "и", "или"). */
const LINK_JOINER = /^[\s,;|·•&\/\u2013\u2014]*(\p{L}{1,3}[\s,;|·•&\/\u2013\u2014]*)?$/u;
/** Longer than this (characters), a line is story, whatever words it starts with. */
const MAX_TEASER_LINE = 300;

/**
 * A line whose own words (outside its links) are only a label, and that has a link: "Read more: <a>Headline</a>".
 * A sentence around the link ("Read more: the ruling is <a>here</a>") has words of its own and stays.
 */
function isLabelledLinks(line: Element, text: string, labels: TextTest, inline = false): boolean {
  if (!(inline || LINE_TAGS.test(line.tagName)) || text.length > MAX_TEASER_LINE) return false;
  if (line.tagName === 'DIV' && !isInlineOnly(line)) return false;
  const own = wordsBesideLinks(line);
  return own !== null && labels.test(own);
}

/**
 * The words of a line outside its links, separators and the short words that join two links left out ("<a>A</a> and
 * <a>B</a>" has none); null for a line without a link.
 */
function wordsBesideLinks(line: Element): string | null {
  const links = line.getElementsByTagName('a');
  if (!links.length) return null;
  // The line's own text, cut at its links: segments[i] is what stands after the i-th link.
  const segments: string[] = [''];
  const walker = line.ownerDocument.createTreeWalker(line, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'A') segments.push('');
      continue;
    }
    let inLink = false;
    for (let a = n.parentElement; a && a !== line; a = a.parentElement) if (a.tagName === 'A') inLink = true;
    if (!inLink) segments[segments.length - 1] += n.nodeValue ?? '';
  }
  const between = segments.slice(1, -1).filter((seg) => !LINK_JOINER.test(seg));
  const own = [segments[0], ...between, segments.length > 1 ? segments[segments.length - 1] : ''].join(' ');
  return collapseSpace(own.replace(LINK_SEPARATORS, ' '));
}

/** Lines a section label heads when it is written as a line of its own: lists, and lines of nothing but links. */
const LISTS = /^(UL|OL)$/;
/** More lines than this after a label are more than its section (a label heads a handful of links). */
const MAX_LINK_LINES = 6;

/** A line of nothing but links (a headline link on its line, "<a>A</a>, <a>B</a>"). */
function isLinksOnly(line: Element): boolean {
  if (!LINE_TAGS.test(line.tagName) || collapsedLength(line.textContent ?? '', MAX_TEASER_LINE) > MAX_TEASER_LINE) return false;
  if (line.tagName === 'DIV' && !isInlineOnly(line)) return false;
  const own = wordsBesideLinks(line);
  return own !== null && !WORD.test(own);
}

/**
 * What a section label written as a line of its own heads ("<p><b>Читайте также</b></p>" in a story block, then a
 * <ul> of headline links): the lists of nothing but links and the lines of nothing but links right after it. A list
 * with words beside its links, or a paragraph, ends it.
 */
function linkLinesAfter(line: Element): Element[] {
  const out: Element[] = [];
  for (let next = line.nextElementSibling; next && out.length < MAX_LINK_LINES; next = next.nextElementSibling) {
    const isList = LISTS.test(next.tagName) && next.children.length > 0 && Array.from(next.children).every((li) => li.tagName === 'LI' && isLinksOnly(li));
    if (!isList && !isLinksOnly(next)) break;
    out.push(next);
  }
  return out;
}

/** Does `el` hold only text and inline elements (a line, whatever its tag)? */
function isInlineOnly(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.test(c.tagName) || !isInlineOnly(c)) return false;
  return true;
}

/** Text with quoted stretches taken out: what the page says in its own voice. */
export function unquoted(t: string): string {
  return t.replace(QUOTED, ' ');
}

/** Does `t` speak as the outlet about its work, to its readers ("If you value our reporting …")? */
export function isAppealProse(t: string, voice: CompiledProfile['text']['appealVoice']): boolean {
  const own = unquoted(t);
  return voice.speaker.test(own) && voice.topic.test(own);
}

/** Boxes that hold an appeal, or whose lines are mostly appeal vocabulary; innermost first. */
function dropAppealBoxes(root: Element, profile: CompiledProfile, keeper?: StoryKeeper): void {
  const { appealStrong, appealWeak } = profile.text;
  const storyBlock = profile.story.storyBlock;
  const storyText = collapsedLength(root.textContent ?? '', Infinity);
  // (Longer boxes are never judged: their length is checked before their text is collapsed.)
  const longest = Math.min(MAX_APPEAL_BOX, Math.floor(storyText * 0.5));
  for (const box of queryAll(root, BOXES).reverse()) {
    if (!box.isConnected || isWrapper(box) || storyBlock.matches(box)) continue;
    const raw = box.textContent ?? '';
    if (collapsedLength(raw, longest) > longest) continue;
    const t = collapseSpace(raw);
    if (!t) continue;
    if (appealStrong.test(t)) {
      removeKeeping(box, keeper);
      continue;
    }
    if (closestMatch(box, storyBlock)) continue;
    // Its lines: the innermost leaves with text.
    let lines = 0;
    let weak = 0;
    for (const l of queryAll(box, LEAVES)) {
      if (queryFirst(l, LEAVES)) continue;
      const line = collapseSpace(l.textContent ?? '');
      if (!line) continue;
      lines++;
      if (appealWeak.test(line)) weak++;
    }
    if (lines >= 2 && weak / lines >= 0.6) removeKeeping(box, keeper);
  }
}

/** The line a leaf stands for: the outermost line or inline element of which it is all the content. */
function lineOf(leaf: Element, root: Element): Element {
  let line = leaf;
  for (let p = line.parentElement; p && p !== root && LINE_OR_INLINE.test(p.tagName) && isWrapper(p); p = p.parentElement) line = p;
  return line;
}

/** Is `line`, an inline element, part of a sentence: does its parent block have words of its own beside it? */
function inSentence(line: Element, root: Element): boolean {
  const parent = line.parentElement;
  if (!parent || parent === root || !INLINE.test(line.tagName)) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && WORD.test(n.nodeValue ?? '')) return true;
  return false;
}

/** Is this node nothing a reader sees: white space, a comment, or an element with no text and no image (an anchor)? */
function isBlank(n: ChildNode): boolean {
  if (n.nodeType === 3) return !(n.nodeValue ?? '').trim();
  if (n.nodeType !== 1) return true;
  const el = n as Element;
  return !(el.textContent ?? '').trim() && !el.getElementsByTagName('img').length && el.tagName !== 'IMG';
}

/** The text `el` starts with, before any element; null when an element comes first (its text is not read: linear). */
function leadingText(el: Element): string | null {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) return null;
    const t = n.nodeType === 3 ? collapseSpace(n.nodeValue ?? '') : '';
    if (t) return t;
  }
  return null;
}

/** Remove the text `el` starts with, before its first element (leadingText's). */
function dropLeadingText(el: Element): void {
  for (let n = el.firstChild; n && n.nodeType !== 1; ) {
    const next = n.nextSibling;
    if (n.nodeType === 3) n.remove();
    n = next;
  }
}

/** The first child of `box` a reader sees. */
function firstShown(box: Element): ChildNode | null {
  for (let n = box.firstChild; n; n = n.nextSibling) if (!isBlank(n)) return n;
  return null;
}

/**
 * The box a section label opens ("Read more", «Читайте также», "Comments (3)" first in it, then what it heads): that
 * list of other pages or of comments, never story (see openedBox).
 */
function boxHeadedBy(line: Element, root: Element, storyBlock: CompiledProfile['story']['storyBlock'], keeper?: StoryKeeper): Element | null {
  // A label that is a link ("<a href="#comments">Comments</a>" among an article's tools) leads to a section: it heads none.
  if (line.closest('a[href]')) return null;
  let head: Element = line;
  for (let box = line.parentElement; box && box !== root; head = box, box = box.parentElement) {
    if (firstShown(box) !== head || storyBlock.matches(box) || keeper?.isPiece(box)) return null;
    // A box of nothing but the label (a header row) leaves the decision to the box around it.
    if (!BOXES.matches(box) || isWrapper(box)) continue;
    for (let n = head.nextSibling; n; n = n.nextSibling) if (!isBlank(n)) return openedBox(box, root, storyBlock, keeper);
  }
  return null;
}

/**
 * `box`, opened by a section label, when it may go: not the root, a story block or a story piece. A box left open (a
 * page missing its </div>s) swallows the story after it: its pieces are moved out first, to just after it, where they
 * stood; paragraphs in a row still in it are story too (a list's items and comments each sit in their own box).
 */
function openedBox(box: Element, root: Element, storyBlock: CompiledProfile['story']['storyBlock'], keeper?: StoryKeeper): Element | null {
  if (box === root || storyBlock.matches(box) || keeper?.isPiece(box)) return null;
  hoistIfHolding(box, keeper);
  return queryFirst(box, PARAGRAPHS_IN_A_ROW) ? null : box;
}

const PARAGRAPHS_IN_A_ROW = css('p + p');

/** Longer than this (characters), a line before an appeal is not its salutation or heading. */
const MAX_APPEAL_LEAD = 80;

/**
 * The link a section label opens (<a href><span>Related</span> <span>Headline</span></a>): a teaser card, wherever a
 * script put it (inside a story paragraph, mid-sentence). Null when the label is not the link's first content.
 */
function linkOpenedBy(line: Element, root: Element): Element | null {
  let head = line;
  for (let a = line.parentElement; a && a !== root && LINE_OR_INLINE.test(a.tagName); head = a, a = a.parentElement) {
    if (firstShown(a) !== head) return null;
    if (a.tagName === 'A') return a.hasAttribute('href') && collapseSpace(a.textContent ?? '') !== collapseSpace(line.textContent ?? '') ? a : null;
  }
  return null;
}

/** Leaves, and <div>s (only those of text alone are lines: a label written as <div class="…__title">Читайте также</div>). */
const LINE_LEAVES = css('p, h1, h2, h3, h4, h5, h6, li, span, a, strong, b, em, i, small, label, blockquote, div, time');

/**
 * Labels (with the section a section label opens), and appeal paragraphs whose box was lost (with the appeal-worded
 * paragraphs that follow them).
 */
function dropAppealLines(root: Element, profile: CompiledProfile, keeper?: StoryKeeper): void {
  const { appealStrong, appealWeak, appealVoice, labels, sectionLabels } = profile.text;
  for (const leaf of queryAll(root, LINE_LEAVES)) {
    if (!leaf.isConnected || isWrapper(leaf)) continue;
    if (leaf.tagName === 'DIV' && leaf.firstElementChild) {
      // A box whose own first words are a section label (<div>Читайте также<ul>…</ul></div>, a label's </div> lost) opens that section.
      const lead = leadingText(leaf);
      const box = lead && sectionLabels.test(lead) ? openedBox(leaf, root, profile.story.storyBlock, keeper) : null;
      if (box) removeKeeping(box, keeper);
      // A div written as a line, a label then links (<div>Read more about: <a>…</a>, <a>…</a></div>), is a teaser line.
      else if (lead && isLabelledLinks(leaf, collapseSpace(leaf.textContent ?? ''), labels)) leaf.remove();
      // A label's box left open (a page that lost its </div>s) holds what follows it: its label's words go, alone.
      else if (lead && labels.test(lead) && !isInlineOnly(leaf)) dropLeadingText(leaf);
      continue;
    }
    const t = collapseSpace(leaf.textContent ?? '');
    if (!t) continue;
    const line = lineOf(leaf, root);
    // (A label word inside a sentence is the sentence's: "He wrote on <a>Facebook</a> that …", "Read <a>Read more</a>".)
    // (A label and its links in an inline element of their own, "<span>Text size <a>+</a> <a>–</a></span>" among an
    // article's tools, are such a line too, when no sentence is around them.)
    const inlineLine = line.tagName !== 'A' && INLINE.test(line.tagName) && !inSentence(line, root);
    if ((labels.test(t) && !inSentence(line, root)) || isLabelledLinks(line, t, labels, inlineLine)) {
      const section = sectionLabels.test(t);
      const box = (section && linkOpenedBy(line, root)) || (section ? boxHeadedBy(line, root, profile.story.storyBlock, keeper) : null);
      if (box) removeKeeping(box, keeper);
      else {
        if (section) for (const links of linkLinesAfter(line)) removeKeeping(links, keeper);
        line.remove();
      }
      continue;
    }
    if (t.length < 1500 && appealStrong.test(t)) {
      // Its salutation or heading just before it ("Dear readers,"): short appeal-worded lines.
      for (let prev = line.previousElementSibling, i = 0; prev && i < 3; i++) {
        const before = prev.previousElementSibling;
        const pt = collapseSpace(prev.textContent ?? '');
        if (pt.length > MAX_APPEAL_LEAD || !(appealWeak.test(pt) || appealStrong.test(pt))) break;
        prev.remove();
        prev = before;
      }
      let next = line.nextElementSibling;
      line.remove();
      for (let i = 0; next && i < 12; i++) {
        const after = next.nextElementSibling;
        const nt = collapseSpace(next.textContent ?? '');
        if (!nt || appealWeak.test(nt) || appealStrong.test(nt) || isAppealProse(nt, appealVoice)) next.remove();
        else break;
        next = after;
      }
    }
  }
}

export function dropByText(root: Element, profile: CompiledProfile, keeper?: StoryKeeper): void {
  dropAppealBoxes(root, profile, keeper);
  dropAppealLines(root, profile, keeper);
}
