/**
 * The pure core's entry: readArticle(document, url) -> ReadResult.
 * The same code runs in the content script (on the live page), in the CLI (jsdom) and in tests.
 */
import { cleanStory } from './clean';
import { detectPage, pageUrlFromDocument } from './detect';
import { runReadability, windowOf, type Extracted } from './extract';
import { findQuotes, selectKeyQuotes } from './quotes';
import type { Lang, ReadResult } from './types';

// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const READ_GENERIC_RE1 = /[-_]/;

export type { ReadResult, Quote, Speaker, LeadImage, Lang } from './types';
export { detectPage, pageUrlFromDocument } from './detect';
export { TMT_PROFILE, PROFILES, profileForHost } from './site-profile';
export { findQuotes, findQuotesInText, selectKeyQuotes } from './quotes';
export { sanitizeHtml } from './sanitize';

export interface ReadOptions {
  /** How many key quotes the summary holds (default 5). */
  keyQuotes?: number;
  /**
   * false: skip finding quotes (the result says `quotesPending`), so a reader can show the story first and
   * add the quotes with `withQuotes()` a moment later. Default true.
   */
  quotes?: boolean;
}

function emptyResult(url: string, lang: string, reason: string): ReadResult {
  return {
    isArticle: false,
    reason,
    url,
    lang,
    title: null,
    byline: null,
    published: null,
    leadImage: null,
    paragraphs: [],
    html: '',
    wordCount: 0,
    readingMinutes: 0,
    quotes: [],
    keyQuotes: [],
  };
}

function quoteLang(lang: string): Lang {
  return lang === 'ru' ? 'ru' : 'en';
}

function finish(
  base: Omit<ReadResult, 'quotes' | 'keyQuotes'>,
  opts: ReadOptions,
): ReadResult {
  if (opts.quotes === false) return { ...base, quotes: [], keyQuotes: [], quotesPending: true };
  const quotes = base.paragraphs.length ? findQuotes(base.paragraphs, quoteLang(base.lang)) : [];
  return { ...base, quotes, keyQuotes: selectKeyQuotes(quotes, opts.keyQuotes ?? 5) };
}

/** The quotes of a result read with `{ quotes: false }` (any other result is returned as it is). */
export function withQuotes(result: ReadResult, opts: ReadOptions = {}): ReadResult {
  if (!result.quotesPending) return result;
  const { quotesPending: _, ...base } = result;
  return finish(base, { ...opts, quotes: true });
}

/** Any other site: Readability alone, on a copy of the page. */
function readGeneric(doc: Document, url: string, lang: string, reason: string, opts: ReadOptions): ReadResult {
  const win = windowOf(doc);
  const copy = doc.cloneNode(true) as Document;
  const got = runReadability(copy, win, url);
  // A few stray words (a menu, a cookie notice) are not an article.
  if (!got || got.wordCount < 40) {
    return emptyResult(url, lang, `${reason} No readable article was found on it.`);
  }
  return finish(
    {
      isArticle: true,
      reason: `${reason} Read with the generic reader.`,
      url,
      lang: got.lang?.split(READ_GENERIC_RE1)[0]?.toLowerCase() || lang,
      title: got.title,
      byline: got.byline,
      published: got.published,
      leadImage: null,
      paragraphs: got.paragraphs,
      html: got.html,
      wordCount: got.wordCount,
      readingMinutes: got.readingMinutes,
    },
    opts,
  );
}

/**
 * Read a page. `url` is the page's address (for a saved file, pass null to use its canonical link).
 * Never modifies `doc`. Throws only when the input is not a usable document at all.
 */
export function readArticle(doc: Document, url?: string | null, opts: ReadOptions = {}): ReadResult {
  if (!doc || !doc.documentElement) throw new Error('Not an HTML document.');
  try {
    return readDocument(doc, url, opts);
  } catch (err) {
    // Recursive DOM work (cloning, serializing) overflows the stack on absurdly deep markup. Browsers' parsers cap
    // nesting, a saved file may not: say so instead of failing obscurely.
    if (err instanceof RangeError) {
      const pageUrl = url || pageUrlFromDocument(doc) || doc.URL || 'about:blank';
      return emptyResult(pageUrl, '', 'The page is nested too deeply to be read (its markup is broken or hostile).');
    }
    throw err;
  }
}

function readDocument(doc: Document, url: string | null | undefined, opts: ReadOptions): ReadResult {
  const pageUrl = url || pageUrlFromDocument(doc) || doc.URL || 'about:blank';
  const detection = detectPage(doc, pageUrl);
  const { profile, lang } = detection;
  if (!profile) return readGeneric(doc, pageUrl, lang, detection.reason, opts);
  if (!detection.isArticle) return emptyResult(pageUrl, lang, detection.reason);

  const win = windowOf(doc);
  const story = cleanStory(doc, pageUrl, profile, lang);
  let got: Extracted | null = null;
  if (story) {
    // Our input is the story alone: let Readability keep it even when it is short.
    got = runReadability(story.doc, win, pageUrl, { charThreshold: 0, prependHtml: story.leadHtml, cleanedAlready: true });
  }
  if (!story || !got || got.paragraphs.length === 0) {
    // The markup changed beyond the profile: fall back to Readability on the whole page.
    const generic = readGeneric(doc, pageUrl, lang, detection.reason, opts);
    return generic.isArticle
      ? { ...generic, reason: `${detection.reason} The page's layout is unfamiliar; read with the generic reader.` }
      : emptyResult(pageUrl, lang, `${detection.reason} But no story text was found on the page.`);
  }
  return finish(
    {
      isArticle: true,
      reason: detection.reason,
      url: pageUrl,
      lang,
      title: story.title ?? got.title,
      standfirst: story.standfirst,
      byline: story.byline,
      published: story.published,
      leadImage: story.leadImage,
      paragraphs: got.paragraphs,
      html: got.html,
      wordCount: got.wordCount,
      readingMinutes: got.readingMinutes,
    },
    opts,
  );
}
