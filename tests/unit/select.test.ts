/** The one-walk selector matcher must remove exactly what querySelectorAll would find. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSelectors, elementsByTag, queryAll, queryEach, queryFirst, removeMatching, selectorList } from '../../src/core/select';
import { TMT_PROFILE } from '../../src/sites/tmt';
import { domOf, FIXTURE_ROOT, loadCases } from './helpers/fixtures';

const DROP = TMT_PROFILE.drop.flatMap((g) => g.selectors);
/** The profile's selector lists as strings. */
const d = Object.fromEntries(
  Object.entries({ ...TMT_PROFILE.page, ...TMT_PROFILE.story }).flatMap(([k, v]) => (typeof v === 'object' && 'css' in v ? [[k, v.css]] : [])),
) as Record<keyof typeof TMT_PROFILE.story | 'articleRoot', string>;

describe('compiled drop selectors', () => {
  it.each(loadCases().map((c) => [c.name, c] as const))('match what querySelectorAll matches on %s', (_n, c) => {
    const doc = domOf(c.html, c.expected.url).window.document;
    const compiled = compileSelectors(DROP);
    const expected = new Set(doc.querySelectorAll(DROP.join(',')));
    const got = Array.from(doc.querySelectorAll('*')).filter((el) => compiled.matches(el));
    expect(got.length).toBe(expected.size);
    for (const el of got) expect(expected.has(el)).toBe(true);
  });

  it.each(loadCases().map((c) => [c.name, c] as const))('find what querySelectorAll finds for the profile\'s selectors on %s', (_n, c) => {
    const doc = domOf(c.html, c.expected.url).window.document;
    const lists = [
      d.articleRoot, d.title, `${d.title} ~ h2, [class*="standfirst"]`, d.author, d.published, d.leadFigure,
      `${d.leadCaption}, ${d.captions}`, `${d.leadCredit}, ${d.credits}`, d.body, d.figures, d.captions, d.bodyEnd,
      d.storyBlock, d.credits, 'meta[property="article:published_time"]', 'meta[property="og:title"]', 'h1',
      'body > div p + p', 'p ~ p a', 'div > div > div', 'html h1', 'p:not([class*="standfirst"]) + p', 'div:not(.article__block--html) p', 'time[datetime]',
    ];
    const root = doc.querySelector(d.articleRoot) ?? doc.body;
    for (const list of lists) {
      const compiled = compileSelectors(selectorList(list));
      for (const scope of [doc, root] as const) {
        expect(queryAll(scope, compiled), list).toEqual(Array.from(scope.querySelectorAll(list)));
        expect(queryFirst(scope, compiled), list).toBe(scope.querySelector(list));
      }
    }
  });

  it('match combinators right to left, trying every candidate', () => {
    const doc = domOf(
      '<div class="h"><h1>t</h1><p>x</p><h2>1</h2></div><div><div class="h"><span><h1>u</h1></span></div><h2>2</h2><h1>v</h1><p>y</p><h2>3</h2><svg><a href="#x"><text>z</text></a></svg><a href="#y">w</a></div>',
      'https://example.org/',
    ).window.document;
    for (const s of ['.h h1 ~ h2', '.h > h1', 'div h1 + p + h2', 'div > div span h1', 'h1 ~ p ~ h2', 'div.h span > h1', 'a', 'p, a, svg', 'span a[href]']) {
      const m = compileSelectors([s]);
      expect(Array.from(doc.querySelectorAll('*')).filter((e) => m.matches(e)), s).toEqual(Array.from(doc.querySelectorAll(s)));
    }
  });

  it('supports the selector forms of the profile, and falls back to matches() for the rest', () => {
    const doc = domOf('<div><p class="a b" data-x="yes-no">1</p><section class="x__section">2</section><span class="x__section">3</span><ul><li>4</li></ul></div>', 'https://example.org/').window.document;
    const m = compileSelectors(['p.a.b[data-x^="yes"]', '[class*="__section"]:not(section)', 'ul > li']);
    expect(Array.from(doc.querySelectorAll('*')).filter((e) => m.matches(e)).map((e) => e.textContent)).toEqual(['1', '3', '4']);
  });

  it.each(loadCases().map((c) => [c.name, c] as const))('answer several lists in one walk as querySelectorAll does for each, on %s', (_n, c) => {
    const doc = domOf(c.html, c.expected.url).window.document;
    const lists = [d.body, d.title, 'h1', `${d.title} ~ h2, [class*="standfirst"]`, d.author, d.published, d.leadFigure, d.bodyEnd, DROP.join(',')];
    const root = doc.querySelector(d.articleRoot) ?? doc.body;
    const got = queryEach(root, lists.map((l) => compileSelectors(selectorList(l))));
    lists.forEach((l, i) => expect(got[i], l).toEqual(Array.from(root.querySelectorAll(l))));
  });

  it('removes matches and everything inside them, leaving the rest in order', () => {
    const html = readFileSync(path.join(FIXTURE_ROOT, 'tmt/seed-syria-2013/source.html'), 'utf8');
    const doc = domOf(html, 'https://www.themoscowtimes.com/').window.document;
    const root = doc.querySelector('article.article') as Element;
    removeMatching(root, compileSelectors(['.social', '.article__block--article', 'section[y-name="banner"]']));
    expect(root.querySelector('.social, .article__block--article, section[y-name="banner"]')).toBeNull();
    expect(root.querySelectorAll('.article__block--html p').length).toBe(20);
  });
});

