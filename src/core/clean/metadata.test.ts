import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { StoryKeeper } from './keeper';
import { dropHeadline, readMetadata } from './metadata';
import { findLandmarks } from './root';

const tmt = compiledProfile(TMT_PROFILE);

function read(body: string, head = '', lang = 'en') {
  const doc = new JSDOM(`<head>${head}</head><body><article class="article">${body}</article></body>`).window.document;
  const copy = doc.querySelector('article')!;
  const marks = findLandmarks(copy, tmt.story);
  const keeper = new StoryKeeper(copy, marks.pieces);
  return { copy, keeper, meta: readMetadata(doc, copy, marks, keeper, true, lang) };
}

/** Without the profile's markup: the metadata of the copy `#id`, which is left as dropHeadline leaves it. */
function readByMarkup(doc: Document, id = 'c') {
  const copy = doc.getElementById(id)!;
  const marks = findLandmarks(copy, tmt.storyByMarkup);
  const keeper = new StoryKeeper(copy, marks.pieces);
  const { titleEl, headLines, ...meta } = readMetadata(doc, copy, marks, keeper, false, 'en');
  dropHeadline(copy, titleEl, false, keeper, headLines);
  return { copy, meta };
}

const header = '<header class="article__header"><h1>Headline</h1><h2>The standfirst.</h2></header>';
const byline = (names: string[], time = '') =>
  `<div class="article__byline byline">${names.map((n) => `<a class="byline__author__name">${n}</a>`).join(', ')}${time}</div>`;

describe('metadata: what the story is called, who wrote it and when', () => {
  it('reads the title, standfirst and authors joined as the page shows them', () => {
    const { meta } = read(header + byline(['Anna', 'Boris', 'Anna', 'Clara']));
    expect(meta).toMatchObject({ title: 'Headline', standfirst: 'The standfirst.', byline: 'Anna, Boris and Clara' });
    expect(read(header + byline(['Анна', 'Борис']), '', 'ru').meta.byline).toBe('Анна и Борис');
  });

  it('reads an author link that names an author among other words ("More stories by A", an author box\'s) as no name', () => {
    const box = '<div><p>Anna Volkova writes about the North.</p><a href="/author/anna-volkova">More stories by Anna Volkova</a></div>';
    const doc = new JSDOM(`<body><div id="c"><h1>Headline</h1><div>By <a href="/author/anna-volkova">Anna Volkova</a></div><p>Story.</p>${box}</div></body>`).window.document;
    expect(readByMarkup(doc).meta.byline).toBe('Anna Volkova');
  });

  it('without the profile\'s author markup, reads a short "By …" line right after the headline (its links, else its words)', () => {
    const meta = '<meta name="author" content="Someone Else">';
    const linked = '<div class="head"><h1>Headline</h1><div class="dek">The standfirst.</div><div class="who">By <a href="/authors/1">Anna Petrova</a> and <a href="/authors/2">Boris Lund</a></div></div>';
    expect(read(linked, meta).meta).toMatchObject({ byline: 'Anna Petrova and Boris Lund', bylineSource: 'page' });
    expect(read('<h1>Headline</h1><p>Автор: Анна Петрова</p><p>Story.</p>', '', 'ru').meta).toMatchObject({ byline: 'Анна Петрова', bylineSource: 'page' });
    // A sentence that starts with "By", a line far below the headline, or one before it are not bylines.
    const story = '<h1>Headline</h1><p>By Tuesday, Anna Petrova had left the city.</p><p>One.</p><p>Two.</p><p>Three.</p><p>By Boris Lund</p>';
    expect(read(story, meta).meta).toMatchObject({ byline: 'Someone Else', bylineSource: 'meta' });
    expect(read('<p>By Anna Petrova</p><h1>Headline</h1>', meta).meta.bylineSource).toBe('meta');
  });

  it('reads the datetime, not the visible date, and prefers the page metadata when the datetime has no zone', () => {
    const zoned = '<time class="byline__datetime" datetime="2026-03-31T13:40:00+02:00">2 hours ago</time>';
    expect(read(header + byline(['A'], zoned)).meta.published).toBe('2026-03-31T13:40:00+02:00');
    const bare = '<time class="byline__datetime" datetime="2026-03-31T13:40">x</time>';
    const meta = '<meta property="article:published_time" content="2026-03-31T13:40:00+02:00">';
    expect(read(header + byline(['A'], bare), meta).meta.published).toBe('2026-03-31T13:40:00+02:00');
  });

  it('takes no author or date from inside the story (a live post a byline left open swallowed)', () => {
    const post = '<div class="article__content"><div class="article__block--html"><a class="byline__author__name">Post author</a><p>Text.</p></div></div>';
    expect(read(header + byline(['Anna']) + post).meta.byline).toBe('Anna');
  });

  it('falls back to og:title, and takes the headline out of the story', () => {
    expect(read('<p>x</p>', '<meta property="og:title" content="From meta">').meta.title).toBe('From meta');
    const { copy, keeper, meta } = read(header + '<p>Story.</p>');
    dropHeadline(copy, meta.titleEl, true, keeper);
    expect(copy.querySelector('h1')).toBeNull();
    expect(copy.textContent).toContain('Story.');
  });
});

