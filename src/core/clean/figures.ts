/**
 * The figures pass: lazy images resolved, the lead figure taken out of the story (shown above it), and every image
 * block or gallery item rebuilt as one <figure>: the image, its caption, the credit set apart in <small>.
 */
import type { StorySelectors } from '../profile';
import { elementsByTag, firstStillIn, queryAll, queryFirst } from '../select';
import type { LeadImage } from '../types';
import { httpUrl } from '../url';
import { collapsedLength, collapseSpace } from '../text';
import { closestMatch, css, text } from './dom';
import { hoistStory, removeKeeping, type StoryKeeper } from './keeper';

/** A src that only stands in for the real image (a lazy loader's placeholder). */
const PLACEHOLDER_SRC = /placeholder|blank|spacer|1x1/i;
const LAZY_ATTRS = ['data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original'];
const IMAGES = css('img, source');
const IMG = css('img');
const FIGURE = css('figure');
const FIGCAPTION = css('figcaption');

/** Resolve lazy loading: the real address sits in data-src / data-srcset while src is a placeholder. */
export function resolveLazyImage(img: Element): void {
  const lazySrc = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-original');
  const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
  const src = img.getAttribute('src') ?? '';
  if (lazySrc && (!src || src.startsWith('data:') || PLACEHOLDER_SRC.test(src))) {
    img.setAttribute('src', lazySrc);
  }
  if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
  for (const a of LAZY_ATTRS) img.removeAttribute(a);
  img.classList.remove('lazyload', 'lazyloaded');
}

/** Every image under `root`, resolved. */
export function resolveLazyImages(root: Element): void {
  for (const img of queryAll(root, IMAGES)) resolveLazyImage(img);
}

/** The images among `elements` (still in the story), resolved. */
export function resolveLazyImagesAmong(elements: Element[]): void {
  for (const el of elements) if (el.isConnected && IMAGES.matches(el)) resolveLazyImage(el);
}


/** A <figure>: the image, then the caption with the credit set apart in <small> (not story text). */
function buildFigure(doc: Document, img: Element | null, caption: string | null, credit: string | null): Element {
  const fig = doc.createElement('figure');
  if (img) fig.append(img);
  if (caption || credit) {
    const cap = doc.createElement('figcaption');
    if (caption) cap.append(caption);
    if (credit) {
      const small = doc.createElement('small');
      small.textContent = credit;
      cap.append(caption ? ' ' : '', small);
    }
    fig.append(cap);
  }
  return fig;
}

/**
 * In a caption without classes, the credit: the last of its two or more spans ("<span>Caption.</span><span>Name /
 * Agency</span>"). Read by structure, not by the credit's wording, which has no fixed form.
 */
function creditSpan(plain: Element | null): Element | null {
  if (!plain) return null;
  let spans = 0;
  let last: Element | null = null;
  for (let c = plain.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'SPAN') continue;
    spans++;
    last = c;
  }
  return spans >= 2 ? last : null;
}

export interface Lead {
  /** The lead figure, an element of the story document outside its body. */
  element: Element | null;
  image: LeadImage | null;
}

/** Longer than this (characters), a box around an image and a caption holds more than the picture. */
const MAX_PICTURE_BOX = 400;

/**
 * A picture of another era's markup: the smallest box around an image that holds a caption (a <figcaption>, or any
 * element whose class names a caption), before the body and outside it ("div.article-image > img +
 * div.article-image-caption"; "div > picture > img" + "figcaption" when a redesign dropped <figure>).
 */
function captionedImageBeforeBody(copy: Element, sel: StorySelectors): Element | null {
  const body = queryFirst(copy, sel.body);
  if (!body) return null;
  for (const img of queryAll(copy, IMG)) {
    if (!(img.compareDocumentPosition(body) & 4 /* body follows */) || closestMatch(img, sel.body)) continue;
    for (let box = img.parentElement; box && box !== copy && !box.contains(body); box = box.parentElement) {
      if ((box.textContent ?? '').length > MAX_PICTURE_BOX) break;
      if (queryFirst(box, FIGCAPTION) || queryFirst(box, sel.captions)) return box;
    }
  }
  return null;
}

