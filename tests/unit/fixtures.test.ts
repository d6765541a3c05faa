/**
 * Data-driven: every page fixture through the whole pipeline (readArticle on jsdom), checked against its
 * expected.json: detection, metadata, every story block in order, no clutter, the quotes and their speakers.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core';
import { sanitizeToBody } from '../../src/core/sanitize';
import { blockTexts } from '../../src/core/text';
import { clutterFound, domOf, expectedBody, KNOWN_GAPS, loadCases, norm, storyShown } from './helpers/fixtures';

const cases = loadCases();


describe.each(cases.map((c) => [c.name, c] as const))('fixture %s', (_name, c) => {
  const exp = c.expected;
  const result = readArticle(domOf(c.html, exp.url).window.document, exp.url);

  it(`is ${exp.isArticle ? '' : 'not '}an article, with a reason`, () => {
    expect(result.isArticle).toBe(exp.isArticle);
    expect(result.reason.length).toBeGreaterThan(10);
    expect(result.lang).toBe(exp.lang);
    if (!exp.isArticle) {
      expect(result.paragraphs).toEqual([]);
      expect(result.html).toBe('');
    }
  });

  if (!exp.isArticle) return;
  const gaps = KNOWN_GAPS[c.name] ?? {};

  it('has the title, byline and published time of the page', () => {
    expect(result.title).toBe(exp.title);
    // expected.byline is the names the byline shows; a byline read from the metadata says so.
    expect(result.bylineSource === 'page' ? result.byline : null).toBe(gaps.byline !== undefined ? gaps.byline : (exp.byline ?? null));
    if (exp.byline) expect(result.bylineSource).toBe('page');
    if (exp.bylineMeta) expect({ byline: result.byline, source: result.bylineSource }).toEqual({ byline: exp.bylineMeta, source: 'meta' });
    expect(result.published).toBe(exp.published);
  });

  if (exp.alternates) {
    it('links the other-language versions of the story', () => {
      expect(result.alternates).toEqual(exp.alternates);
    });
  }

  it('keeps every story block, in order, and nothing else', () => {
    expect(storyShown(c, result.paragraphs).map(norm)).toEqual(expectedBody(c).map(norm));
    for (const extra of gaps.extraBlocks ?? []) expect(result.paragraphs.map(norm)).toContain(norm(extra));
  });

  it('shows none of the clutter', () => {
    expect(clutterFound(result.paragraphs, exp)).toEqual(gaps.leaks ?? []);
    // the clean HTML carries no page markup that could restyle or act: no classes, styles, handlers, forms
    expect(result.html).not.toMatch(/<(script|form|button|input|iframe|aside|nav)\b|\s(class|style|on\w+)=/i);
  });

  it('renders the same story from its HTML (the reader and the popup sanitize and parse it again)', () => {
    const win = domOf('<!doctype html><body></body>', exp.url).window as unknown as Window;
    const body = sanitizeToBody(result.html, win, { baseUrl: exp.url });
    expect(body.innerHTML).toBe(result.html);
    expect(blockTexts(body)).toEqual(result.paragraphs);
  });

  it('counts words and reading time', () => {
    expect(result.wordCount).toBeGreaterThan(20);
    expect(result.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  if (exp.quotes) {
    it('finds every quote with its speaker', () => {
      // A known extra quote is asserted found, and left out of the comparison.
      const extra = (gaps.extraQuotes ?? []).map(norm);
      expect(result.quotes.map((q) => norm(q.text))).toEqual(expect.arrayContaining(extra));
      const got = result.quotes
        .filter((q) => !extra.includes(norm(q.text)))
        .map((q) => ({ text: norm(q.text), speaker: q.speaker?.name ?? null, kind: q.kind }));
      const want = exp.quotes!.map((q) => ({ text: norm(q.text), speaker: gaps.speakers && q.text in gaps.speakers ? gaps.speakers[q.text] : q.speaker, kind: q.kind }));
      expect(got).toEqual(want);
    });
  }
});
