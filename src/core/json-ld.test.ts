import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bylineOrganizations, jsonLdOrganizationAuthors } from './json-ld';
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

describe('JSON-LD authors that are organisations', () => {
  const ld = (author: unknown) =>
    page(`<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', author })}</script>`);

  it('Organization and its subtypes, by name or schema.org address, alone or among persons', () => {
    for (const type of ['Organization', 'NewsMediaOrganization', 'GovernmentOrganization', 'https://schema.org/Corporation', 'schema:NGO', ['Thing', 'Organization']]) {
      expect(jsonLdOrganizationAuthors(ld({ '@type': type, name: 'Acme Wire' })), JSON.stringify(type)).toEqual(['Acme Wire']);
    }
    expect(jsonLdOrganizationAuthors(ld([{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Organization', name: 'Acme Wire' }]))).toEqual(['Acme Wire']);
  });

  it('persons, bare names and untyped objects are not organisations', () => {
    for (const author of [{ '@type': 'Person', name: 'Ann Lee' }, 'Acme Wire', { name: 'Acme Wire' }, { '@type': 'Organizationally', name: 'X' }]) {
      expect(jsonLdOrganizationAuthors(ld(author)), JSON.stringify(author)).toEqual([]);
    }
  });

  it('the generic reader lists them with a metadata byline', () => {
    const r = readStory(ld([{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'NewsMediaOrganization', name: 'Acme Wire' }]));
    expect(r).toMatchObject({ byline: expect.stringContaining('Acme Wire'), bylineSource: 'meta', bylineOrganizations: ['Acme Wire'] });
  });
});

describe('a page read again after its JSON-LD changed', () => {
  it('is read as it is now (a live page replaces its JSON-LD, e.g. when infinite scroll moves to the next story)', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Acme Wire"}}</script>');
    expect(jsonLdOrganizationAuthors(doc)).toEqual(['Acme Wire']);
    const script = doc.querySelector('script')!;
    script.textContent = '{"@type":"NewsArticle","author":{"@type":"Organization","name":"Beta News"}}';
    expect(jsonLdOrganizationAuthors(doc)).toEqual(['Beta News']);
    script.remove();
    expect(jsonLdOrganizationAuthors(doc)).toEqual([]);
  });
});

describe('bylineOrganizations: the JSON-LD\'s organisations and the site\'s known agencies a byline names', () => {
  it('finds a listed agency as whole words, in the byline\'s order and script; the JSON-LD\'s person stays a person', () => {
    const none = new JSDOM('<head></head>').window.document;
    expect(bylineOrganizations(none, 'Иван Петров, Интерфакс и ТАСС', ['ТАСС', 'Интерфакс'])).toEqual(['Интерфакс', 'ТАСС']);
    expect(bylineOrganizations(none, 'Пресс-служба Совнаркома ТАССР', ['ТАСС'])).toEqual([]);
    const person = new JSDOM('<head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Interfax"}}</script></head>').window.document;
    expect(bylineOrganizations(person, 'Interfax', ['Interfax'])).toEqual([]);
  });
});


describe('broken JSON-LD', () => {
  const raw = (json: string) => page(`<script type="application/ld+json">${json}</script>`);

  it('a block with a comma before a closing bracket says nothing; the page\'s other blocks still do', () => {
    const broken = '{"@type":"WebSite","url":"https://example.org/",}';
    const good = '{"@type":"NewsArticle","author":{"@type":"Organization","name":"Acme Wire"}}';
    expect(jsonLdOrganizationAuthors(raw('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Acme Wire"},}'))).toEqual([]);
    expect(jsonLdOrganizationAuthors(raw('{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Acme Wire"},\n ]}'))).toEqual([]);
    const both = page(`<script type="application/ld+json">${broken}</script><script type="application/ld+json">${good}</script>`);
    expect(jsonLdOrganizationAuthors(both)).toEqual(['Acme Wire']);
  });

  it('a comma and a bracket inside a string, escaped quotes included, are text: the block is read', () => {
    expect(jsonLdOrganizationAuthors(raw('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Acme, ] Wire"}}'))).toEqual(['Acme, ] Wire']);
    expect(jsonLdOrganizationAuthors(raw('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Acme \\"Wire, }\\" \\\\"}}'))).toEqual(['Acme "Wire, }" \\']);
  });
});
