/**
 * Extraction: Readability on the cleaned story (or on a copy of any other page), then one sanitizing
 * step, then the story's blocks as text. Pure: a Document in, data out.
 */
import { Readability } from '@mozilla/readability';
import { LARGE_STORY_ELEMENTS } from './limits';
import { sanitizeToBody } from './sanitize';
import { blockTexts, countWords, readingMinutes } from './text';

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


/** Readability mutates what it reads, so it only ever gets a document made for it. */
export function runReadability(
  doc: Document,
  win: Window,
  baseUrl: string,
  opts: { charThreshold?: number; prependHtml?: string; cleanedAlready?: boolean } = {},
): Extracted | null {
  let parsed: { title?: string | null; byline?: string | null; publishedTime?: string | null; lang?: string | null; content?: string | null } | null;
  if (opts.cleanedAlready && doc.body.getElementsByTagName('*').length > LARGE_STORY_ELEMENTS) {
    // A huge story our site profile has already cleaned: bounded time matters more than Readability's polish.
    parsed = { title: doc.title, content: doc.body.innerHTML };
  } else {
    parsed = new Readability(doc, {
      // Classes go in the sanitizing step anyway (no class attribute is allowed): no need for Readability's own pass.
      keepClasses: true,
      charThreshold: opts.charThreshold ?? 500,
      // A story we cleaned has no JSON-LD (its metadata was read from the page): skip looking for it.
      disableJSONLD: !!opts.cleanedAlready,
    }).parse();
  }
  if (!parsed || !parsed.content) return null;
  // The clean story, in an inert document (nothing loads or runs there): its HTML and its text.
  const body = sanitizeToBody((opts.prependHtml ?? '') + parsed.content, win, { baseUrl });
  const html = body.innerHTML;
  const paragraphs = blockTexts(body);
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
