/**
 * The root pass: which element of the page is the current story (infinite scroll may have appended others, a
 * redesign may have renamed it), a copy of it in a document of its own, and the landmarks the other passes use.
 */
import type { CompiledProfile, StorySelectors } from '../profile';
import { queryAll, queryEach, queryFirst } from '../select';
import { MIN_PROSE_RUN, NOT_PROSE } from '../prose';
import { collapsedLength, collapseSpace } from '../text';
import { css } from './dom';
import { pagePath } from '../url';

const XHTML = 'http://www.w3.org/1999/xhtml';
const HEADLINE = css('main h1, article h1, h1');
const H1 = css('h1');
const NOT_PROSE_ELEMENTS = css(NOT_PROSE.join(', '));

/** Path of a URL without trailing slash, any case, for comparing an article's own URL with the page's. */
function pathKey(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    return pagePath(new URL(url, base)).toLowerCase();
  } catch {
    return null;
  }
}

/** The element that says which article a root belongs to: its own address's holder, else its infinite-scroll wrapper. */
function articleHome(root: Element, profile: CompiledProfile): Element | null {
  return root.closest(profile.css.articleUrl) ?? root.parentElement?.closest(profile.css.articleWrapper) ?? null;
}

/**
 * The article the page's URL points at, and its other parts. Infinite scroll appends the next article and
 * pushState()s its URL, so the current one is the wrapper whose own URL matches the page's; else the first article.
 * Each loaded article has a home of its own (the holder of its address, its wrapper); roots that share one are the
 * parts of one story, in document order (a CMS that closes the story's <article> after each part).
 */
export function currentArticle(doc: Document, url: string, profile: CompiledProfile): { root: Element; parts: Element[] } | null {
  const { articleWrapper, articleUrl, articleUrlAttr, title } = profile.css;
  const roots = queryAll(doc, profile.story.articleRoot);
  const first = roots[0];
  if (!first) return null;
  if (roots.length === 1) return { root: first, parts: [] };
  const want = pathKey(url, url);
  let found = first;
  for (const root of roots) {
    const wrapper = root.closest(articleWrapper) ?? root;
    const holder = wrapper.matches(articleUrl) ? wrapper : wrapper.querySelector(articleUrl);
    const own =
      root.closest(articleUrl)?.getAttribute(articleUrlAttr) ??
      holder?.getAttribute(articleUrlAttr) ??
      root.querySelector(`${title} a[href]`)?.getAttribute('href');
    if (want && pathKey(own, url) === want) {
      found = root;
      break;
    }
  }
  const home = articleHome(found, profile);
  if (!home) return { root: found, parts: [] };
  // queryAll gives document order; a root inside another is copied with it.
  const group = roots.filter((r) => articleHome(r, profile) === home && !roots.some((o) => o !== r && o.contains(r)));
  const [root = found, ...parts] = group.includes(found) ? group : [found];
  return { root, parts };
}

/** The root of the article the page's URL points at (currentArticle without its other parts). */
export function currentArticleRoot(doc: Document, url: string, profile: CompiledProfile): Element | null {
  return currentArticle(doc, url, profile)?.root ?? null;
}

/**
 * The headlines a page shows: its <h1>s with text. An empty <h1> (a logo's image, a page's markup, an injected one)
 * heads nothing. (The HTML parser puts an <h1> written inside SVG or MathML back in the HTML namespace; the namespace
 * test is for a document built by a script.)
 */
function headlines(doc: Document): Element[] {
  return queryAll(doc, HEADLINE).filter((h) => h.namespaceURI === XHTML && (h.textContent ?? '').trim() !== '');
}

/**
 * The page's headline among `all`: the first, unless the page holds several stories (infinite scroll appended the
 * next ones and pushState()d their address) and one headline links to the page's own address.
 */
function pageHeadline(all: Element[], url: string | undefined): Element | null {
  const want = url && all.length > 1 ? pathKey(url, url) : null;
  if (url && want) {
    for (const h of all) {
      const link = h.querySelector('a[href]') ?? h.closest('a[href]');
      if (link && pathKey(link.getAttribute('href'), url) === want) return h;
    }
  }
  return all[0] ?? null;
}

/**
 * When the profile's story root is missing (a redesign), find the story by its markup: the <article>
 * (or schema.org Article) that holds the page's headline, else the headline's nearest ancestor that
 * holds most of the prose of the page (of the headline's own region on a page of several stories).
 */
export function storyRootByMarkup(doc: Document, url?: string): Element | null {
  const all = headlines(doc);
  const h1 = pageHeadline(all, url);
  if (!h1) return null;
  const marked = h1.closest('article, [itemtype*="Article"]');
  if (marked) return marked;
  const prose = (el: Element): number =>
    Array.from(el.querySelectorAll('p')).reduce((n, p) => n + collapseSpace(p.textContent ?? '').length, 0);
  // The headline's region: the page, or on a page of several stories (each with its headline, infinite scroll) the
  // outermost box around this headline that holds no other one. The story holds most of its region's prose.
  const body = doc.body ?? doc.documentElement;
  let region: Element = body;
  if (all.length > 1) {
    for (let el = h1.parentElement; el && el !== body && !all.some((h) => h !== h1 && el!.contains(h)); el = el.parentElement) region = el;
  }
  const total = prose(region);
  for (let el = h1.parentElement; el && el !== doc.body; el = el.parentElement) {
    const held = total > 0 ? prose(el) : 0;
    if (held >= total * 0.6) {
      // Its <p>s are its prose, unless they are a small part of its text (stray <p>s, a story written without them).
      if (held >= collapsedLength(el.textContent ?? '', Infinity) * MIN_P_SHARE) return el;
      break;
    }
    if (el === region) break;
  }
  // A story written with no <p> (each paragraph a <div>, runs between <br>s): measured by its runs of text.
  const runs = proseRuns(region, h1);
  for (let el = h1.parentElement; el && el !== doc.body; el = el.parentElement) {
    if (runs.total > 0 && (runs.held.get(el) ?? 0) >= runs.total * 0.6) return el;
    if (el === region) break;
  }
  return null;
}

