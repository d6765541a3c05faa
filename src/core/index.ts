/**
 * The pure core's entry: readArticle(document, url) -> ReadResult.
 * The same code runs in the content script (on the live page), in the CLI (jsdom) and in tests.
 */
import { readStory } from './read';
import type { ReadResult } from './types';
import { withQuotes, type QuoteOptions } from './with-quotes';

export type { ReadResult, Quote, Speaker, LeadImage, Lang, Alternate } from './types';
export { pageUrlFromDocument } from './address';
export { detectPage } from './detect';
export { TMT_PROFILE, PROFILES, siteForHost, type SiteProfile } from '../sites';
export { compileProfile, compiledProfile, type CompiledProfile } from './profile';
export { findQuotes, findQuotesInText, selectKeyQuotes } from './quotes';
export { sanitizeHtml } from './sanitize';
export { readStory } from './read';
export { withQuotes } from './with-quotes';

export interface ReadOptions extends QuoteOptions {
  /**
   * false: skip finding quotes (the result says `quotesPending`), so a reader can show the story first and
   * add the quotes with `withQuotes()` a moment later. Default true.
   */
  quotes?: boolean;
}

/**
 * Read a page: the clean story, its metadata and its quotes. `url` is the page's address (for a saved file,
 * pass null to use its canonical link). Never modifies `doc`. Throws only when the input is not a usable
 * document at all.
 */
export function readArticle(doc: Document, url?: string | null, opts: ReadOptions = {}): ReadResult {
  const story = readStory(doc, url);
  return opts.quotes === false ? story : withQuotes(story, opts);
}
