import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { bodyParts, copyStory, currentArticleRoot, findStoryRoot, storyRootByMarkup } from './root';

const tmt = compiledProfile(TMT_PROFILE);
const A = 'https://www.themoscowtimes.com/2024/01/02/first-a1';
const B = 'https://www.themoscowtimes.com/2024/01/03/second-a2';
const article = (url: string, text: string) =>
  `<article y-use="article.IsIntersecting"><div class="article-container" data-article-url="${url}"><article class="article"><div class="article__content"><p>${text}</p></div></article></div></article>`;
const page = (html: string, url = A) => new JSDOM(`<body>${html}</body>`, { url }).window.document;

describe('root: the current story of the page', () => {
  it('is the article whose own URL is the page\'s (infinite scroll appended another and changed the URL)', () => {
    const doc = page(article(A, 'first') + article(B, 'second'), B);
    expect(currentArticleRoot(doc, B, tmt)?.textContent).toBe('second');
    expect(currentArticleRoot(doc, `${A}/`, tmt)?.textContent).toBe('first');
  });

  it('is the first article when no article claims the URL', () => {
    const doc = page(article(A, 'first') + article(B, 'second'));
    expect(currentArticleRoot(doc, 'https://www.themoscowtimes.com/elsewhere', tmt)?.textContent).toBe('first');
  });

  it('is found by its markup after a redesign: the <article> holding the headline, else the box with most prose', () => {
    expect(storyRootByMarkup(page('<nav>x</nav><article id="s"><h1>T</h1><p>text</p></article>'))?.id).toBe('s');
    const prose = page('<div id="outer"><div id="s"><div><h1>T</h1></div><p>long story text here</p><p>more</p></div><p>x</p></div>');
    expect(storyRootByMarkup(prose)?.id).toBe('s');
    expect(storyRootByMarkup(page('<p>no headline</p>'))).toBeNull();
    // An empty <h1> before the headline (a page's markup, or injected inside MathML) is no headline.
    expect(storyRootByMarkup(page('<math><mtext><h1></h1></mtext></math><h1> </h1><article id="s"><h1>T</h1><p>text</p></article>'))?.id).toBe('s');
    // Nor does an empty one beside the headline make the headline's region smaller: the region is the page's.
    const injected = page(`<div id="s"><h1></h1><div><h1>T</h1></div><p>${'Story text. '.repeat(20)}</p><p>More.</p></div><div id="side"><p>x</p></div>`);
    expect(storyRootByMarkup(injected)?.id).toBe('s');
  });

  it('is found by its long runs of text when the story has no <p> (each paragraph a <div>), not by links or short lines', () => {
    const para = (n: number) => `<div>Paragraph ${n} of the letter, long enough to be prose and not a label, a link or a comment's byline.</div>`;
    const comments = '<div id="comments"><div>14 comments</div><div>Thank you.</div></div>';
    const side = `<div id="side"><a href="/x">${'A long headline of another story in the sidebar, written as a link. '.repeat(3)}</a></div>`;
    const doc = page(`<div id="main"><div id="s"><div>Rubric</div><h1>T</h1>${para(1)}${para(2)}${para(3)}</div>${comments}</div>${side}`);
    expect(storyRootByMarkup(doc)?.id).toBe('s');
    // A stray <p> outside the story (a sidebar's) does not decide for a page whose prose is not in <p>s.
    const stray = page(`<div id="wrap"><div id="s"><h1>T</h1>${para(1)}${para(2)}${para(3)}</div><div id="side"><p>Get the briefing.</p></div></div>`);
    expect(storyRootByMarkup(stray)?.id).toBe('s');
  });

  it('takes the story\'s later parts: roots of the same article (its address\'s holder), never another loaded article', () => {
    const parts = `<article y-use="article.IsIntersecting"><div class="article-container" data-article-url="${A}">` +
      '<article class="article"><div class="article__content"><p>one</p></div></article>' +
      '<article class="article"><div class="article__content"><p>two</p></div></article>' +
      '<article class="article"><div class="article__content"><p>three</p></div></article></div></article>';
    const doc = page(parts + article(B, 'next'));
    const found = findStoryRoot(doc, A, tmt)!;
    expect([found.root, ...found.parts].map((r) => r.textContent)).toEqual(['one', 'two', 'three']);
    expect(copyStory(doc, found.root, 'en', found.parts).copy.textContent).toBe('onetwothree');
    expect(findStoryRoot(doc, B, tmt)).toMatchObject({ parts: [] });
    expect(findStoryRoot(page(article(A, 'first') + article(B, 'second')), A, tmt)!.parts).toEqual([]);
  });

  it('after a redesign, with stories appended by infinite scroll, is the story whose headline links to the page\'s address', () => {
    const story = (id: string, slug: string) => `<article id="${id}"><h1><a href="/2024/06/25/${slug}">T</a></h1><p>a</p><p>b</p></article>`;
    const doc = page(story('first', 'one-a1') + story('second', 'two-a2/') + story('third', 'three-a3'));
    expect(storyRootByMarkup(doc, 'https://www.themoscowtimes.com/2024/06/25/two-a2')?.id).toBe('second');
    // No headline links to the address: the first story, as before.
    expect(storyRootByMarkup(doc, 'https://www.themoscowtimes.com/elsewhere')?.id).toBe('first');
    // Without <article>s: the box around its headline that holds most of the prose of its own region (the stories
    // are alike in length, so most of the page's prose is in none of them).
    const box = (id: string, slug: string) =>
      `<div id="${id}"><div><h1><a href="/2024/06/25/${slug}">T</a></h1></div><div><p>${'Story text. '.repeat(20)}</p><p>More.</p></div></div>`;
    const divs = page(`<div id="feed">${box('first', 'one-a1')}<div class="appeal"><p>Support us.</p></div>${box('second', 'two-a2')}</div>`);
    expect(storyRootByMarkup(divs, 'https://www.themoscowtimes.com/2024/06/25/two-a2')?.id).toBe('second');
  });

  it('says whether the profile knew it, and gives the selectors to use', () => {
    expect(findStoryRoot(page(article(A, 'x')), A, tmt)).toMatchObject({ known: true, sel: tmt.story });
    expect(findStoryRoot(page('<article><h1>T</h1></article>'), A, tmt)).toMatchObject({ known: false, sel: tmt.storyByMarkup });
  });

  it('reads the outermost body containers only, or the whole copy when there is none', () => {
    const doc = page('<div id="c"><div class="article__intro">i</div><div class="article__content"><div class="article__content">x</div></div></div>');
    const copy = doc.getElementById('c')!;
    expect(bodyParts(copy, tmt.story).map((b) => b.textContent)).toEqual(['i', 'x']);
    const bare = page('<div id="c"><p>x</p></div>').getElementById('c')!;
    expect(bodyParts(bare, tmt.story)).toEqual([bare]);
  });
});

describe('root: the story document', () => {
  it('is reused by the reads of one window, holding only the current copy: nothing of the last read stays', () => {
    const doc = new JSDOM('<body></body>', { url: A }).window.document;
    const rootOf = (text: string) => {
      doc.body.innerHTML = article(A, text);
      return doc.querySelector('article.article') as Element;
    };
    const one = copyStory(doc, rootOf('first'), 'en');
    one.story.title = 'First';
    one.story.body.append(one.story.createElement('aside'), 'left over');
    const two = copyStory(doc, rootOf('second'), 'ru');
    expect(two.story).toBe(one.story);
    expect(two.story.body.textContent).toBe('second');
    expect(two.story.body.children).toHaveLength(1);
    expect(two.story.title).toBe('');
    expect(two.story.documentElement.getAttribute('lang')).toBe('ru');
  });
});