/** Less than this share of its text in <p>s, a box's prose is not in <p>s. */
const MIN_P_SHARE = 0.3;

const NOT_RUNS = `a, ${NOT_PROSE.join(', ')}`;

/**
 * The long runs of text outside links under `top` (the page, or the headline's region), whatever element holds them
 * (a story written with no <p>): how much each ancestor of the headline holds, and in all. One walk of the text (the browser's); only a long run looks up.
 */
function proseRuns(top: Element, h1: Element): { held: Map<Element, number>; total: number } {
  const held = new Map<Element, number>();
  const doc = top.ownerDocument;
  const chain = new Set<Element>();
  for (let el = h1.parentElement; el && el !== doc.body; el = el.parentElement) {
    chain.add(el);
    if (el === top) break;
  }
  let total = 0;
  const walker = doc.createTreeWalker(top, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // (A raw run shorter than the minimum is shorter once collapsed.)
    if ((n.nodeValue ?? '').length < MIN_PROSE_RUN) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest(NOT_RUNS)) continue;
    const length = collapseSpace(n.nodeValue ?? '').length;
    if (length < MIN_PROSE_RUN) continue;
    total += length;
    let at: Element | null = parent;
    while (at && at !== top && !chain.has(at)) at = at.parentElement;
    if (at && chain.has(at)) held.set(at, (held.get(at) ?? 0) + length);
  }
  // Each ancestor holds what the ancestors inside it hold (the chain is in order, innermost first).
  let sum = 0;
  for (const el of chain) {
    sum += held.get(el) ?? 0;
    held.set(el, sum);
  }
  return { held, total };
}

export interface StoryRoot {
  root: Element;
  /** The story's later parts (roots of the same article after `root`), copied after it. */
  parts: Element[];
  /** Found by the profile's selectors (else by the markup: a redesign). */
  known: boolean;
  /** The selectors for this root: the profile's, or those widened to generic markup. */
  sel: StorySelectors;
}

export function findStoryRoot(doc: Document, url: string, profile: CompiledProfile): StoryRoot | null {
  const known = currentArticle(doc, url, profile);
  if (known) return { root: known.root, parts: known.parts, known: true, sel: profile.story };
  const root = storyRootByMarkup(doc, url);
  return root ? { root, parts: [], known: false, sel: profile.storyByMarkup } : null;
}

/**
 * The inert document stories are copied into, one per window, emptied and reused by each read: a new document per
 * read costs its making and, in Chromium, the parsing again of every selector list asked of it (Readability's and
 * ours), since the engine keeps parsed selectors per document (docs/performance.md, Core). Reads are synchronous,
 * so one document per window is never shared by two at once.
 */
const storyDocs = new WeakMap<object, Document>();

function storyDocument(source: Document): Document {
  const win = (source.defaultView ?? (globalThis as { window?: object }).window) as object | undefined;
  let story = win && storyDocs.get(win);
  if (!story) {
    story = source.implementation.createHTMLDocument('');
    if (win) storyDocs.set(win, story);
  }
  // What the last read left (its story, and a title set by the metadata pass) goes; the head has nothing else.
  story.body.replaceChildren();
  story.head.replaceChildren();
  return story;
}

/**
 * The story document holding a copy of `root` (and of the story's later `parts`, inside it at its end), attached so
 * that "is this still in the tree" checks mean something.
 */
export function copyStory(source: Document, root: Element, lang: string, parts: Element[] = []): { story: Document; copy: Element } {
  const story = storyDocument(source);
  story.documentElement.setAttribute('lang', lang);
  const copy = story.importNode(root, true) as Element;
  for (const part of parts) copy.append(story.importNode(part, true));
  story.body.append(copy);
  return { story, copy };
}

/**
 * What the passes look for, found in one walk of the copy before anything is removed (the lead figure and the end
 * marker are looked up later among these: until then elements are only removed or moved).
 */
export interface Landmarks {
  pieces: Element[];
  /** Elements that are never prose (prose.ts). */
  notProse: Element[];
  titles: Element[];
  h1s: Element[];
  standfirsts: Element[];
  authors: Element[];
  times: Element[];
  leadFigures: Element[];
  ends: Element[];
}

export function findLandmarks(copy: Element, sel: StorySelectors): Landmarks {
  const lists = [sel.pieces, NOT_PROSE_ELEMENTS, sel.title, H1, sel.standfirst, sel.author, sel.published, sel.leadFigure, sel.bodyEnd];
  const [pieces = [], notProse = [], titles = [], h1s = [], standfirsts = [], authors = [], times = [], leadFigures = [], ends = []] =
    queryEach(copy, lists);
  return { pieces, notProse, titles, h1s, standfirsts, authors, times, leadFigures, ends };
}

/** The body containers (outermost only), or the whole copy when there is none. */
export function bodyParts(copy: Element, sel: StorySelectors): Element[] {
  const bodies = queryAll(copy, sel.body);
  return bodies.length > 0 ? bodies.filter((b) => !bodies.some((o) => o !== b && o.contains(b))) : [copy];
}
