/**
 * The word scanners of src/core/chars.ts give exactly what the regexes they replace give: on every fixture's text
 * and on random text built from the characters that decide word edges (letters of several scripts and cases,
 * digits, joiners, dots, handles, astral letters, lone surrogates).
 */
import { describe, expect, it } from 'vitest';
import { LowerWords, countWordMatches, forEachToken, nextToken, tokenCased, tokenEnd } from '../../src/core/chars';
import { loadCases } from './helpers/fixtures';

const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const TOKENS = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu;
const LOWER_WORD = /(?<![\p{L}\p{N}_@#.])\p{Ll}[\p{L}'’-]*/gu;

function check(s: string): void {
  expect(countWordMatches(s), JSON.stringify(s)).toBe((s.match(WORDS) ?? []).length);
  const tokens: number[][] = [];
  forEachToken(s, (start, end) => tokens.push([start, end]));
  expect(tokens, JSON.stringify(s)).toEqual([...s.matchAll(TOKENS)].map((m) => [m.index, m.index + m[0].length]));
  // A token nextToken calls uncased is its own lower case (the quote finder then makes no lower-case copy).
  // Disagreements are collected and asserted once: an expect per token or candidate costs more than the check.
  const notLower: string[] = [];
  for (let i = nextToken(s, 0); i < s.length; i = nextToken(s, tokenEnd())) {
    const t = s.slice(i, tokenEnd());
    if (!tokenCased() && t.toLowerCase() !== t) notLower.push(t);
  }
  expect(notLower, 'tokens called uncased that have upper case').toEqual([]);
  checkLowerWords([s]);
}

/** LowerWords.has answers as the set of LOWER_WORD's matches does: for each match, and for every other word and
 *  stretch of the text (a candidate that only occurs inside a longer word, or after a handle's @, must be refused). */
function checkLowerWords(paragraphs: string[]): void {
  const want = new Set(paragraphs.flatMap((p) => p.match(LOWER_WORD) ?? []));
  const words = new LowerWords(paragraphs);
  // The same with a budget so small that every word is listed in one pass after the first search.
  const listed = new LowerWords(paragraphs, 1);
  const candidates = new Set<string>(want);
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(/[\p{L}\p{N}'’_@#.-]+/gu)) {
      const w = m[0];
      if (seen.has(w)) continue;
      seen.add(w);
      candidates.add(w.toLowerCase());
      // Every tail of a word is a candidate too ("mail" in "e-mail", "s" in "don't").
      for (let i = 1; i < w.length; i++) candidates.add(w.slice(i));
    }
  }
  const wrong: string[] = [];
  for (const c of candidates) {
    const w = want.has(c);
    if (words.has(c) !== w) wrong.push(`${JSON.stringify(c)}: has() says ${!w}`);
    if (listed.has(c) !== w) wrong.push(`${JSON.stringify(c)} (listed): has() says ${!w}`);
  }
  expect(wrong, JSON.stringify(paragraphs).slice(0, 200)).toEqual([]);
}

// Deterministic pseudo-random text (a fixed seed: a failure can be replayed).
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}
const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ж', 'Ж', 'ё', 'Ё', 'ǅ', 'ω', 'Ω', '中', 'ا', '٣', '7', '½', '²', "'", '’', '-', '.', '_', '@', '#',
  ' ', '\u00a0', '\n', ',', '“', '”', '«', '»', '—', '𝐀', '𝐚', '😀', '\ud800', '\udc00', 'x', 'mr', 'U.S.', "don't", 'e-mail',
];

describe('word scanners agree with the regexes they replace', () => {
  // Every fixture's text through both scanners: 23 s at load average 11 on 2 cores, past the default 20 s.
  it('on the text of every fixture', { timeout: 120_000 }, () => {
    const cases = loadCases();
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) {
      const text = c.html.toString('utf8').replace(/<[^>]*>/g, ' ');
      check(text);
      // As the quote finder uses it: a story of several paragraphs.
      checkLowerWords(text.split(/\n+/).filter((l) => l.trim()));
    }
  });

  it('on 5,000 random strings of word-edge characters', () => {
    const r = rng(20261129);
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 24);
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(r() * PIECES.length)];
      check(s);
    }
  });

  it('reads a story a bounded number of times however many words are asked about', () => {
    // 20,000 sentences, each opening with a word of its own that the story never writes in lower case: searched one
    // by one, each would read the whole story (quadratic). Past its budget, LowerWords lists every word in one pass.
    const word = (i: number): string => 'said' + i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
    const paras = Array.from({ length: 400 }, (_, p) => Array.from({ length: 50 }, (_, k) => `S${word(p * 50 + k).slice(1)} Ivanov said so.`).join(' '));
    const chars = paras.reduce((n, p) => n + p.length, 0);
    const words = new LowerWords(paras);
    for (let i = 0; i < 20_000; i++) expect(words.has(word(i))).toBe(false);
    expect(words.has('said')).toBe(true);
    expect(words.charsRead).toBeLessThanOrEqual(33 * chars);
    // Without a budget the same questions read the story thousands of times: the bound above is what keeps it linear.
    const unbounded = new LowerWords(paras, Infinity);
    for (let i = 0; i < 400; i++) unbounded.has(word(i));
    expect(unbounded.charsRead).toBeGreaterThan(200 * chars);
  });

  it('on edge cases', () => {
    for (const s of ['', '.', "'a", 'a.', 'a..b', 'U.S.-led', 'Jean-claude', 'x@mail.ru', '#tag', 'file.txt', 'abc’', '𝐚𝐛', '\ud835']) check(s);
  });
});