describe('metadata fallbacks: the byline the page shows, else the authors its metadata names', () => {
  const emptyByline = '<div class="article__byline byline"><div class="byline__author"> </div></div>';
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const article = (author: unknown) => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', author });
  const metaAuthor = (v: string) => `<meta name="author" content="${v}">`;
  const articleAuthor = (v: string) => `<meta property="article:author" content="${v}">`;

  it('the names the page shows win over its metadata, and say so', () => {
    const { meta } = read(header + byline(['Anna Petrova']), metaAuthor('The Moscow Times') + ld(article({ '@type': 'Organization', name: 'Org' })));
    expect(meta).toMatchObject({ byline: 'Anna Petrova', bylineSource: 'page' });
  });

  it('an empty author line falls back to the JSON-LD author (an Organization), marked as metadata', () => {
    const { meta } = read(header + emptyByline, metaAuthor('Meta Name') + ld(article({ '@type': 'Organization', name: 'The Moscow Times' })));
    expect(meta).toMatchObject({ byline: 'The Moscow Times', bylineSource: 'meta' });
  });

  it('reads every JSON-LD author, from an array or an @graph, joined in the story language', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, article([{ '@type': 'Person', name: 'Анна Петрова' }, 'Иван Сидоров'])] };
    expect(read(header + emptyByline, ld(graph), 'ru').meta).toMatchObject({ byline: 'Анна Петрова и Иван Сидоров', bylineSource: 'meta' });
    const list = [{ '@type': 'BreadcrumbList' }, article({ '@type': 'Person', name: 'Jane  Roe' })];
    expect(read(header + emptyByline, ld(list)).meta.byline).toBe('Jane Roe');
  });

  it('without a JSON-LD author: meta author, then article:author when it is a name, never an address', () => {
    expect(read(header + emptyByline, ld(article(undefined)) + metaAuthor('Meta Name')).meta).toMatchObject({ byline: 'Meta Name', bylineSource: 'meta' });
    expect(read(header + emptyByline, metaAuthor('https://example.com/me') + articleAuthor('Art Author')).meta.byline).toBe('Art Author');
    expect(read(header + emptyByline, articleAuthor('https://www.facebook.com/someone') + ld(article('https://example.com/author/x'))).meta).toMatchObject({
      byline: null,
      bylineSource: null,
    });
  });

  it('broken JSON-LD says nothing and the next source is read', () => {
    const broken = '<script type="application/ld+json">{"author": {"name": "Broken"</script>';
    expect(read(header + emptyByline, broken + metaAuthor('Meta Name')).meta.byline).toBe('Meta Name');
  });
});

