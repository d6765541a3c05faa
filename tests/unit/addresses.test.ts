/**
 * Every address scheme The Moscow Times has used, as a table: real-looking addresses of each era in both languages,
 * the pages around them that are not articles, and look-alike hosts. Pages are minimal on purpose: an address a
 * rule knows is decided by the address (the markup of 2016-18 or of the pre-2016 archive site is not today's); an
 * address on a TMT host that no rule knows is decided by the page's markup, and the reason says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, siteAddress, urlRule } from '../../src/core/detect';
import { TMT_PROFILE } from '../../src/sites';
import { domOf } from './helpers/fixtures';

/** Today's template: article root, headline, byline with a date. */
const currentMarkup = `<!doctype html><html><body class="article-item"><article y-use="article.IsIntersecting">
  <article class="article"><header class="article__header"><h1>Headline</h1></header>
  <div class="article__byline byline"><time class="byline__datetime" datetime="2026-03-31T10:00:00+02:00">March 31</time></div>
  <div class="article__content"><div class="article__block article__block--html"><p>Text.</p></div></div></article>
  </article></body></html>`;
/** Root and headline, but no dated byline: not enough to call an unknown address an article. */
const undatedMarkup = `<!doctype html><html><body><article class="article"><header class="article__header"><h1>Headline</h1></header>
  <div class="article__content"><p>Text.</p></div></article></body></html>`;
/** No markup of any era: a heading and a paragraph. */
const plainMarkup = '<!doctype html><html><body><h1>Something</h1><p>Text.</p></body></html>';

const detect = (url: string, html = plainMarkup) => detectPage(domOf(html, url).window.document, url);

type Row = [url: string, lang: 'en' | 'ru', kind: RegExp];

// Articles, decided by the address alone (the page is `plainMarkup`).
const articles: Row[] = [
  // today's scheme, English
  ['https://www.themoscowtimes.com/2026/03/31/kremlin-rebuffs-zelenskys-easter-ceasefire-proposal-a92387', 'en', /article/],
  ['https://themoscowtimes.com/2014/03/12/today-in-history-march-12-a32880/', 'en', /article/],
  ['http://www.themoscowtimes.com/2022/04/29/ukraine-as-its-happening-a76553?utm_source=rss#live', 'en', /article/],
  ['https://WWW.TheMoscowTimes.com/2023/10/20/why-is-climate-change-not-on-the-agenda-in-russia-a82834', 'en', /article/],
  // dated addresses without -a<id>
  ['https://www.themoscowtimes.com/2018/07/30/germany-extradites-cocaine-smuggling-suspect-russia', 'en', /article/],
  ['https://themoscowtimes.com/2019/02/15/pulling-strings-for-fun-and-profit/', 'en', /article/],
  // the 2020 Russian service under the English host
  ['https://www.themoscowtimes.com/ru/2020/07/16/britaniya-obvinila-rossiiskih-hakerov-v-atakah-na-razrabotchikov-vaktsini-a117315', 'ru', /article/],
  ['https://themoscowtimes.com/ru/2020/11/03/vibori-v-ssha-a118902/', 'ru', /article/],
  ['https://www.themoscowtimes.com/RU/2020/07/16/bez-nomera-statya', 'ru', /article/],
  // 2016-18 English schemes
  ['https://themoscowtimes.com/news/russia-says-23-british-diplomats-have-one-week-to-leave-60848', 'en', /article/],
  ['https://www.themoscowtimes.com/articles/with-russia-putin-presidential-elections-ksenia-sobchak-has-already-moved-on-60832', 'en', /article/],
  ['https://themoscowtimes.com/photogalleries/95-years-of-pioneers-58045', 'en', /article/],
  // archive articles (1994-2017 material) and their old .html addresses
  ['https://www.themoscowtimes.com/archive/waiting-for-vladimir-putin', 'en', /archive article/],
  ['https://www.themoscowtimes.com/news/article/waiting-for-vladimir-putin/265882.html', 'en', /archive article/],
  // the site before 2009: one numbered story per issue day
  ['http://www.themoscowtimes.com/stories/2006/05/11/042.html', 'en', /archive article/],
  ['http://themoscowtimes.com/stories/2008/03/14/041.html', 'en', /archive article/],
  // the pre-2016 archive site
  ['http://old.themoscowtimes.com/sitemap/free/2014/1/article/netherlands-extradites-russian-accused-of-overseeing-shipments-of-cocaine-stashed-in-bananas/492579.html', 'en', /archive article/],
  ['https://old.themoscowtimes.com/sitemap/free/1999/12/article/yeltsin-resigns/281234.html', 'en', /archive article/],
  ['http://old.themoscowtimes.com/news/article/waiting-for-vladimir-putin/265882.html', 'en', /archive article/],
  // sponsored MT+
  ['https://www.themoscowtimes.com/plus/some-campaign/a-sponsored-story', 'en', /sponsored/],
  // the Russian service on its own hosts
  ['https://ru.themoscowtimes.com/2025/11/01/kriptobirzha-bybit-a179044', 'ru', /article/],
  ['https://ru.themoscowtimes.com/2026/04/01/putin-sobralsya-a191424/', 'ru', /article/],
  ['https://www.moscowtimes.ru/2024/12/19/v-otkritii-dostup-popali-dannie-klientov-pochti-rossii-na-26-millionov-strok-a150935', 'ru', /article/],
  ['https://moscowtimes.ru/2022/12/28/blagodarstvennoe-pismo-izdatelya-the-moscow-times-a29777', 'ru', /article/],
];

