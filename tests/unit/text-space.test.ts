/**
 * The white-space helpers of src/core/text.ts and their shortcuts: collapsedLength gives collapseSpace(text).length up
 * to its limit without building the string (on every fixture's blocks, and on random text made of every kind of white
 * space JavaScript's \s knows and characters next to them); normalizeText returns text already normal as it is.
 */
import { describe, expect, it } from 'vitest';
import { collapsedLength, collapseSpace, normalizeText } from '../../src/core/text';
import { domOf, loadCases } from './helpers/fixtures';

const capped = (s: string, limit: number): number => Math.min(collapseSpace(s).length, limit + 1);

describe('collapsedLength', () => {
  it('is the collapsed length, or limit + 1 past the limit, on random text', () => {
    // Every \s character, some that are not (U+180E, U+200B zero-width space, NEL U+0085), letters, an astral one.
    const alphabet = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b', '\u0085', 'a', 'Я', '😀', '.'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]).join('');
      for (const limit of [0, 1, 3, 10, 40, Infinity]) expect(collapsedLength(s, limit), JSON.stringify(s)).toBe(capped(s, limit));
    }
  });

  it.each(loadCases().map((c) => [c.name, c] as const))("is the collapsed length of %s's blocks", (_n, c) => {
    const doc = domOf(c.html, c.expected.url ?? 'https://www.themoscowtimes.com/').window.document;
    for (const el of Array.from(doc.querySelectorAll('p, div, li, section'))) {
      const t = el.textContent ?? '';
      for (const limit of [160, 2500, Infinity]) expect(collapsedLength(t, limit)).toBe(capped(t, limit));
    }
  });
});

describe('normalizeText', () => {
  it('gives what its two replacements and trim give, on random text (its shortcut for text already normal)', () => {
    const alphabet = [' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\ufeff', 'a', 'b', 'Я', '.'];
    let seed = 11;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const slow = (t: string): string => t.replace(/[^\S\n]+/g, ' ').replace(/ *\n+ */g, '\n').trim();
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: next(24) }, () => alphabet[next(alphabet.length)]).join('');
      expect(normalizeText(s), JSON.stringify(s)).toBe(slow(s));
    }
  });
});
