/**
 * Every vector of the XSS corpus, placed inside a story paragraph of a real TMT article, through the sanitizer
 * alone and through the whole extraction pipeline: nothing that can run, load or clobber may come out, and the
 * story must still be there. (The end-to-end test renders the same pages in real browsers.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../src/core/sanitize';
import { readArticle } from '../../src/core/index';
import { END_MARKER, balanced, injectVectors, loadArticle, loadVectors, norm, quiet, storyTemplate } from '../fixtures/xss/inject';

const vectors = loadVectors();
const article = loadArticle();
const story = storyTemplate(article);
// The story paragraphs that are inside the story part (all but those the template may leave out).
const storyText = norm(JSDOM.fragment(story.before + story.after).textContent ?? '');
const storyBody = article.body.filter((p) => storyText.includes(p));
const host = new JSDOM('<!doctype html><body></body>');
const win = host.window as unknown as Window;
afterAll(() => host.window.close());

const ALLOWED_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'a', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr', 'code', 'pre', 'q', 'cite', 'small', 'span',
  'time', 'abbr', 'mark', 'del', 'ins', 'div', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'img',
]);
const ALLOWED_ATTRS = new Set([
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'lang', 'dir', 'datetime', 'width', 'height', 'colspan',
  'rowspan', 'scope', 'start', 'reversed', 'rel', 'target', 'referrerpolicy', 'loading', 'decoding',
]);

/** Every way the sanitized HTML could still run, load or clobber something; [] when it is clean. */
function problems(html: string): string[] {
  const out: string[] = [];
  const frag = JSDOM.fragment(html);
  const all = Array.from(frag.querySelectorAll('*'));
  for (const el of all) {
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`foreign element ${tag}`);
    if (!ALLOWED_TAGS.has(tag)) out.push(`element <${tag}>`);
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) out.push(`handler ${name} on <${tag}>`);
      if (!ALLOWED_ATTRS.has(name)) out.push(`attribute ${name} on <${tag}>`);
      if (['href', 'src', 'srcset'].includes(name) && /^\s*(https?:)?\/\/canary\.test/i.test(a.value)) out.push(`canary URL in ${name}`);
      if (name === 'srcset' && /(^|,\s*)(https?:)?\/\/canary\.test/i.test(a.value)) out.push('canary URL in srcset');
    }
    const href = el.getAttribute('href');
    if (href !== null && !/^(https?:\/\/[^\s]|mailto:)/i.test(href)) out.push(`href ${JSON.stringify(href)}`);
    const src = el.getAttribute('src');
    if (src !== null && !/^https?:\/\/[^\s]/i.test(src)) out.push(`src ${JSON.stringify(src)}`);
    const srcset = el.getAttribute('srcset');
    if (srcset !== null) {
      for (const c of srcset.split(/,\s+/)) if (!/^https?:\/\/\S+( \d+(\.\d+)?[wx])?$/.test(c)) out.push(`srcset candidate ${c}`);
    }
    if (tag === 'a' && href !== null) {
      if (el.getAttribute('rel') !== 'noopener noreferrer') out.push('link without rel=noopener noreferrer');
      if (el.getAttribute('target') !== '_blank') out.push('link without target=_blank');
    }
  }
  for (const bad of ['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'svg', 'math', 'style', 'link', 'template']) {
    if (frag.querySelector(bad)) out.push(`has <${bad}>`);
  }
  if (frag.querySelector('[style],[id],[name],[class],[srcdoc],[formaction],[action],[ping],[background],[poster]')) {
    out.push('forbidden attribute present');
  }
  // A string that parses to something else when parsed again is the stuff of mutation XSS.
  const again = JSDOM.fragment(html);
  const holder = host.window.document.createElement('div');
  holder.append(again);
  if (holder.innerHTML !== html) out.push('output is not stable under re-parsing');
  if (sanitizeHtml(html, win) !== html) out.push('a second sanitizing pass changes the output');
  return out;
}