// Pages of TMT hosts that are not articles, with what they are (the page has today's article markup: the address wins).
const notArticles: Array<[url: string, lang: 'en' | 'ru', why: RegExp]> = [
  ['https://www.themoscowtimes.com/', 'en', /home page/],
  ['https://www.themoscowtimes.com/news', 'en', /section/],
  ['https://themoscowtimes.com/news/18', 'en', /section/],
  ['https://www.themoscowtimes.com/opinion/', 'en', /section/],
  ['https://www.themoscowtimes.com/tag/ukraine-war', 'en', /tag/],
  ['https://www.themoscowtimes.com/author/felix-light', 'en', /author/],
  ['https://www.themoscowtimes.com/contribute?utm_source=contribute', 'en', /donation/],
  ['https://www.themoscowtimes.com/info/about-us', 'en', /information/],
  ['https://themoscowtimes.com/issues/5800', 'en', /site page/],
  ['https://www.themoscowtimes.com/2026/03/31/story-a92387/pdf', 'en', /PDF/],
  ['https://www.themoscowtimes.com/all/92380', 'en', /site page/],
  ['https://www.themoscowtimes.com/archive', 'en', /archive index/],
  ['https://www.themoscowtimes.com/plus/some-campaign', 'en', /campaign/],
  ['https://www.themoscowtimes.com/rss/news', 'en', /site page/],
  ['https://themoscowtimes.com/feeds/main.xml', 'en', /site page/],
  ['https://www.themoscowtimes.com/ru', 'ru', /home page/],
  ['https://www.themoscowtimes.com/ru/', 'ru', /home page/],
  ['https://www.themoscowtimes.com/ru/news', 'ru', /section/],
  ['https://www.themoscowtimes.com/ru/tag/koronavirus', 'ru', /tag/],
  ['https://www.themoscowtimes.com/ru/author/darya-smirnova', 'ru', /author/],
  ['http://old.themoscowtimes.com/', 'en', /home page/],
  ['http://old.themoscowtimes.com/sitemap/', 'en', /archive index/],
  ['http://old.themoscowtimes.com/sitemap/free/2014.html', 'en', /archive index/],
  ['http://old.themoscowtimes.com/sitemap/free/1992/12/2.html', 'en', /archive index/],
  ['https://ru.themoscowtimes.com/', 'ru', /home page/],
  ['https://ru.themoscowtimes.com/opinion', 'ru', /section/],
  ['https://www.moscowtimes.ru/rss/news', 'ru', /site page/],
  ['https://moscowtimes.ru/author/aleksandr-gubskii', 'ru', /author/],
];

// Look-alikes: other hosts, including ones that contain a TMT host name. They get the generic reader.
const lookAlikes = [
  'https://themoscowtimes.com.evil.example/2026/03/31/x-a92387',
  'https://evil-themoscowtimes.com/2026/03/31/kremlin-rebuffs-a92387',
  'https://notthemoscowtimes.com/news/russia-says-23-british-diplomats-have-one-week-to-leave-60848',
  'https://www.themoscowtimes.co/2026/03/31/kremlin-rebuffs-a92387',
  'https://www.themoscowtimes.com.ru/2026/03/31/kremlin-rebuffs-a92387',
  'https://www.themoscowtimes.com@evil.example/2026/03/31/kremlin-rebuffs-a92387',
  'https://ru.themoscowtimes.com.example.org/2025/11/01/kriptobirzha-bybit-a179044',
  'https://moscowtimes.ru.example.org/2022/12/28/pismo-a29777',
  'http://old.themoscowtimes.com.example/sitemap/free/2014/1/article/x/492579.html',
  'https://oldthemoscowtimes.com/sitemap/free/2014/1/article/x/492579.html',
  'https://static.themoscowtimes.com/image/article_1360/5c/lavrov.jpg',
  'https://example.com/2026/03/31/story-a92387',
  'https://example.com/ru/2020/07/16/statya-a117315',
];