/**
 * The lead figure, out of the story: the profile's (still in the copy), or without the profile's markup the first
 * figure outside the body; else a captioned image before the body. Its image address is made absolute (it is shown
 * outside the page).
 */
export function takeLeadFigure(copy: Element, candidates: Element[], sel: StorySelectors, known: boolean, url: string | undefined, keeper: StoryKeeper): Lead {
  const story = copy.ownerDocument;
  const leadFig =
    firstStillIn(copy, candidates)
    ?? (known ? null : queryAll(copy, FIGURE).find((f) => !closestMatch(f, sel.body)))
    ?? captionedImageBeforeBody(copy, sel);
  if (!leadFig) return { element: null, image: null };
  resolveLazyImages(leadFig);
  const img = queryFirst(leadFig, IMG);
  const src = httpUrl(img?.getAttribute('src') ?? null, url);
  const creditEl = queryFirst(leadFig, sel.leadCredit);
  let credit = text(creditEl);
  let caption = text(queryFirst(leadFig, sel.leadCaption));
  if (!caption && !known) {
    // Without the profile's markup: the caption as a whole, less its credit (as for the story's own figures).
    const plain = queryFirst(leadFig, FIGCAPTION);
    const last = creditSpan(plain);
    if (!credit && last) credit = text(last);
    last?.remove();
    creditEl?.remove();
    caption = text(plain);
  }
  let element: Element | null = null;
  if (src || caption) {
    let newImg: Element | null = null;
    if (src) {
      newImg = story.createElement('img');
      newImg.setAttribute('src', src);
      newImg.setAttribute('alt', img?.getAttribute('alt') || caption || '');
    }
    element = buildFigure(story, newImg, caption, credit);
  }
  removeKeeping(leadFig, keeper);
  return { element, image: src ? { src, caption, credit } : null };
}

/** One <figure> per image block or gallery item: the image, its caption, the credit set apart in <small>. */
export function normalizeFigures(part: Element, sel: StorySelectors, keeper?: StoryKeeper): void {
  const doc = part.ownerDocument;
  for (const block of queryAll(part, sel.figures)) {
    if (!block.isConnected) continue;
    // What an unclosed caption swallowed (the next items, the story after them) is not this figure's.
    if (keeper) hoistStory(block, keeper);
    const img = block.querySelector('img');
    const captionEl = queryFirst(block, sel.captions);
    const creditEl = queryFirst(block, sel.credits);
    let credit = text(creditEl);
    // A credit inside the caption (its tag left open) is still no caption text.
    if (creditEl && captionEl && creditEl !== captionEl && captionEl.contains(creditEl)) creditEl.remove();
    let caption = text(captionEl);
    if (!caption) {
      // A caption without classes: its spans, the last of two or more being the credit. Read as a whole (what the
      // page shows), not by position: whatever else the page put in it must not take the caption's place.
      const plain = block.querySelector('figcaption');
      const last = creditSpan(plain);
      if (!credit && last) credit = text(last);
      if (plain && last) last.remove();
      if (creditEl && plain?.contains(creditEl)) creditEl.remove();
      caption = text(plain);
    }
    const fig = buildFigure(doc, img, caption, credit);
    block.replaceWith(fig);
    keeper?.replaced(block, fig);
  }
  for (const credit of queryAll(part, sel.credits)) {
    if (credit.tagName === 'SMALL' || !credit.closest('figure, figcaption')) continue;
    const small = doc.createElement('small');
    small.textContent = credit.textContent ?? '';
    credit.replaceWith(small);
  }
}

