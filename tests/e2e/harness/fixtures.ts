/** The e2e view of the TMT fixture cases (loaded by tests/fixtures/index.mjs) and text helpers for asserting on them. */
import path from 'node:path';
import { containsPhrase, escapeRegExp, normalizeText, pageCases, ROOT, type Expected } from '../../fixtures/index.mjs';

export { ROOT, normalizeText, containsPhrase, toHttp } from '../../fixtures/index.mjs';
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/tmt');

export type FixtureExpected = Expected;

export interface FixtureCase {
  name: string;
  dir: string;
  html: string;
  expected: FixtureExpected;
  /** The address tests open: expected.url with http:// (the proxy serves plain HTTP). */
  url: string;
}

let cache: FixtureCase[] | undefined;

/** The shared TMT cases (tests/fixtures/tmt), the pages the e2e server serves. */
export function loadFixtureCases(): FixtureCase[] {
  cache ??= pageCases(['tmt']).map((c) => ({ name: c.name, dir: c.dir, html: c.html, expected: c.expected, url: c.httpUrl }));
  return cache;
}

export function fixtureCase(name: string): FixtureCase {
  const c = loadFixtureCases().find((f) => f.name === name);
  if (!c) throw new Error(`no fixture case "${name}" in ${FIXTURES_DIR}`);
  return c;
}

/** The `expected` strings not found in `text` (both normalised). */
export function missingStrings(text: string, expected: readonly string[]): string[] {
  const t = normalizeText(text);
  return expected.filter((e) => !t.includes(normalizeText(e)));
}

/** The `forbidden` strings that do occur in `text` (both normalised). */
export function presentStrings(text: string, forbidden: readonly string[]): string[] {
  const t = normalizeText(text);
  return forbidden.filter((e) => normalizeText(e) !== '' && t.includes(normalizeText(e)));
}

/**
 * The fixture's clutter strings that a clean view's text shows (whole-word match). Not judged, because
 * flat text cannot tell them apart: clutter words the story itself contains (title, byline, body), and
 * clutter that is one of the extension's own UI messages (`uiMessages`, `$1` placeholders match anything).
 */
export function clutterShown(viewText: string, expected: FixtureExpected, uiMessages: readonly string[] = []): string[] {
  const story = [expected.title ?? '', expected.byline ?? '', ...(expected.body ?? [])].join('\n');
  // A message that is mostly placeholder ("$1") would match anything: only messages with words count.
  const ui = uiMessages.filter((m) => normalizeText(m.replace(/\$\d+/g, '')).length >= 3).map((m) => ({
    literal: m,
    pattern: new RegExp(`^${normalizeText(m).split(/\$\d+/).map(escapeRegExp).join('.+?')}$`, 'u'),
  }));
  return (expected.clutter ?? []).filter((c) => {
    if (containsPhrase(story, c)) return false;
    if (ui.some((u) => containsPhrase(u.literal, c) || u.pattern.test(normalizeText(c)))) return false;
    return containsPhrase(viewText, c);
  });
}

/** Index of the first `expected` string that is out of order in `text`, or -1 when all are in order. */
export function firstOutOfOrder(text: string, expected: readonly string[]): number {
  const t = normalizeText(text);
  let at = 0;
  for (let i = 0; i < expected.length; i++) {
    const found = t.indexOf(normalizeText(expected[i]!), at);
    if (found < 0) return i;
    at = found + 1;
  }
  return -1;
}

/** Shortens a long text for failure messages. */
export function excerpt(s: string, max = 400): string {
  const t = normalizeText(s);
  return t.length <= max ? t : `${t.slice(0, max)}… (${t.length} chars)`;
}