describe('address schemes: articles by their address alone, in both languages', () => {
  it.each(articles)('%s', (url, lang, kind) => {
    const d = detect(url);
    expect(d.site?.id).toBe('tmt');
    expect(d.isArticle, d.reason).toBe(true);
    expect(d.lang).toBe(lang);
    expect(d.reason).toMatch(kind);
    expect(d.reason).toMatch(/address/);
  });

  it('names the 2020 Russian service by its own site name; its language is Russian although the host is English', () => {
    const d = detect('https://www.themoscowtimes.com/ru/2020/07/16/britaniya-obvinila-rossiiskih-hakerov-a117315');
    expect(d.reason).toMatch(/^The Moscow Times in Russian article/);
    expect(d.lang).toBe('ru');
    expect(detect('https://www.themoscowtimes.com/2020/07/16/russian-hackers-a70917').reason).not.toMatch(/in Russian/);
    // Only a whole path segment is the prefix.
    expect(siteAddress('https://www.themoscowtimes.com/russia-news')?.lang).toBe('en');
    expect(siteAddress('https://ru.themoscowtimes.com/ru/x')?.path).toBe('/ru/x');
  });

  it('the same address with today\'s markup says the address and the markup agree', () => {
    expect(detect('https://themoscowtimes.com/news/russia-says-23-british-diplomats-60848', currentMarkup).reason).toMatch(/agree/);
  });

  it('the archive site\'s own scheme counts on its own host only', () => {
    const path = '/sitemap/free/2014/1/article/x/492579.html';
    expect(urlRule(TMT_PROFILE, path, 'old.themoscowtimes.com')?.article).toBe(true);
    expect(urlRule(TMT_PROFILE, path, 'www.themoscowtimes.com')).toBeNull();
    expect(detect(`https://www.themoscowtimes.com${path}`).isArticle).toBe(false);
  });
});

describe('address schemes: pages of TMT hosts that are not articles say what they are', () => {
  it.each(notArticles)('%s', (url, lang, why) => {
    const d = detect(url, currentMarkup);
    expect(d.site?.id).toBe('tmt');
    expect(d.isArticle, d.reason).toBe(false);
    expect(d.lang).toBe(lang);
    expect(d.reason).toMatch(why);
    expect(d.reason).toMatch(/not an article/);
  });
});

describe('an address on a TMT host that no rule knows: the markup decides, and the reason says so', () => {
  it.each([
    'https://www.themoscowtimes.com/stories/some-new-route',
    'https://ru.themoscowtimes.com/longread/kak-zhivet-region',
    'https://www.themoscowtimes.com/ru/longread/kak-zhivet-region',
    'http://old.themoscowtimes.com/special/olympics-2014/index.php',
  ])('%s', (url) => {
    const yes = detect(url, currentMarkup);
    expect(yes.isArticle, yes.reason).toBe(true);
    expect(yes.reason).toMatch(/address is not one TMT Reader knows/);
    expect(yes.reason).toMatch(/markup/);
    for (const html of [plainMarkup, undatedMarkup]) {
      const no = detect(url, html);
      expect(no.isArticle, no.reason).toBe(false);
      expect(no.reason).toMatch(/address is not one TMT Reader knows/);
      expect(no.reason).toMatch(/markup/);
    }
  });
});

describe('look-alikes are not Moscow Times pages', () => {
  it.each(lookAlikes)('%s', (url) => {
    const d = detect(url, currentMarkup);
    expect(d.site).toBeNull();
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/Not a Moscow Times page/);
  });
});

describe('a page with no web address (a saved copy that recorded none): its markup decides', () => {
  it.each(['file:///tmp/page.html', 'about:blank'])('%s', (url) => {
    const d = detect(url, currentMarkup);
    expect(d.site?.name).toBe('The Moscow Times');
    expect(d.isArticle).toBe(true);
    expect(d.reason).toMatch(/by the page's markup.*does not say its address/);
    const plain = detect(url, plainMarkup);
    expect(plain.site).toBeNull();
    expect(plain.reason).toMatch(/Not a Moscow Times page/);
  });
});

describe('the table and the profile cover the same ground', () => {
  const hostsOf = (rows: Array<[string, ...unknown[]]>) => new Set(rows.map(([u]) => new URL(u).hostname.toLowerCase()));

  it('articles and non-articles on every host of the profile, in both languages', () => {
    for (const { host } of TMT_PROFILE.hosts) {
      expect(hostsOf(articles), host).toContain(host);
      expect(hostsOf(notArticles), host).toContain(host);
    }
    expect(articles.filter((r) => r[1] === 'ru').length).toBeGreaterThanOrEqual(6);
    expect(notArticles.filter((r) => r[1] === 'ru').length).toBeGreaterThanOrEqual(6);
  });

  it('every example of every path service is read in its language, under its name', () => {
    for (const service of TMT_PROFILE.pathServices) {
      for (const url of service.examples) {
        const a = siteAddress(url);
        expect(a, url).not.toBeNull();
        expect(service.hosts).toContain(a!.host);
        expect(a!.lang, url).toBe(service.lang);
        expect(a!.name, url).toBe(service.name);
      }
    }
  });

  it('the extension runs on exactly the profile\'s hosts (the manifest\'s content-script matches)', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../manifest.json'), 'utf8')) as {
      content_scripts: Array<{ matches: string[] }>;
    };
    const matched = manifest.content_scripts.flatMap((c) => c.matches).map((m) => /^\*:\/\/([^/]+)\/\*$/.exec(m)?.[1]);
    expect(new Set(matched)).toEqual(new Set(TMT_PROFILE.hosts.map((h) => h.host)));
  });
});
