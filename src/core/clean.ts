/**
 * Site-aware cleaning: pick the current article out of the page (infinite scroll may have appended
 * others), read its metadata, and build a small document that holds only the story, with every
 * appeal, teaser, ad and label removed, ready for Readability.
 * The page's own document is never modified: the story root is copied first.
 */
import type { CompiledProfile } from './profile';
import type { LeadImage } from './types';
import { collapseSpace } from './text';
import { LARGE_STORY_ELEMENTS } from './limits';
import { NOT_PROSE } from './prose';
import {
  compileSelectors,
  hoistStory,
  nextOutside,
  firstStillIn,
  queryAll,
  queryEach,
  queryFirst,
  removeMatching,
  selectorList,
  type CompiledSelectors,
  type StoryKeeper,
} from './select';

// Regexes made once (V8 compiles a literal in a function body again after garbage collections).
const TRAILING_SLASHES = /\/+$/;
const PLACEHOLDER_SRC = /placeholder|blank|spacer|1x1/i;
const QUOTED = /[“"«„][^”"»“]*[”"»“]/g;
const LABEL_BLOCK = /^(P|H[1-6]|LI|DIV|BLOCKQUOTE)$/;
const ENDS_WITH_COLON = /[:：]$/;
const ANY_SPACE = /\s+/g;
const ZONED_TIME = /T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/;

/** A selector list compiled (select.ts): jsdom's querySelector is slow on attribute selectors. */
const css = (selector: string): CompiledSelectors => compileSelectors(selectorList(selector));
const IMAGES = css('img, source');
const IMG = css('img');
const FIGURE = css('figure');
const FIGCAPTION = css('figcaption');
const H1 = css('h1');
const NOT_PROSE_ELEMENTS = css(NOT_PROSE.join(', '));
const HEADLINE = css('main h1, article h1, h1');
const DATED_TIME = css('time[datetime]');
/** Two paragraphs in a row (a standfirst aside): a box that has them holds story. */
const PROSE = css('p:not([class*="standfirst"]) + p');
const META_PUBLISHED = css('meta[property="article:published_time"]');
const META_TITLE = css('meta[property="og:title"]');

/** `el.closest(selector)` with a compiled selector. */
function closestMatch(el: Element, c: CompiledSelectors): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (c.matches(a)) return a;
  return null;
}

export interface CleanedStory {
  /** A new document holding only the story's body. */
  doc: Document;
  /** The lead figure (image, caption, credit in <small>), an element of `doc` outside its body, shown above it. */
  lead: Element | null;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  leadImage: LeadImage | null;
}

/** Path of a URL without trailing slash, for comparing an article's own URL with the page's. */
function pathKey(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).pathname.replace(TRAILING_SLASHES, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The article the page's URL points at. Infinite scroll appends the next article and pushState()s its URL,
 * so the current one is the wrapper whose own URL matches the page's; else the first article.
 */
export function currentArticleRoot(doc: Document, url: string, profile: CompiledProfile): Element | null {
  const { articleWrapper, articleUrl, articleUrlAttr, title } = profile.css;
  // A walk (compiled selector, tag checked first): jsdom's querySelectorAll costs ~1 ms on a page it has not seen.
  const roots = queryAll(doc, profile.story.articleRoot);
  if (roots.length === 0) return null;
  if (roots.length === 1) return roots[0] ?? null;
  const want = pathKey(url, url);
  for (const root of roots) {
    const wrapper = root.closest(articleWrapper) ?? root;
    const holder = wrapper.matches(articleUrl) ? wrapper : wrapper.querySelector(articleUrl);
    const own =
      root.closest(articleUrl)?.getAttribute(articleUrlAttr) ??
      holder?.getAttribute(articleUrlAttr) ??
      root.querySelector(`${title} a[href]`)?.getAttribute('href');
    if (want && pathKey(own, url) === want) return root;
  }
  return roots[0] ?? null;
}

function metaContent(doc: Document, meta: CompiledSelectors): string | null {
  const v = queryFirst(doc, meta)?.getAttribute('content')?.trim();
  return v ? v : null;
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    try {
      const data = JSON.parse(script.textContent ?? '') as { datePublished?: unknown };
      if (typeof data?.datePublished === 'string') return data.datePublished;
    } catch {
      // ignore broken JSON-LD
    }
  }
  return null;
}

