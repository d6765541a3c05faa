import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readStory } from './read';

const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: rivers shape the land they cross, carrying silt to the sea, and towns grow where water is near.</p>`).join('');
const page = (head: string, byline = '') =>
  new JSDOM(`<html lang="en"><head><title>Rivers</title>${head}</head><body><article><h1>Rivers</h1>${byline}${prose}</article></body></html>`, {
    url: 'https://example.org/2025/05/01/rivers',
  }).window.document;

describe('the generic reader says where its byline came from', () => {
  it("'meta' when the byline is what the JSON-LD or meta author names", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","author":[{"@type":"Person","name":"Ann Lee"}]}]}</script>';
    const r = readStory(page(ld), 'https://example.org/2025/05/01/rivers');
    expect(r).toMatchObject({ isArticle: true, byline: 'Ann Lee', bylineSource: 'meta' });
    expect(readStory(page('<meta name="author" content="Bob Ray">')).bylineSource).toBe('meta');
  });

  it("'page' for a byline only the page shows; no source without a byline", () => {
    const r = readStory(page('', '<p class="byline">By Cy Young</p>'), 'https://example.org/2025/05/01/rivers');
    expect(r.byline).toMatch(/Cy Young/);
    expect(r.bylineSource).toBe('page');
    const none = readStory(page(''), 'https://example.org/2025/05/01/rivers');
    expect(none.byline).toBeNull();
    expect(none.bylineSource).toBeUndefined();
  });
});
