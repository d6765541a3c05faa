/**
 * The plain heuristic: every quotation-mark stretch of the text is a quote, nobody is its speaker. It gives
 * the span figures a finder must beat; it is not product code. (On PolNeAR its recall is near 1 by
 * construction: gold quotes are quotation-mark stretches too. Its precision is the informative figure.)
 */
import { quoteStretches } from './text.mjs';

export function baselineQuotes(text) {
  return quoteStretches(text).map(([start, end]) => ({ text: text.slice(start, end), start, end, speaker: null }));
}
