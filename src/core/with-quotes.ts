/**
 * The quotes of an article read without them (read.ts): who said what, and the key quotes. Kept apart from
 * the reading so the in-page reader loads and runs this code only after it has painted the story.
 */
import { findQuotes, selectKeyQuotes } from './quotes';
import type { ReadResult } from './types';

export interface QuoteOptions {
  /** How many key quotes the summary holds (default 5). */
  keyQuotes?: number;
}

/** `result` with its quotes found (a result with no quotes pending is returned as it is). */
export function withQuotes(result: ReadResult, opts: QuoteOptions = {}): ReadResult {
  if (!result.quotesPending) return result;
  const { quotesPending: _, ...base } = result;
  const quotes = base.paragraphs.length ? findQuotes(base.paragraphs, base.lang === 'ru' ? 'ru' : 'en', { outlets: base.outlets }) : [];
  return { ...base, quotes, keyQuotes: selectKeyQuotes(quotes, opts.keyQuotes ?? 5) };
}