/** Resolve lazy-loading: the real address sits in data-src / data-srcset while src is a placeholder. */
export function resolveLazyImages(root: Element): void {
  for (const img of queryAll(root, IMAGES)) resolveLazyImage(img);
}

const LAZY_ATTRS = ['data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original'];

function resolveLazyImage(img: Element): void {
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

function absolutize(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function text(el: Element | null | undefined): string | null {
  const t = el ? collapseSpace(el.textContent ?? '') : '';
  return t ? t : null;
}

/** Where a name ends: a block, or the date that follows it in a byline. */
const NAME_END = /^(DIV|P|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|MAIN|FIGURE|UL|OL|DL|TABLE|BLOCKQUOTE|H[1-6]|TIME)$/;

/** An author element's text up to a block or a date inside it: a tag left open (a name's <span>) swallows what follows. */
function inlineText(el: Element): string | null {
  let t = '';
  for (let n: Node | null = el.firstChild; n; ) {
    if (n.nodeType === 1 && NAME_END.test((n as Element).tagName)) break;
    if (n.nodeType === 3) t += n.nodeValue ?? '';
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  t = collapseSpace(t);
  return t ? t : null;
}

/** Names as the page shows them: "A", "A and B", "A, B and C". */
function joinNames(names: string[], lang: string): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  const and = lang === 'ru' ? ' и ' : ' and ';
  return `${unique.slice(0, -1).join(', ')}${and}${unique[unique.length - 1]}`;
}

const BOXES = css('div, section, aside, form, figure, footer, header, nav, ul, ol, table, dialog');

/**
 * An element that only wraps one other element (no text of its own): it has that element's text, so the
 * child decides for both. Skipping wrappers keeps deeply nested markup linear.
 */
function isWrapper(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  }
  return true;
}
const LEAVES = css('p, h1, h2, h3, h4, h5, h6, li, span, a, strong, b, em, small, label, blockquote');

/**
 * The safety net for changed markup: appeals and chrome recognised by their words, not their classes.
 * - a box (not a story block) under ~2500 characters with a strong appeal phrase goes whole;
 * - a paragraph with a strong appeal phrase goes, and so do the appeal-worded paragraphs right after it
 *   (a box whose wrapper was lost);
 * - boxes that are not story blocks go when most of their lines are appeal vocabulary;
 * - whole-text labels ("Read more", "2 Min read") go anywhere.
 * Story paragraphs that merely mention "foreign agent" or "undesirable" stay: those words are not patterns.
 */
/** Text with quoted stretches taken out: what the page says in its own voice. */
function unquoted(t: string): string {
  return t.replace(QUOTED, ' ');
}

function isAppealProse(t: string, voice: CompiledProfile['text']['appealVoice']): boolean {
  const own = unquoted(t);
  return voice.speaker.test(own) && voice.topic.test(own);
}

export function dropByText(root: Element, profile: CompiledProfile, keeper?: StoryKeeper): void {
  const { appealStrong, appealWeak, appealVoice, labels } = profile.text;
  const storyBlock = profile.story.storyBlock;
  const storyText = collapseSpace(root.textContent ?? '').length;

  const leaves = LEAVES;
  for (const box of queryAll(root, BOXES).reverse()) {
    if (!box.isConnected || isWrapper(box) || storyBlock.matches(box)) continue;
    const t = collapseSpace(box.textContent ?? '');
    if (!t || t.length > 2500 || t.length > storyText * 0.5) continue;
    if (appealStrong.test(t)) {
      removeKeeping(box, keeper);
      continue;
    }
    if (closestMatch(box, storyBlock)) continue;
    // Its lines: the innermost leaves with text.
    let lines = 0;
    let weak = 0;
    for (const l of queryAll(box, leaves)) {
      if (queryFirst(l, leaves)) continue;
      const line = collapseSpace(l.textContent ?? '');
      if (!line) continue;
      lines++;
      if (appealWeak.test(line)) weak++;
    }
    if (lines >= 2 && weak / lines >= 0.6) removeKeeping(box, keeper);
  }

  for (const leaf of queryAll(root, leaves)) {
    if (!leaf.isConnected || isWrapper(leaf)) continue;
    const t = collapseSpace(leaf.textContent ?? '');
    if (!t) continue;
    if (labels.test(t)) {
      leaf.remove();
      continue;
    }
    if (t.length < 1500 && appealStrong.test(t)) {
      // an appeal whose box was lost: take the appeal-worded paragraphs that follow it too
      let next = leaf.nextElementSibling;
      leaf.remove();
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
function dropDanglingLabels(body: Element): void {
  for (let i = 0; i < 5; i++) {
    let last = lastBlock(body);
    while (last && last !== body && !LABEL_BLOCK.test(last.tagName)) last = last.parentElement;
    if (!last || last === body) return;
    const t = collapseSpace(last.textContent ?? '');
    if (t.length <= 60 && ENDS_WITH_COLON.test(t) && !last.querySelector('a[href], img')) last.remove();
    else return;
  }
}

const PRUNABLE = new Set(['DIV', 'SECTION', 'ASIDE', 'SPAN', 'P', 'FIGURE', 'UL', 'OL']);
const CONTENT_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'BR', 'HR', 'TABLE']);

/** Remove empty wrappers left behind, so Readability sees a tidy tree. One bottom-up pass. */
function pruneEmpty(root: Element): void {
  const full = new Set<Node>();
  const order: Element[] = [];
  for (let el = root.firstElementChild; el; ) {
    order.push(el);
    el = el.firstElementChild ?? nextOutside(el, root);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    let has = CONTENT_TAGS.has(el.tagName);
    for (let n = el.firstChild; n && !has; n = n.nextSibling) {
      has = n.nodeType === 3 ? !!(n.nodeValue ?? '').trim() : full.has(n);
    }
    if (has) full.add(el);
    else if (PRUNABLE.has(el.tagName)) el.remove();
  }
}


function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(ANY_SPACE, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * When the profile's story root is missing (a redesign), find the story by its markup: the <article>
 * (or schema.org Article) that holds the page's headline, else the headline's nearest ancestor that
 * holds most of the page's prose.
 */
export function storyRootByMarkup(doc: Document): Element | null {
  const h1 = queryFirst(doc, HEADLINE);
  if (!h1) return null;
  const marked = h1.closest('article, [itemtype*="Article"]');
  if (marked) return marked;
  const prose = (el: Element): number =>
    Array.from(el.querySelectorAll('p')).reduce((n, p) => n + collapseSpace(p.textContent ?? '').length, 0);
  const total = prose(doc.body ?? doc.documentElement);
  for (let el = h1.parentElement; el && el !== doc.body; el = el.parentElement) {
    if (total > 0 && prose(el) >= total * 0.6) return el;
  }
  return null;
}

/** The datetime as given when it has a time zone; else the page's metadata, which has one. */
function publishedTime(raw: string | null | undefined, meta: string | null): string | null {
  const t = raw?.trim();
  if (t && ZONED_TIME.test(t)) return t;
  return meta ?? (t || null);
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

/** One <figure> per image block or gallery item: the image, its caption, the credit set apart in <small>. */
function normalizeFigures(part: Element, profile: CompiledProfile, keeper?: Keeper): void {
  const d = profile.story;
  const doc = part.ownerDocument;
  for (const block of queryAll(part, d.figures)) {
    if (!block.isConnected) continue;
    // What an unclosed caption swallowed (the next items, the story after them) is not this figure's.
    if (keeper) hoistStory(block, keeper);
    const img = block.querySelector('img');
    const captionEl = queryFirst(block, d.captions);
    const creditEl = queryFirst(block, d.credits);
    let credit = text(creditEl);
    // A credit inside the caption (its tag left open) is still no caption text.
    if (creditEl && captionEl && creditEl !== captionEl && captionEl.contains(creditEl)) creditEl.remove();
    let caption = text(captionEl);
    if (!caption) {
      // A caption without classes: its spans, the last of two or more being the credit. Read as a whole (what the
      // page shows), not by position: whatever else the page put in it must not take the caption's place.
      const plain = block.querySelector('figcaption');
      const spans = plain ? Array.from(plain.children).filter((c) => c.tagName === 'SPAN') : [];
      const last = spans.length >= 2 ? (spans[spans.length - 1] as Element) : null;
      if (!credit && last) credit = text(last);
      if (plain && last) last.remove();
      if (creditEl && plain?.contains(creditEl)) creditEl.remove();
      caption = text(plain);
    }
    const fig = buildFigure(doc, img, caption, credit);
    block.replaceWith(fig);
    keeper?.replaced(block, fig);
  }
  for (const credit of queryAll(part, d.credits)) {
    if (credit.tagName === 'SMALL' || !credit.closest('figure, figcaption')) continue;
    const small = doc.createElement('small');
    small.textContent = credit.textContent ?? '';
    credit.replaceWith(small);
  }
}

const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER']);
const BLOCK_CHILD = css('p, div, section, article, ul, ol, dl, table, figure, blockquote, h1, h2, h3, h4, h5, h6, pre, hr, aside');

/** Move every child of `from` before `before` (childNodes lists are avoided: jsdom updates them on each move). */
function moveChildren(from: Node, to: Node, before: Node | null = null): void {
  while (from.firstChild) to.insertBefore(from.firstChild, before);
}

/**
 * Flatten the story into `out`: one sequence of paragraphs, headings, lists and figures, so that Readability
 * sees one container holding the whole story (it would otherwise keep only the best-scoring block).
 * Wrappers with blocks inside are dissolved; a wrapper with only inline content becomes a paragraph, and
 * inline content beside blocks becomes paragraphs of its own. Iterative, and every node moves to a shallow
 * place once, so deep or huge markup stays linear.
 */
// Module-level helpers, not closures made per call: those lose their optimized code at every GC (V8).
function flushRun(run: Element | null, out: Element): null {
  if (run && (collapseSpace(run.textContent ?? '') || queryFirst(run, IMG))) out.append(run);
  return null;
}

function hasBlockChild(el: Element, blockChild: CompiledSelectors): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (blockChild.matches(c)) return true;
  return false;
}

function flattenInto(part: Element, out: Element): void {
  const doc = part.ownerDocument;
  const blockChild = BLOCK_CHILD;
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
        run = flushRun(run, out);
        if (hasBlockChild(el, blockChild)) {
          stack.push(el.firstChild);
        } else {
          const p = doc.createElement('p');
          moveChildren(el, p);
          run = flushRun(p, out);
        }
        continue;
      }
      if (blockChild.matches(el)) {
        run = flushRun(run, out);
        out.append(el);
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

const TEXT_OR_IMAGE = css('p, img');
const TEASER_BOXES = css('div, aside, section');

/** A box of nothing but a short link or two, inside the story: a teaser to another article. */
function dropLinkTeasers(part: Element, profile: CompiledProfile): void {
  const storyBlock = profile.story.storyBlock;
  const textOrImage = TEXT_OR_IMAGE;
  for (const box of queryAll(part, TEASER_BOXES)) {
    if (!box.isConnected || isWrapper(box) || storyBlock.matches(box) || queryFirst(box, textOrImage)) continue;
    const all = collapseSpace(box.textContent ?? '');
    let linked = 0;
    const links = box.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) linked += collapseSpace((links[i] as Element).textContent ?? '').length;
    if (all && all.length < 250 && linked >= all.length * 0.6) box.remove();
  }
}

/**
 * The story's pieces in `root` (all of them, found before anything is removed) and the elements that hold them.
 * Cleaning never removes these whole: with unclosed tags (a page missing its </div>s) the byline, a teaser or
 * an appeal box can hold the rest of the story.
 */
class Keeper implements StoryKeeper {
  readonly piece = new Set<Element>();
  readonly holder = new Set<Element>();
  holds(el: Element): boolean {
    return this.holder.has(el);
  }
  isPiece(el: Element): boolean {
    return this.piece.has(el);
  }
  /** A piece rebuilt in place (an image block made a <figure>) is still one. */
  replaced(old: Element, by: Element): void {
    if (this.piece.delete(old)) this.piece.add(by);
    if (this.holder.delete(old)) this.holder.add(by);
  }
}

function storyKeeper(root: Element, pieces: Element[]): Keeper {
  const keeper = new Keeper();
  const { piece, holder } = keeper;
  for (const el of pieces) {
    piece.add(el);
    for (let a: Element | null = el; a && a !== root && !holder.has(a); a = a.parentElement) holder.add(a);
  }
  return keeper;
}

/** Remove `el`, moving out first any story it swallowed (see StoryKeeper). */
function removeKeeping(el: Element, keeper: StoryKeeper | undefined): void {
  if (keeper?.holds(el)) hoistStory(el, keeper);
  el.remove();
}

/**
 * Build the story document from a copy of the current article.
 * Returns null when the page has no article root, by the profile's selectors or by its markup.
 */
export function cleanStory(source: Document, url: string, profile: CompiledProfile, lang: string): CleanedStory | null {
  const known = currentArticleRoot(source, url, profile);
  const root = known ?? storyRootByMarkup(source);
  if (!root) return null;
  const d = known ? profile.story : profile.storyByMarkup;
  const metaPublished = metaContent(source, META_PUBLISHED) ?? jsonLdDate(source);

  const story = source.implementation.createHTMLDocument('');
  story.documentElement.setAttribute('lang', lang);
  const copy = story.importNode(root, true) as Element;
  // Attached while we work on it, so "is this still in the tree" checks mean something.
  story.body.append(copy);
  // One walk finds the story's pieces and what the steps below look for (the lead figure and the end marker are
  // looked up later among these: until then elements are only removed or moved).
  const [pieces = [], notProse = [], ...found] = queryEach(copy, [
    d.pieces,
    NOT_PROSE_ELEMENTS,
    d.title,
    H1,
    d.standfirst,
    d.author,
    d.published,
    d.leadFigure,
    d.bodyEnd,
  ]);
  const keeper = storyKeeper(copy, pieces);
  // Before any text is read: elements that are never prose go (what they swallowed of the story stays).
  for (const el of notProse) if (el.isConnected) removeKeeping(el, keeper);
  const [titles = [], h1s = [], standfirsts = [], authors = [], times = [], leadFigs = [], ends = []] = notProse.length
    ? found.map((list) => list.filter((el) => el.isConnected))
    : found;

  // Metadata first (the visible date text is rewritten by scripts: read datetime).
  const titleEl = titles[0] ?? h1s[0] ?? null;
  const title = text(titleEl) ?? metaContent(source, META_TITLE);
  story.title = title ?? '';
  const standfirst = text(standfirsts[0]);
  // Names and the date are the article's, not a live post's that a byline left open swallowed: none inside a story
  // piece (other than a body container that holds the headline too).
  const aboveTitle = new Set<Element>();
  for (let a = titleEl; a && a !== copy; a = a.parentElement) aboveTitle.add(a);
  const outsideStory = (el: Element): boolean => {
    for (let a = el.parentElement; a && a !== copy; a = a.parentElement) if (keeper.isPiece(a) && !aboveTitle.has(a)) return false;
    return true;
  };
  const byline = joinNames(
    authors.filter(outsideStory).map(inlineText).filter((n): n is string => !!n),
    lang,
  );
  const timeEl =
    times.find(outsideStory) ?? (known ? null : (titleEl?.parentElement ? queryFirst(titleEl.parentElement, DATED_TIME) : null));
  const published = publishedTime(timeEl?.getAttribute('datetime'), metaPublished);

  // Without the profile's markup, the headline's own box (kicker, standfirst, byline) is not story.
  if (!known && titleEl && titleEl.parentElement && titleEl.parentElement !== copy) {
    const head = titleEl.parentElement;
    if (!queryFirst(head, PROSE)) removeKeeping(head, keeper);
  }
  if (titleEl) removeKeeping(titleEl, keeper);

  // Lead image: one figure with caption and credit, shown above the body.
  let leadImage: LeadImage | null = null;
  let lead: Element | null = null;
  const leadFig =
    firstStillIn(copy, leadFigs) ??
    (known ? null : queryAll(copy, FIGURE).find((f) => !closestMatch(f, d.body)) ?? null);
  if (leadFig) {
    resolveLazyImages(leadFig);
    const img = queryFirst(leadFig, IMG);
    const src = absolutize(img?.getAttribute('src') ?? null, url);
    const creditEl = queryFirst(leadFig, d.leadCredit);
    const credit = text(creditEl);
    let caption = text(queryFirst(leadFig, d.leadCaption));
    if (!caption && !known) {
      creditEl?.remove();
      caption = text(queryFirst(leadFig, FIGCAPTION));
    }
    leadImage = src ? { src, caption, credit } : null;
    if (src || caption) {
      let newImg: Element | null = null;
      if (src) {
        newImg = story.createElement('img');
        newImg.setAttribute('src', src);
        newImg.setAttribute('alt', img?.getAttribute('alt') || caption || '');
      }
      lead = buildFigure(story, newImg, caption, credit);
    }
    removeKeeping(leadFig, keeper);
  }

  // The body: everything after the end marker is not story; then the profile's drop list and text rules.
  const end = firstStillIn(copy, ends);
  // (An end marker holding story is a page with unclosed tags: the story it swallowed is not "after" it.)
  if (end && keeper.holds(end)) removeKeeping(end, keeper);
  else if (end) {
    for (let n: ChildNode | null = end; n; ) {
      const next: ChildNode | null = n.nextSibling;
      n.remove();
      n = next;
    }
  }
  const kept: Element[] = [];
  removeMatching(copy, d.drop, keeper, kept);
  for (const el of kept) if (el.isConnected && isHidden(el)) removeKeeping(el, keeper);
  // (Still connected is still in the story: removals move only story pieces, and within it.)
  const images = IMAGES;
  for (const el of kept) if (el.isConnected && images.matches(el)) resolveLazyImage(el);

  const bodies = queryAll(copy, d.body);
  const parts = bodies.length > 0 ? bodies.filter((b) => !bodies.some((o) => o !== b && o.contains(b))) : [copy];
  const container = story.createElement('div');
  for (const part of parts) {
    normalizeFigures(part, profile, keeper);
    dropByText(part, profile, keeper);
    dropLinkTeasers(part, profile);
    pruneEmpty(part);
    dropDanglingLabels(part);
    if (part.getElementsByTagName('*').length > LARGE_STORY_ELEMENTS) container.append(part);
    else flattenInto(part, container);
  }
  copy.remove();
  story.body.append(container);
  return { doc: story, lead, title, standfirst, byline, published, leadImage };
}

