/**
 * Extraction: Readability on the cleaned story (or on a copy of any other page), then one sanitizing
 * step on the tree it returns, then the story's blocks as text. Pure: a Document in, data out.
 */
import { Readability } from '@mozilla/readability';
import { LARGE_STORY_ELEMENTS } from './limits';
import { sanitizeInPlace } from './sanitize';
import { blockTexts, collapseSpace, countWords, readingMinutes } from './text';

export interface Extracted {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  html: string;
  paragraphs: string[];
  wordCount: number;
  readingMinutes: number;
}

/** The window whose DOM the sanitizer uses: the document's own, else the global one (browser). */
export function windowOf(doc: Document): Window {
  const win = doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new Error('No DOM window available to sanitize with.');
  return win;
}


type Parsed = { title?: string | null; byline?: string | null; publishedTime?: string | null; lang?: string | null; content?: Element | null };

/** Readability's article as the element it built (no HTML string: it is sanitized where it is, see below). */
const asElement = (node: Node): Element => node as Element;

/** The children of `from`, moved into a new <div> (one node at a time: spreading tens of thousands of nodes as
 *  arguments can overflow the stack). */
function asContent(from: Element): Element {
  const content = from.ownerDocument.createElement('div');
  for (let n = from.firstChild; n; n = from.firstChild) content.append(n);
  return content;
}

/** Is `blocks` a subsequence of `of` (the same strings, in order, maybe with others between)? */
function subsequence(blocks: string[], of: string[]): boolean {
  let j = 0;
  for (const b of blocks) {
    while (j < of.length && of[j] !== b) j++;
    if (j === of.length) return false;
    j++;
  }
  return true;
}

/** Does `out` still hold the text of every block of `input`, in order? */
function keepsEveryBlock(input: Element, out: Element): boolean {
  const inputBlocks = blockTexts(input);
  const outBlocks = blockTexts(out);
  // Readability mostly keeps the blocks as they were: then each is found whole, in order, without searching the text.
  if (subsequence(inputBlocks, outBlocks)) return true;
  const kept = collapseSpace(outBlocks.join(' '));
  let at = 0;
  for (const block of inputBlocks) {
    const found = kept.indexOf(collapseSpace(block), at);
    if (found < 0) return false;
    at = found;
  }
  return true;
}

/**
 * Where a cleaned story is sanitized: an inert document beside the story document (which clean/root.ts reuses read
 * after read), reused as it is. DOMPurify walks with a NodeIterator made on the document of what it sanitizes, and a
 * document keeps its NodeIterators until they are garbage-collected, each node removed from it then updating every
 * one: sanitized in the story document itself, cleaning and Readability would pay that on every removal of the next
 * reads (in jsdom, all those of a synchronous batch; docs/performance.md, Core).
 */
const sanitizingDocs = new WeakMap<Document, Document>();

function sanitizingDocument(story: Document): Document {
  let doc = sanitizingDocs.get(story);
  if (!doc) sanitizingDocs.set(story, (doc = story.implementation.createHTMLDocument('')));
  return doc;
}

/**
 * Readability mutates what it reads, so it only ever gets a document made for it (an inert one: a copy).
 * `prepend`: an element of that document to show above the story (the lead figure).
 */
export function runReadability(
  doc: Document,
  win: Window,
  baseUrl: string | undefined,
  opts: { charThreshold?: number; prepend?: Element | null; cleanedAlready?: boolean } = {},
): Extracted | null {
  let parsed: Parsed | null;
  if (opts.cleanedAlready && doc.body.getElementsByTagName('*').length > LARGE_STORY_ELEMENTS) {
    // A huge story our site profile has already cleaned: bounded time matters more than Readability's polish.
    parsed = { title: doc.title, content: asContent(doc.body) };
  } else {
    // A story we cleaned is all story: Readability may polish it, not drop any of it. Its conditional cleaning
    // judges a block by what it holds (images, links, form fields per paragraph), which a page can stuff into or
    // beside any story block; when it drops story text, the story is shown as we cleaned it.
    const cleaned = opts.cleanedAlready ? (doc.body.cloneNode(true) as HTMLElement) : null;
    parsed = new Readability<Element>(doc, {
      // Classes go in the sanitizing step anyway (no class attribute is allowed): no need for Readability's own pass.
      keepClasses: true,
      charThreshold: opts.charThreshold ?? 500,
      // A story we cleaned has no JSON-LD (its metadata was read from the page): skip looking for it.
      disableJSONLD: !!opts.cleanedAlready,
      serializer: asElement,
    }).parse();
    if (cleaned && (!parsed?.content || !keepsEveryBlock(cleaned, parsed.content))) {
      parsed = { ...parsed, title: parsed?.title ?? doc.title, content: asContent(cleaned) };
    }
  }
  if (!parsed || !parsed.content) return null;
  // The clean story, still in an inert document (nothing loads or runs there): sanitized where it is, then its HTML
  // and its text.
  const box = (opts.cleanedAlready ? sanitizingDocument(doc) : doc).createElement('div');
  if (opts.prepend) box.append(opts.prepend);
  box.append(parsed.content);
  sanitizeInPlace(box, win, { baseUrl });
  const html = box.innerHTML;
  const paragraphs = blockTexts(box);
  const wordCount = countWords(paragraphs);
  return {
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
    html,
    paragraphs,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}
