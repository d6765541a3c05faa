/**
 * The root pass: which element of the page is the current story (infinite scroll may have appended others, a
 * redesign may have renamed it), a copy of it in a document of its own, and the landmarks the other passes use.
 */
import type { CompiledProfile, StorySelectors } from '../profile';
import { queryAll, queryEach, queryFirst } from '../select';
import { NOT_PROSE } from '../prose';
import { collapseSpace } from '../text';
import { css } from './dom';

const TRAILING_SLASHES = /\/+$/;
const HEADLINE = css('main h1, article h1, h1');
const H1 = css('h1');
const NOT_PROSE_ELEMENTS = css(NOT_PROSE.join(', '));

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

export interface StoryRoot {
  root: Element;
  /** Found by the profile's selectors (else by the markup: a redesign). */
  known: boolean;
  /** The selectors for this root: the profile's, or those widened to generic markup. */
  sel: StorySelectors;
}

export function findStoryRoot(doc: Document, url: string, profile: CompiledProfile): StoryRoot | null {
  const known = currentArticleRoot(doc, url, profile);
  const root = known ?? storyRootByMarkup(doc);
  if (!root) return null;
  return { root, known: !!known, sel: known ? profile.story : profile.storyByMarkup };
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

/** The story document holding a copy of `root`, attached so that "is this still in the tree" checks mean something. */
export function copyStory(source: Document, root: Element, lang: string): { story: Document; copy: Element } {
  const story = storyDocument(source);
  story.documentElement.setAttribute('lang', lang);
  const copy = story.importNode(root, true) as Element;
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
