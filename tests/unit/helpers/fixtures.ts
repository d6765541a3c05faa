/** The unit tests' view of the page fixtures (loaded by tests/fixtures/index.mjs) and how they compare text. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { containsPhrase, FIXTURES_DIR, normalizeText, pageCases, PAGE_SETS, type Expected } from '../../fixtures/index.mjs';

export type { Expected, ExpectedQuote } from '../../fixtures/index.mjs';
export { containsPhrase };

export interface FixtureCase {
  /** `<set>/<case>`. */
  name: string;
  dir: string;
  html: Buffer;
  expected: Expected;
}

export const FIXTURE_ROOT = FIXTURES_DIR;

/** Every case under tests/fixtures/<set>/<case>/ with source.html + expected.json. */
export function loadCases(sets: readonly string[] = PAGE_SETS): FixtureCase[] {
  return pageCases(sets).map((c) => ({ name: c.id, dir: c.dir, html: c.bytes, expected: c.expected }));
}

/** The page as the browser would hold it: parsed, scripts not run. */
export function domOf(html: string | Buffer, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/** Compare text after collapsing runs of white space (U+00A0 included) to one space. */
export const norm = normalizeText;

/**
 * Clutter strings the clean view shows. A clutter string that the story itself contains (a short word like
 * "news" inside a sentence) can only be judged where it does not occur in the story.
 */
export function clutterFound(paragraphs: string[], expected: Expected): string[] {
  const body = (expected.body ?? []).map(norm);
  const view = paragraphs.map(norm);
  return (expected.clutter ?? []).filter((c) => {
    if (body.some((b) => containsPhrase(b, c))) return view.some((p) => norm(p) === norm(c));
    return view.some((p) => containsPhrase(p, c));
  });
}
