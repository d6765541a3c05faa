// Whole short stories written for these tests (tests/fixtures/quotes/*.json), one English and one
// Russian in TMT style: every quotation, its speaker, the speaker's role and the kind of quote.
import { describe, expect, it } from 'vitest';
import { findQuotes, selectKeyQuotes } from '../../src/core/quotes/index';
import type { Lang } from '../../src/core/types';
import { quoteStories } from '../fixtures/index.mjs';

const stories = quoteStories().map(({ name, story }) => ({ name, s: { ...story, lang: story.lang as Lang } }));

describe('quotes in written TMT-style stories', () => {
  it('has an English and a Russian story', () => {
    expect(new Set(stories.map((x) => x.s.lang))).toEqual(new Set(['en', 'ru']));
  });

  for (const { name, s } of stories) {
    it(`${name}: finds every quotation and nothing else`, () => {
      expect(findQuotes(s.paragraphs, s.lang).map((q) => q.text)).toEqual(s.quotes.map((q) => q.text));
    });

    it(`${name}: names speakers with their roles, and tells direct from partial`, () => {
      const got = findQuotes(s.paragraphs, s.lang).map((q) => ({
        text: q.text, speaker: q.speaker?.name ?? null, role: q.speaker?.role ?? null, kind: q.kind,
      }));
      expect(got).toEqual(s.quotes);
    });

    it(`${name}: the summary puts different speakers first`, () => {
      const key = selectKeyQuotes(findQuotes(s.paragraphs, s.lang), 3);
      expect(new Set(key.map((q) => q.speaker?.name)).size).toBe(3);
    });
  }
});
