/**
 * Extraction: Readability on the cleaned story (or on a copy of any other page), then one sanitizing
 * step, then the story's blocks as text. Pure: a Document in, data out.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from './sanitize';
import { blockTexts, countWords, readingMinutes } from './text';
import type { LeadImage } from './types';

export interface Extracted {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  leadImage: LeadImage | null;
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

/**
 * Above this many elements Readability's passes (element counts and link densities, per element) grow faster than
 * the page. An already cleaned story that large is shown as cleaned; see runReadability.
 */
export const READABILITY_MAX_ELEMENTS = 8000;

/** Readability mutates what it reads, so it only ever gets a document made for it. */
export function runReadability(
  doc: Document,
  win: Window,
  baseUrl: string,
  opts: { charThreshold?: number; prependHtml?: string; cleanedAlready?: boolean } = {},
): Extracted | null {
  let parsed: { title?: string | null; byline?: string | null; publishedTime?: string | null; lang?: string | null; content?: string | null } | null;
  if (opts.cleanedAlready && doc.body.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) {
    // A huge story our site profile has already cleaned: bounded time matters more than Readability's polish.
    parsed = { title: doc.title, content: doc.body.innerHTML };
  } else {
    parsed = new Readability(doc, {
      keepClasses: false,
      charThreshold: opts.charThreshold ?? 500,
    }).parse();
  }
  if (!parsed || !parsed.content) return null;
  const html = sanitizeHtml((opts.prependHtml ?? '') + parsed.content, win, { baseUrl });
  // Parsed into an inert document: nothing loads or runs there.
  const parsedDoc = new (win as Window & typeof globalThis).DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const paragraphs = blockTexts(parsedDoc.body);
  const wordCount = countWords(paragraphs);
  return {
    title: parsed.title?.trim() || null,
    byline: parsed.byline?.trim() || null,
    published: parsed.publishedTime?.trim() || null,
    lang: parsed.lang?.trim() || null,
    leadImage: null,
    html,
    paragraphs,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}
