/** The TMT fixture cases (tests/fixtures/tmt/<case>/) and text helpers for asserting on them. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (three levels above this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/tmt');

export interface FixtureExpected {
  url: string;
  isArticle: boolean;
  lang?: string;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  body?: string[];
  clutter?: string[];
  quotes?: Array<{ text: string; speaker: string; kind: string }>;
  notes?: string;
}

export interface FixtureCase {
  name: string;
  dir: string;
  html: string;
  expected: FixtureExpected;
  /** The address tests open: expected.url with http:// (the proxy serves plain HTTP). */
  url: string;
}

let cache: FixtureCase[] | undefined;

export function toHttp(url: string): string {
  const u = new URL(url);
  u.protocol = 'http:';
  return u.href;
}

export function loadFixtureCases(): FixtureCase[] {
  if (cache) return cache;
  cache = fs
    .readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => {
      const dir = path.join(FIXTURES_DIR, d.name);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as FixtureExpected;
      return { name: d.name, dir, html: fs.readFileSync(path.join(dir, 'source.html'), 'utf8'), expected, url: toHttp(expected.url) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return cache;
}

export function fixtureCase(name: string): FixtureCase {
  const c = loadFixtureCases().find((f) => f.name === name);
  if (!c) throw new Error(`no fixture case "${name}" in ${FIXTURES_DIR}`);
  return c;
}

/** The fixtures' comparison rule: runs of white space (U+00A0 included) become one space. */
export function normalizeText(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does `text` contain `phrase` as whole words (not inside a longer word), after normalising both? */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = normalizeText(phrase);
  if (!p) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(p)}($|[^\\p{L}\\p{N}])`, 'u').test(normalizeText(text));
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
    pattern: new RegExp(`^${normalizeText(m).split(/\$\d+/).map(escapeRe).join('.+?')}$`, 'u'),
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
