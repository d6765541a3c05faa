import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { prepareSanitizer, sanitizeHtml, sanitizeInPlace } from '../../src/core/sanitize';

const win = new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
const clean = (html: string, opts?: Parameters<typeof sanitizeHtml>[2]) => sanitizeHtml(html, win, opts);
const dom = (html: string) => JSDOM.fragment(html);

describe('sanitizeHtml: allow-list', () => {
  it('keeps article structure and text', () => {
    const html =
      '<h2>Sub</h2><p>One <em>two</em> <strong>three</strong> <q>four</q></p><ul><li>a</li></ul>' +
      '<blockquote><p>quoted</p></blockquote><table><tbody><tr><td colspan="2">cell</td></tr></tbody></table>' +
      '<p><time datetime="2025-01-02T03:04:05+03:00">Jan 2</time><br><sub>x</sub><sup>y</sup></p>';
    expect(clean(html)).toBe(html);
  });

  it('drops scripts, styles, forms, frames, embeds, base, meta, svg, math with their content', () => {
    const out = clean(
      '<p>keep</p><script>alert(1)</script><style>p{}</style><form><input name=a><button>b</button></form>' +
        '<iframe src="https://x.test/"></iframe><object data="x"></object><embed src="x"><base href="https://evil.test/">' +
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><svg><script>alert(1)</script></svg>' +
        '<math><mi>x</mi></math><template><p>t</p></template><noscript><p>ns</p></noscript>',
    );
    expect(out).toBe('<p>keep</p>');
  });

  it('removes id, name, class, style, data-*, aria-* and event handlers', () => {
    const out = clean(
      '<p id="x" name="y" class="tmt-close" style="color:red" data-a="1" aria-label="z" role="button" onclick="alert(1)">t</p>',
    );
    expect(out).toBe('<p>t</p>');
  });

  it('removes comments', () => {
    expect(clean('<p>a<!-- hidden --></p>')).toBe('<p>a</p>');
  });

  // DOMPurify removes a whole element with no child element when both its text and its HTML read as markup: a
  // comment inside a paragraph that writes a tag out as text must not cost the paragraph.
  it.each([
    ['a comment', '<!-- note -->'],
    ['a conditional comment with a script in it', '<!--[if gte IE 4]><SCRIPT>alert(1)</SCRIPT><![endif]-->'],
    ['a bogus comment', '<?xml-stylesheet href="x.css"?>'],
    ['two comments', '<!-- a --><!---->'],
  ])('keeps a paragraph that writes a tag out as text and holds %s', (_what, comment) => {
    for (const text of ['Filters strip &lt;script&gt; tags', 'The &lt;/p&gt; closes it, the &lt;b&gt; one']) {
      const html = `<p>${text} before ${comment} and after.</p>`;
      const want = `<p>${text} before  and after.</p>`;
      expect(clean(html)).toBe(want);
      const root = win.document.createElement('div');
      root.append(JSDOM.fragment(html));
      expect(sanitizeInPlace(root, win).innerHTML).toBe(want);
      // In place, deeper in the story too (the comments go before the walk, at every depth).
      const deep = win.document.createElement('div');
      deep.append(JSDOM.fragment(`<blockquote><!-- x --><div>${html}</div></blockquote>`));
      expect(sanitizeInPlace(deep, win).innerHTML).toBe(`<blockquote><div>${want}</div></blockquote>`);
    }
  });

  it('still removes an element whose raw text holds markup', () => {
    expect(clean('<p>keep</p><noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>')).toBe('<p>keep</p>');
  });
});

