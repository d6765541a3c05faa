/** Detection by address and markup: which Moscow Times pages are articles, and why not. */
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../src/core/detect';
import { domOf } from './helpers/fixtures';

const articleMarkup = `<!doctype html><html><body class="article-item"><article y-use="article.IsIntersecting">
  <article class="article"><header class="article__header"><h1>Headline</h1></header>
  <div class="article__content"><div class="article__block article__block--html"><p>Text.</p></div></div></article>
  </article></body></html>`;
const plainMarkup = '<!doctype html><html><body><h1>Something</h1><p>Text.</p></body></html>';

const detect = (url: string, html = articleMarkup) => detectPage(domOf(html, url).window.document, url);

describe('article addresses on every Moscow Times host', () => {
  it.each([
    'https://www.themoscowtimes.com/2026/03/31/kremlin-rebuffs-zelenskys-easter-ceasefire-proposal-a92387',
    'https://themoscowtimes.com/2014/03/12/today-in-history-march-12-a32880/',
    'http://www.themoscowtimes.com/2022/04/29/ukraine-as-its-happening-a76553',
    'https://ru.themoscowtimes.com/2025/11/01/kriptobirzha-bybit-a179044',
    'https://www.moscowtimes.ru/2024/12/19/v-otkritii-dostup-popali-dannie-a150935',
    'https://moscowtimes.ru/2022/12/28/blagodarstvennoe-pismo-izdatelya-the-moscow-times-a29777',
    'https://www.themoscowtimes.com/archive/waiting-for-vladimir-putin',
    'https://www.themoscowtimes.com/plus/some-campaign/a-sponsored-story',
  ])('%s is an article', (url) => {
    const d = detect(url);
    expect(d.isArticle).toBe(true);
    expect(d.site?.id).toBe('tmt');
    expect(d.reason).toMatch(/article/i);
  });

  it('gives the language by host, not by article id', () => {
    expect(detect('https://ru.themoscowtimes.com/2025/08/14/x-a171592').lang).toBe('ru');
    expect(detect('https://www.moscowtimes.ru/2025/08/14/x-a85000').lang).toBe('ru');
    expect(detect('https://www.themoscowtimes.com/2025/08/14/x-a171592').lang).toBe('en');
  });

  it('still calls a dated article address an article when its markup changed, and says so', () => {
    const d = detect('https://www.themoscowtimes.com/2026/10/01/new-layout-a94000', plainMarkup);
    expect(d.isArticle).toBe(true);
    expect(d.reason).toMatch(/markup has changed/);
  });
});

describe('JSON-LD as markup evidence', () => {
  // Every way schema.org lets a page write its objects: alone, in an array, or in "@graph" (WordPress/Yoast).
  const ldPage = (json: object, bodyClass = '') =>
    `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(json)}</script></head>`
    + `<body class="${bodyClass}"><h1>Something</h1><p>Text.</p></body></html>`;
  const news = { '@type': 'NewsArticle', headline: 'Headline' };
  const others = [{ '@type': 'WebPage' }, { '@type': 'BreadcrumbList' }];
  const url = 'https://www.themoscowtimes.com/2026/10/01/new-layout-a94000';

  it.each([
    ['alone', news],
    ['in an array', [...others, news]],
    ['in @graph', { '@context': 'https://schema.org', '@graph': [...others, news] }],
  ])('a NewsArticle object %s confirms the article address, and outweighs a list page body class', (_, json) => {
    expect(detect(url, ldPage(json)).reason).toMatch(/address and the page's markup agree/);
    expect(detect(url, ldPage(json, 'article-index')).isArticle).toBe(true);
  });

  it('a @graph of other types is no evidence: the list page body class decides', () => {
    const json = { '@context': 'https://schema.org', '@graph': others };
    expect(detect(url, ldPage(json)).reason).toMatch(/markup has changed/);
    const d = detect(url, ldPage(json, 'article-index'));
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/list of articles/);
  });
});

describe('pages that are not articles say what they are', () => {
  it.each([
    ['https://www.themoscowtimes.com/', /home page/],
    ['https://www.themoscowtimes.com/news', /section/],
    ['https://www.themoscowtimes.com/opinion/18', /section/],
    ['https://www.themoscowtimes.com/tag/ukraine-war', /tag/],
    ['https://www.themoscowtimes.com/author/felix-light', /author/],
    ['https://www.themoscowtimes.com/contribute', /donation/],
    ['https://www.themoscowtimes.com/contribute?utm_source=contribute', /donation/],
    ['https://www.themoscowtimes.com/info/about-us', /information/],
    ['https://www.themoscowtimes.com/page/moscow-times', /information/],
    ['https://www.themoscowtimes.com/podcasts', /list/],
    ['https://www.themoscowtimes.com/search?q=putin', /site page/],
    ['https://www.themoscowtimes.com/newsletters', /site page/],
    ['https://www.themoscowtimes.com/2026/03/31/story-a92387/pdf', /PDF/],
    ['https://ru.themoscowtimes.com/', /home page/],
  ])('%s', (url, why) => {
    const d = detect(url);
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(why);
    expect(d.reason).toMatch(/not an article/);
  });

  it('trusts a list page body class over an article-like address', () => {
    const html = '<html><body class="article-index"><div class="article-excerpt-default"><a href="/2024/07/10/x-a85677">x</a></div></body></html>';
    const d = detect('https://www.themoscowtimes.com/2024/07/10/x-a85677', html);
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/list of articles/);
  });

  it('recognises an article by its markup under an unknown address (root, headline and a dated byline)', () => {
    const dated = articleMarkup.replace('</header>', '</header><div class="article__byline"><time datetime="2026-03-31T10:00:00+02:00">March 31</time></div>');
    expect(detect('https://www.themoscowtimes.com/stories/some-new-route', dated).isArticle).toBe(true);
    expect(detect('https://www.themoscowtimes.com/stories/some-new-route', articleMarkup).isArticle).toBe(false);
    expect(detect('https://www.themoscowtimes.com/stories/some-new-route', plainMarkup).isArticle).toBe(false);
  });
});

describe('other sites', () => {
  it.each(['https://example.com/2026/03/31/story-a92387', 'https://themoscowtimes.com.evil.example/2026/03/31/x-a1', 'file:///tmp/page.html'])(
    '%s is not a Moscow Times page',
    (url) => {
      const d = detect(url);
      expect(d.site).toBeNull();
      expect(d.isArticle).toBe(false);
      expect(d.reason).toMatch(/Not a Moscow Times page/);
    },
  );
});