function textOf(html: string): string {
  return norm(JSDOM.fragment(html).textContent ?? '');
}

describe(`XSS corpus (${vectors.length} vectors)`, () => {
  it('has at least 150 distinct vectors across the families, each with its source', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(vectors.map((v) => v.vector)).size).toBe(vectors.length);
    const families = new Set(vectors.map((v) => v.family));
    for (const f of ['tag', 'attribute', 'url-scheme', 'svg', 'mathml', 'mxss', 'dom-clobbering', 'css', 'meta', 'base', 'srcdoc', 'template', 'noscript', 'comment', 'encoding']) {
      expect(families, f).toContain(f);
    }
    for (const v of vectors) expect(v.source.length, `source of ${v.id}`).toBeGreaterThan(5);
  });

  it('the checker itself catches what it should (it is not vacuous)', () => {
    expect(problems('<p onclick="x()">a</p>')).not.toEqual([]);
    expect(problems('<a href="javascript:x()">a</a>')).not.toEqual([]);
    expect(problems('<svg><a></a></svg>')).not.toEqual([]);
    expect(problems('<img src="data:image/png,AA">')).not.toEqual([]);
    expect(problems('<p id="x">a</p>')).not.toEqual([]);
    expect(problems('<p>ok <a href="https://e.test/" rel="noopener noreferrer" target="_blank">x</a></p>')).toEqual([]);
  });
});

describe('sanitizeHtml on every vector inside a TMT article', () => {
  it('the story part of the article holds its paragraphs', () => {
    expect(storyBody.length).toBeGreaterThan(article.body.length / 2);
  });

  it.each(vectors.map((v) => [v.id, v.family, v] as const))('vector %i (%s)', (_id, _family, v) => {
    const html = story.before + balanced(v.vector) + story.after;
    for (const images of [true, false]) {
      const out = sanitizeHtml(html, win, { images, baseUrl: article.url });
      expect(problems(out), v.vector).toEqual([]);
      if (!images) expect(out).not.toContain('<img');
      const text = textOf(out);
      // The paragraph that carried the vector keeps its own words, up to the end marker after the vector.
      expect(text).toContain(article.body[0]);
      expect(text).toContain(END_MARKER);
      for (const para of storyBody.slice(1)) expect(text).toContain(para);
    }
  });
});

// The whole pipeline costs a page parse and a Readability run: vectors go in batches, each parsed on its own
// inside the same story paragraph; a problem names its vector through the id in its canary URL.
const BATCH = 24;
const batches: { from: number; to: number; vs: typeof vectors }[] = [];
for (let i = 0; i < vectors.length; i += BATCH) {
  const vs = vectors.slice(i, i + BATCH);
  batches.push({ from: vs[0]!.id, to: vs[vs.length - 1]!.id, vs });
}

describe('readArticle on every vector inside a TMT article page', () => {
  it.each(batches)('vectors $from-$to', ({ vs }) => {
    const dom = new JSDOM(injectVectors(article, vs.map((v) => v.vector)), { url: article.url, virtualConsole: quiet() });
    try {
      const r = readArticle(dom.window.document, article.url);
      expect(r.isArticle).toBe(true);
      expect(problems(r.html)).toEqual([]);
      if (r.leadImage) expect(r.leadImage.src).toMatch(/^https?:\/\//);
      // The story is all there: the paragraph that carried the vectors starts with its own words, the marker
      // after them survives (a block-level vector, e.g. a table, closes the paragraph in the page itself), the
      // other paragraphs are whole.
      const paras = r.paragraphs.map(norm);
      expect(paras.some((p) => p.startsWith(article.body[0]!)), 'injected paragraph').toBe(true);
      expect(paras.some((p) => p.endsWith(END_MARKER)), 'text after the vectors').toBe(true);
      for (const para of article.body.slice(1)) expect(paras).toContain(para);
    } finally {
      dom.window.close();
    }
  }, 120_000);
});
