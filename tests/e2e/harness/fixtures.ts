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