describe('elementsByTag', () => {
  it('gives what getElementsByTagName gives, in order, including elements named like its own properties', () => {
    // An element with id "length" or name "item" is what a live collection's named lookup would find.
    const dom = domOf('<div><a id="length">1</a><p><a name="item">2</a></p><a>3</a><b><a>4</a></b></div>', 'https://example.org/');
    const div = dom.window.document.querySelector('div')!;
    expect(elementsByTag(div, 'a').map((a) => a.textContent)).toEqual(['1', '2', '3', '4']);
    expect(elementsByTag(div, 'a')).toEqual(Array.from(div.querySelectorAll('a')));
    expect(elementsByTag(div, 'table')).toEqual([]);
  });
});

/**
 * A browser's own querySelectorAll answers when it is native: jsdom's is JavaScript, so here a node is given a
 * prototype whose methods are proxies of jsdom's that count their calls (V8 shows a proxy's source as
 * "[native code]", as it does a browser's method).
 */
describe('the native selector engine', () => {
  const LISTS = ['p', 'div.box p + p', '.box, h1'];
  const html = '<!doctype html><div class="box"><h1>t</h1><p>1</p><p>2</p></div><p>3</p>';
  function withNativeMethods(node: Element | Document): { calls: string[] } {
    const calls: string[] = [];
    const proto = Object.getPrototypeOf(node) as { querySelectorAll: (s: string) => unknown; querySelector: (s: string) => unknown };
    const all = proto.querySelectorAll;
    const one = proto.querySelector;
    const fake = Object.create(proto) as object;
    const counted = (name: string, f: (s: string) => unknown) =>
      new Proxy(f, { apply: (target, self, args: [string]) => (calls.push(`${name} ${args[0]}`), Reflect.apply(target, self, args)) });
    Object.defineProperty(fake, 'querySelectorAll', { value: counted('all', all) });
    Object.defineProperty(fake, 'querySelector', { value: counted('one', one) });
    Object.setPrototypeOf(node, fake);
    return { calls };
  }

  it('answers for a whole page as the compiled checks do, with one native call per list', () => {
    const doc = domOf(html, 'https://example.org/').window.document;
    const expected = LISTS.map((l) => Array.from(doc.querySelectorAll(l)));
    const { calls } = withNativeMethods(doc);
    LISTS.forEach((l, i) => {
      expect(queryAll(doc, compileSelectors(selectorList(l))), l).toEqual(expected[i]);
      expect(queryFirst(doc, compileSelectors(selectorList(l))), l).toBe(expected[i]![0] ?? null);
    });
    expect(calls).toEqual(LISTS.flatMap((l) => [`all ${l}`, `one ${l}`]));
  });

  it("answers under an element too (the story's copy, whose document is reused), with one native call per list", () => {
    const doc = domOf(html, 'https://example.org/').window.document;
    const box = doc.body;
    const expected = LISTS.map((l) => Array.from(box.querySelectorAll(l)));
    const { calls } = withNativeMethods(box);
    expect(queryEach(box, LISTS.map((l) => compileSelectors(selectorList(l))))).toEqual(expected);
    LISTS.forEach((l, i) => expect(queryAll(box, compileSelectors(selectorList(l))), l).toEqual(expected[i]));
    expect(calls).toEqual([...LISTS.map((l) => `all ${l}`), ...LISTS.map((l) => `all ${l}`)]);
  });

  it('removes what the walk removes, keeps what it keeps, with the story moved out of a match first', () => {
    // Unclosed markup: the story's blocks (.piece) inside a teaser box (.drop) that swallowed them, a match inside.
    const markup = '<!doctype html><main><p>a</p><div class="drop"><span>x</span><div class="piece"><p>b</p><i class="drop">y</i></div>' +
      '<div class="drop"><b class="piece">c</b></div></div><p class="drop">z</p><p>d</p></main>';
    const run = (native: boolean) => {
      const doc = domOf(markup, 'https://example.org/').window.document;
      const root = doc.querySelector('main')!;
      const { calls } = native ? withNativeMethods(root) : { calls: [] as string[] };
      const kept: Element[] = [];
      const beforeRemove = (el: Element) => {
        for (const piece of Array.from(el.querySelectorAll(':scope > .piece, :scope > div > .piece')).reverse()) el.after(piece);
      };
      removeMatching(root, compileSelectors(['.drop']), { beforeRemove, kept });
      return { html: root.innerHTML, kept: kept.map((e) => e.outerHTML), calls };
    };
    const walked = run(false);
    const native = run(true);
    expect(walked.html).toBe('<p>a</p><div class="piece"><p>b</p></div><b class="piece">c</b><p>d</p>');
    expect(native.html).toBe(walked.html);
    expect(native.kept).toEqual(walked.kept);
    expect(native.calls).toEqual(['all .drop']);
  });

  it('is not asked in a quirks-mode page, whose class selectors ignore case (the compiled checks do not)', () => {
    const doc = domOf('<div class="Box"><p>1</p></div>', 'https://example.org/').window.document;
    expect(doc.compatMode).toBe('BackCompat');
    const { calls } = withNativeMethods(doc);
    expect(queryAll(doc, compileSelectors(['.Box p']))).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it("is read from the prototype, so an element named like the method cannot stand in for it", () => {
    const doc = domOf('<!doctype html><img name="querySelectorAll"><form name="querySelector"></form><p>1</p>', 'https://example.org/').window.document;
    const { calls } = withNativeMethods(doc);
    expect(queryAll(doc, compileSelectors(['p'])).map((p) => p.textContent)).toEqual(['1']);
    expect(queryFirst(doc, compileSelectors(['p']))?.textContent).toBe('1');
    expect(calls).toEqual(['all p', 'one p']);
  });
});
