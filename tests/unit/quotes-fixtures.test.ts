// Key quotes on the TMT fixtures: every quotation found, none extra, every speaker and kind right,
// driven by each case's expected.json (body in, quotes out).
import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesInText, selectKeyQuotes } from '../../src/core/quotes/index';
import type { Lang } from '../../src/core/types';
import { pageCases } from '../fixtures/index.mjs';

const cases = pageCases(['tmt'])
  .map((c) => ({ name: c.name, e: { ...c.expected, lang: c.expected.lang as Lang } }))
  .filter((c) => Array.isArray(c.e.quotes) && Array.isArray(c.e.body));

const ws = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('key quotes on the TMT fixtures', () => {
  it('has fixtures with quotes to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const { name, e } of cases) {
    describe(name, () => {
      const body = e.body!;
      const got = findQuotes(body, e.lang);

      it('finds exactly the expected quotations, in story order', () => {
        expect(got.map((q) => ws(q.text))).toEqual(e.quotes!.map((q) => ws(q.text)));
      });

      it('names every speaker as first introduced', () => {
        expect(got.map((q) => q.speaker?.name ?? null)).toEqual(e.quotes!.map((q) => q.speaker));
      });

      it('tells direct quotes from partial ones', () => {
        expect(got.map((q) => q.kind)).toEqual(e.quotes!.map((q) => q.kind));
      });

      it('points at the quoted text in its paragraph', () => {
        for (const q of got) {
          expect(body[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
          if (q.speaker?.start !== undefined) {
            expect(body[q.speaker.paragraph ?? q.paragraph]!.slice(q.speaker.start, q.speaker.end)).toMatch(/\p{L}/u);
          }
        }
      });

      it('gives the same quotes with offsets into plain text (CLI quotes mode)', () => {
        const text = body.join('\n\n');
        const inText = findQuotesInText(text, e.lang);
        expect(inText.map((q) => q.text)).toEqual(got.map((q) => q.text));
        for (const q of inText) expect(text.slice(q.start, q.end)).toBe(q.text);
      });

      it('keeps key quotes a story-ordered subset of at most five, attributed first', () => {
        const key = selectKeyQuotes(got);
        expect(key.length).toBeLessThanOrEqual(5);
        expect(key.length).toBe(Math.min(5, got.length));
        const idx = key.map((k) => got.indexOf(k));
        expect(idx.every((i) => i >= 0)).toBe(true);
        expect([...idx].sort((a, b) => a - b)).toEqual(idx);
      });
    });
  }
});

describe('the seed article summary', () => {
  const seed = cases.find((c) => c.name.startsWith('seed-syria'))!;
  const quotes = findQuotes(seed.e.body!, 'en');
  const key = selectKeyQuotes(quotes);

  it("holds Moualem's offer of dialogue, Lavrov's warning and Alkhatib's answer", () => {
    const line = (q: (typeof key)[number]): string => ws(`${q.speaker?.name}: ${q.text}`);
    const lines = key.map(line);
    expect(lines.some((l) => /^Walid Moualem: We are ready for dialogue/.test(l))).toBe(true);
    expect(lines.some((l) => /^Sergei Lavrov: .*collapse of the Syrian state/.test(l))).toBe(true);
    expect(lines.some((l) => /^Moaz Alkhatib: until we see how things develop/.test(l))).toBe(true);
  });

  it('spreads the summary across speakers', () => {
    expect(new Set(key.map((q) => q.speaker?.name)).size).toBeGreaterThanOrEqual(3);
  });

  it('splits the role off the fullest mention', () => {
    const moualem = quotes.find((q) => q.speaker?.name === 'Walid Moualem')!;
    expect(moualem.speaker!.role).toBe('Syrian Foreign Minister');
    const alkhatib = quotes.find((q) => q.speaker?.name === 'Moaz Alkhatib')!;
    expect(ws(alkhatib.speaker!.role!)).toBe('head of the opposition Syrian National Coalition');
  });
});