describe('metadata fallbacks: the published date', () => {
  const time = '<time class="byline__datetime" datetime="2026-03-31T13:40:00+02:00">today</time>';
  const meta = '<meta property="article:published_time" content="2026-03-30T09:00:00+02:00">';
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  const ldDate = ld({ '@graph': [{ '@type': 'Organization', name: 'X' }, { '@type': 'NewsArticle', datePublished: '2026-03-29T08:00:00+03:00' }] });

  it('time@datetime first, then article:published_time, then JSON-LD datePublished (also inside an @graph)', () => {
    expect(read(header + byline(['A'], time), meta + ldDate).meta.published).toBe('2026-03-31T13:40:00+02:00');
    expect(read(header + byline(['A']), meta + ldDate).meta.published).toBe('2026-03-30T09:00:00+02:00');
    expect(read(header + byline(['A']), ldDate).meta.published).toBe('2026-03-29T08:00:00+03:00');
    expect(read(header + byline(['A'])).meta.published).toBeNull();
  });

  it("the article's date, not another JSON-LD object's listed before it", () => {
    const first = ld([{ '@type': 'WebSite', datePublished: '2001-01-01T00:00:00Z' }, { '@type': 'NewsArticle', datePublished: '2026-03-29T08:00:00+03:00' }]);
    expect(read(header + byline(['A']), first).meta.published).toBe('2026-03-29T08:00:00+03:00');
  });

  it('without the profile\'s markup, takes the byline line and date-only lines after the headline out of the story', () => {
    const doc = new JSDOM(
      '<body><div id="c"><h1>Kiosks Cleared</h1><div>25 February 2011</div><div><b>By Dmitry Zotov</b></div><div>City News — Friday, Feb. 25, 2011 | Issue 4586</div>' +
        '<div>Moscow on 25 February 2011 ordered kiosks removed.</div><div>25 February 2011</div></div></body>',
    ).window.document;
    const { copy, meta } = readByMarkup(doc);
    expect(meta).toMatchObject({ byline: 'Dmitry Zotov', bylineSource: 'page' });
    // A sentence with a date stays, and so does a date line beyond the headline's reach.
    expect(Array.from(copy.children, (c) => c.textContent)).toEqual(['Moscow on 25 February 2011 ordered kiosks removed.', '25 February 2011']);
  });

  it('without the profile\'s markup, reads a byline whose author\'s role follows on its own line or after a slash, and a print issue\'s date line', () => {
    const doc = new JSDOM(
      '<body><div id="c"><h1>Casino Owners Count Down</h1><div>Friday, March 14, 2008. Issue 3860. Page 1.</div>' +
        '<div>By Anton Belsky<br><span>Staff Writer</span></div><p>Story opens here.</p><p>Page 1 of the report is missing.</p></div>' +
        '<div id="d"><h1>Prokhorov Sells Stake</h1><div>By Nadia Popova / Staff Writer</div><p>Story.</p></div></body>',
    ).window.document;
    const { copy, meta } = readByMarkup(doc);
    expect(meta).toMatchObject({ byline: 'Anton Belsky', bylineSource: 'page' });
    expect(Array.from(copy.children, (el) => el.textContent)).toEqual(['Story opens here.', 'Page 1 of the report is missing.']);
    expect(readByMarkup(doc, 'd').meta).toMatchObject({ byline: 'Nadia Popova', bylineSource: 'page' });
  });

  it('without the profile\'s markup, also takes out the kicker right before the headline, a date line with its last edit and a line of tools', () => {
    const doc = new JSDOM(
      '<body><div id="c"><div>Open letter</div><h1>A Letter</h1><div>Mar. 05 2015 19:45 Last edited 19:50</div>' +
        '<div><a href="#">Print</a> | <a href="#">Email</a> <span>A A A</span></div><div>See <a href="#">this</a> and <a href="#">that</a>.</div><div>Story opens here.</div>' +
        '<div>Updated: the ministry replied.</div></div><div id="d"><div>The ministry replied on Friday.</div><h1>B</h1><div>Text.</div></div></body>',
    ).window.document;
    const lines = (id: string) => Array.from(readByMarkup(doc, id).copy.children, (c) => c.textContent);
    // (A line with links and words of its own stays.)
    expect(lines('c')).toEqual(['See this and that.', 'Story opens here.', 'Updated: the ministry replied.']);
    // A sentence before the headline is not its kicker.
    expect(lines('d')).toEqual(['The ministry replied on Friday.', 'Text.']);
  });

  it('without the profile\'s markup, keeps the headline\'s box when it holds text longer than a head (a box left open)', () => {
    const long = 'The museum was the only camp preserved as such, and its founders ran it for twenty years. '.repeat(10);
    const doc = new JSDOM(`<body><div id="c"><div class="rubric">Open letter<h1>A Letter</h1><div>${long}</div></div></div></body>`).window.document;
    const { copy } = readByMarkup(doc);
    expect(copy.textContent).toContain(long);
    expect(copy.querySelector('h1')).toBeNull();
  });

  it('without the profile\'s markup, reads and takes out a byline box after the headline\'s own box (names, a date, share links)', () => {
    const doc = new JSDOM(
      '<head><meta property="article:published_time" content="2020-01-01T00:00:00Z"></head><body><div id="c"><div class="k1"><h1>Kiosks Cleared</h1><h2>Standfirst.</h2></div>' +
        '<div class="k2"><div class="k3"><div class="k4">By <span>Dmitry Zotov</span></div><time datetime="2011-02-25T10:00:00+03:00">25 February 2011</time></div>' +
        '<div class="k5"><a href="https://www.facebook.com/sharer/sharer.php?u=x"><i></i></a></div></div>' +
        '<div class="k6"><p>Moscow ordered kiosks removed on <time datetime="2011-02-24">Thursday</time>.</p><p>Owners protested.</p></div></div></body>',
    ).window.document;
    const { copy, meta } = readByMarkup(doc);
    expect(meta).toMatchObject({ byline: 'Dmitry Zotov', bylineSource: 'page', published: '2011-02-25T10:00:00+03:00' });
    expect(copy.textContent).toBe('Moscow ordered kiosks removed on Thursday.Owners protested.');
  });

  it('without the profile\'s markup, reads the standfirst under the headline in its box, or the block after it that is the page\'s description', () => {
    const read = (head: string, body: string) => {
      const { copy, meta } = readByMarkup(new JSDOM(`<head>${head}</head><body><div id="c">${body}</div></body>`).window.document);
      return { standfirst: meta.standfirst, story: copy.textContent };
    };
    const story = '<div><p>Flights resumed at noon.</p><p>Airlines warned of delays.</p></div>';
    // In the headline's box: a short kicker and a date are not the standfirst.
    expect(read('', `<div class="k1"><h1>Airports Halt Flights</h1><div>Drones</div><div>20 November 2026</div><h2>Hundreds of flights were delayed or canceled.</h2></div>${story}`))
      .toEqual({ standfirst: 'Hundreds of flights were delayed or canceled.', story: 'Flights resumed at noon.Airlines warned of delays.' });
    // After the headline: the block whose text is the page's description, and a date line above the headline, go.
    const described = '<meta property="og:description" content="Moscow is also closing the British Council.">';
    expect(read(described, `<div><div>News — March 17, 2018</div><h1>Diplomats Expelled</h1><div class="k2">Moscow is also closing the British Council.</div><p>Russia will expel 23 diplomats.</p><p>London protested.</p></div>`))
      .toEqual({ standfirst: 'Moscow is also closing the British Council.', story: 'Russia will expel 23 diplomats.London protested.' });
    // A paragraph that repeats the description is the story's first paragraph: it stays.
    const lede = '<meta name="description" content="Russia will expel 23 diplomats.">';
    expect(read(lede, '<div><h1>Diplomats Expelled</h1><p>Russia will expel 23 diplomats.</p><p>London protested.</p></div>'))
      .toEqual({ standfirst: null, story: 'Russia will expel 23 diplomats.London protested.' });
  });
});
