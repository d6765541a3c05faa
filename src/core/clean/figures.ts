/**
 * The figures pass: lazy images resolved, the lead figure taken out of the story (shown above it), and every image
 * block or gallery item rebuilt as one <figure>: the image, its caption, the credit set apart in <small>.
 */
import type { StorySelectors } from '../profile';
import { firstStillIn, queryAll, queryFirst } from '../select';
import type { LeadImage } from '../types';
import { httpUrl } from '../url';
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
 * A picture of another era's markup: the box of an image and a caption (any element whose class names a caption),
 * before the body and outside it ("div.article-image > img + div.article-image-caption").
 */
function captionedImageBeforeBody(copy: Element, sel: StorySelectors): Element | null {
  const body = queryFirst(copy, sel.body);
  if (!body) return null;
  for (const img of queryAll(copy, IMG)) {
    if (!(img.compareDocumentPosition(body) & 4 /* body follows */) || closestMatch(img, sel.body)) continue;
    const box = img.parentElement;
    if (box && box !== copy && !box.contains(body) && queryFirst(box, sel.captions) && (box.textContent ?? '').length <= MAX_PICTURE_BOX) return box;
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