/** Wrappers an image sits in inside its picture box (<picture>, a link to the full size). */
const IMAGE_WRAPPERS = new Set(['PICTURE', 'A']);
/** Inline elements a caption line is written with; a line is the element around them (a <span>, a <div>). */
const LINE_INLINE = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'MARK', 'ABBR', 'TIME']);
/** A line that ends a sentence (a caption, not a credit). */
const SENTENCE_END = /[.!?…]["”»)]?$/;
/** A credit ends without punctuation and starts with a capital letter or ©: "Mikhail Zorin", "Name / Agency". */
const CREDIT_SHAPE = /^[\p{Lu}©][^.!?…,;:]*$/u;
/** Longer than these, a line is a caption, not a credit (a name, a name and an agency). */
const MAX_CREDIT = 60;
const MAX_CREDIT_WORDS = 6;
const LETTER_RUN = /\p{L}+/gu;

/**
 * Is `line`, the last line after an image, its credit? A short line without punctuation that starts with a capital,
 * after a caption that ends a sentence, or with the "Name / Agency" slash. Words, not markup: the credit's own
 * element has no name a redesign keeps.
 */
export function isCreditLine(line: string, captionBefore: string): boolean {
  if (line.length > MAX_CREDIT || !CREDIT_SHAPE.test(line)) return false;
  if ((line.match(LETTER_RUN)?.length ?? 0) > MAX_CREDIT_WORDS) return false;
  return line.includes(' / ') || SENTENCE_END.test(captionBefore);
}

/** The elements holding the text of `box` after `from` (its lines), in order; null when `box` holds text itself. */
function linesAfter(box: Element, from: Element): Element[] | null {
  const lines: Element[] = [];
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* text */);
  walker.currentNode = from;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    let line = n.parentElement;
    while (line && line !== box && LINE_INLINE.has(line.tagName)) line = line.parentElement;
    if (!line || line === box) return null;
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/**
 * Pictures whose markup names nothing (a redesign): a caption's credit set apart, whatever the caption is made of.
 * - a <figcaption> of two spans or more (inside its figure or just after it): the last is the credit;
 * - a small box of one image and, after it, lines of text (a gallery item: the image, a caption div, a credit div):
 *   when its last line has a credit's shape (isCreditLine), the box is rebuilt as a <figure>.
 * One pass over the part's images and captions (the native tag lists); only a picture's own small box is read.
 */
export function figuresByShape(part: Element, keeper?: StoryKeeper): void {
  const doc = part.ownerDocument;
  for (const cap of elementsByTag(part, 'figcaption')) {
    const last = creditSpan(cap);
    if (!last) continue;
    const small = doc.createElement('small');
    small.textContent = collapseSpace(last.textContent ?? '');
    last.replaceWith(small);
  }
  for (const img of elementsByTag(part, 'img')) {
    if (!img.isConnected) continue;
    let holder: Element = img;
    while (holder.parentElement && IMAGE_WRAPPERS.has(holder.parentElement.tagName) && holder.parentElement.childElementCount === 1) holder = holder.parentElement;
    const box = holder.parentElement;
    if (!box || box === part || keeper?.holds(box) || box.getElementsByTagName('figcaption').length) continue;
    if (box.getElementsByTagName('img').length !== 1 || collapsedLength(box.textContent ?? '', MAX_PICTURE_BOX) > MAX_PICTURE_BOX) continue;
    // Text before the image: the box is more than a picture (a paragraph with an inline image).
    let before = false;
    for (let n = box.firstChild; n && n !== holder && !before; n = n.nextSibling) before = !!(n.textContent ?? '').trim();
    if (before) continue;
    const lines = linesAfter(box, holder);
    if (!lines || lines.length < 2) continue;
    const texts = lines.map((l) => collapseSpace(l.textContent ?? ''));
    const credit = texts[texts.length - 1] as string;
    if (!isCreditLine(credit, texts[texts.length - 2] as string)) continue;
    const fig = buildFigure(doc, img, texts.slice(0, -1).join(' '), credit);
    box.replaceWith(fig);
    keeper?.replaced(box, fig);
  }
}