describe('sanitizeHtml: links', () => {
  it('keeps http(s) and mailto links and makes them open safely', () => {
    const f = dom(clean('<a href="https://example.com/a?b=1">x</a><a href="mailto:a@b.c">m</a>'));
    const [a, m] = Array.from(f.querySelectorAll('a'));
    expect(a!.getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(a!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a!.getAttribute('target')).toBe('_blank');
    expect(m!.getAttribute('href')).toBe('mailto:a@b.c');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java&#x0A;script:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abc/popup.html',
    'ftp://example.com/',
    '//evil.test/x',
    '/relative',
    '#frag',
  ])('drops the href %j (the text stays)', (href) => {
    const f = dom(clean(`<p><a href="${href}" target="_self" rel="opener">text</a></p>`));
    const a = f.querySelector('a')!;
    expect(a.hasAttribute('href')).toBe(false);
    expect(a.hasAttribute('target')).toBe(false);
    expect(a.hasAttribute('rel')).toBe(false);
    expect(f.textContent).toBe('text');
  });

  it('resolves relative links against baseUrl when given', () => {
    const f = dom(clean('<a href="/2025/01/01/x-a1">x</a>', { baseUrl: 'https://www.themoscowtimes.com/news' }));
    expect(f.querySelector('a')!.getAttribute('href')).toBe('https://www.themoscowtimes.com/2025/01/01/x-a1');
  });

  it('overrides a page-supplied rel/target', () => {
    const f = dom(clean('<a href="https://e.test/" target="_top" rel="opener">x</a>'));
    expect(f.querySelector('a')!.getAttribute('target')).toBe('_blank');
    expect(f.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('sanitizeHtml: images', () => {
  it('keeps http(s) images with safe srcset, no referrer, lazy', () => {
    const f = dom(
      clean(
        '<figure><img src="https://static.themoscowtimes.com/a.jpg" srcset="https://s.test/a-1.jpg 1x, javascript:alert(1) 2x, https://s.test/a,3.jpg 3x, data:image/png;base64,AA 4x" alt="A" width="800" height="big"><figcaption>Cap</figcaption></figure>',
      ),
    );
    const img = f.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://static.themoscowtimes.com/a.jpg');
    expect(img.getAttribute('srcset')).toBe('https://s.test/a-1.jpg 1x');
    expect(img.getAttribute('alt')).toBe('A');
    expect(img.getAttribute('width')).toBe('800');
    expect(img.hasAttribute('height')).toBe(false);
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(f.querySelector('figcaption')!.textContent).toBe('Cap');
  });

  it.each(['data:image/svg+xml,<svg onload=alert(1)>', 'javascript:alert(1)', 'blob:https://x/1', '/a.jpg', ''])(
    'removes an image whose only source is %j',
    (src) => {
      expect(clean(`<p>a<img src="${src}">b</p>`)).toBe('<p>ab</p>');
    },
  );

  it('removes every image when images are off, and empty figures with them', () => {
    const out = clean(
      '<figure><img src="https://s.test/a.jpg"></figure><figure><img src="https://s.test/b.jpg"><figcaption>Cap</figcaption></figure><p>t<img src="https://s.test/c.jpg"></p>',
      { images: false },
    );
    expect(out).toBe('<figure><figcaption>Cap</figcaption></figure><p>t</p>');
  });
});

describe('sanitizeHtml: properties', () => {
  it('is idempotent (it runs again at every render boundary)', () => {
    const inputs = [
      '<p><a href="https://e.test/">x</a><img src="https://s.test/a.jpg" srcset="https://s.test/b.jpg 2x"></p>',
      '<ol start="3" reversed><li lang="ru" dir="ltr">x</li></ol>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ];
    for (const html of inputs) {
      const once = clean(html);
      expect(clean(once)).toBe(once);
    }
  });

  it('works with several windows and keeps per-call options separate', () => {
    const other = new JSDOM('').window as unknown as Window;
    expect(sanitizeHtml('<img src="https://s.test/a.jpg">', other, { images: false })).toBe('');
    expect(clean('<img src="https://s.test/a.jpg">')).toContain('<img');
  });

  it('accepts non-string junk without throwing', () => {
    expect(clean(undefined as unknown as string)).toBe('');
    expect(clean('\u0000\uFFFD<p>x')).toContain('<p>x</p>');
  });
});

describe('prepareSanitizer', () => {
  it('sets up a window ahead of use without changing what either mode keeps, with or without images', () => {
    const html = '<figure><img src="https://static.themoscowtimes.com/a.jpg" alt="a"><figcaption>c</figcaption></figure><p onclick="x()">t</p>';
    const results = (w: Window) => {
      const root = w.document.createElement('div');
      root.innerHTML = html;
      return [sanitizeHtml(html, w), sanitizeHtml(html, w, { images: false }), sanitizeInPlace(root, w).innerHTML];
    };
    const fresh = new JSDOM('<!doctype html><body></body>').window as unknown as Window;
    const prepared = new JSDOM('<!doctype html><body></body>').window as unknown as Window;
    prepareSanitizer(prepared);
    expect(results(prepared)).toEqual(results(fresh));
    expect(results(prepared)[0]).toContain('<img');
    expect(results(prepared)[1]).not.toContain('<img');
  });
});
