/**
 * Sizes past which the core changes strategy to stay linear. No real article comes near them (a long TMT story
 * has a few hundred elements); hostile or broken pages do.
 */

/** A cleaned story with more elements than this is shown as cleaned: Readability's per-element passes and the
 *  flattening that prepares for them grow faster than the page (jsdom re-indexes a parent on every removal). */
export const LARGE_STORY_ELEMENTS = 8000;
