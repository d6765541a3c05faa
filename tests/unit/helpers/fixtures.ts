/** Loading the page fixtures (tests/fixtures/tmt*) and comparing text the way their README says. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ExpectedQuote {
  text: string;
  speaker: string | null;
  kind: 'direct' | 'partial';
}
export interface Expected {
  url: string;
  isArticle: boolean;
  lang: string;
  title?: string;
  byline?: string | null;
  published?: string;
  body?: string[];
  clutter?: string[];
  quotes?: ExpectedQuote[];
  notes?: string;
}
export interface FixtureCase {
  name: string;
  dir: string;
  html: Buffer;
  expected: Expected;
}

export const FIXTURE_ROOT = path.resolve(__dirname, '../../fixtures');

/** Every case under tests/fixtures/<set>/<case>/ with source.html + expected.json. */
export function loadCases(sets = ['tmt', 'tmt-extra']): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const set of sets) {
    const base = path.join(FIXTURE_ROOT, set);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const dir = path.join(base, name);
      if (!existsSync(path.join(dir, 'expected.json'))) continue;
      cases.push({
        name: `${set}/${name}`,
        dir,
        html: readFileSync(path.join(dir, 'source.html')),
        expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected,
      });
    }
  }
  return cases;
}

/** The page as the browser would hold it: parsed, scripts not run. */
export function domOf(html: string | Buffer, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/** Compare text after collapsing runs of white space (U+00A0 included) to one space. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `text` contain `phrase` as whole words (not inside a longer word)? */
export function containsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(norm(phrase))}($|[^\\p{L}\\p{N}])`, 'u').test(norm(text));
}

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
