// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';
import type { Quote, ReadResult } from '../../src/core/types';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { articleToMarkdown, citation, formatDate, storyToMarkdown } from '../../src/ui/format';
import { clearHighlights, highlightQuote, mapParagraphs } from '../../src/ui/highlight';
import { translator, uiLang } from '../../src/ui/i18n';
import { applySettings, renderArticle } from '../../src/ui/render';

const URL_ = 'https://www.themoscowtimes.com/2013/02/25/syria-says-ready-to-talk-with-armed-opposition-a21771';

/** A quote located in a paragraph by searching for its words (offsets are never typed by hand). */
function quoteIn(paragraphs: string[], p: number, text: string, speaker: Quote['speaker'], kind: Quote['kind'] = 'direct'): Quote {
  const start = paragraphs[p]!.indexOf(text);
  if (start < 0) throw new Error(`quote not in paragraph ${p}`);
  return { text, kind, speaker, paragraph: p, start, end: start + text.length, score: 1 };
}

function article(overrides: Partial<ReadResult> = {}): ReadResult {
  const html =
    '<p>Syria is ready to talk with the armed opposition, Foreign Minister Walid Moualem said on Monday.</p>' +
    '<p>“We are ready for dialogue with everyone who wants\u00a0it,” Moualem said. <em>“Even with those</em> who have weapons.”</p>' +
    '<h2>Reaction</h2>' +
    '<ul><li>The opposition said it would wait.</li><li>Moscow welcomed the offer.</li></ul>' +
    '<p>An unnamed official said the move was “a step forward.”<br>More talks are planned.</p>' +
    '<p><a href="https://example.org/x">A link</a> and <img src="x" onerror="alert(1)"><script>alert(2)</script></p>';
  const paragraphs = [
    'Syria is ready to talk with the armed opposition, Foreign Minister Walid Moualem said on Monday.',
    '“We are ready for dialogue with everyone who wants it,” Moualem said. “Even with those who have weapons.”',
    'Reaction',
    'The opposition said it would wait.',
    'Moscow welcomed the offer.',
    'An unnamed official said the move was “a step forward.” More talks are planned.',
    'A link and',
  ];
  const walid = { name: 'Walid Moualem', role: 'Syrian Foreign Minister' };
  const keyQuotes = [
    quoteIn(paragraphs, 1, 'We are ready for dialogue with everyone who wants it', walid),
    quoteIn(paragraphs, 5, 'a step forward.', null, 'partial'),
    quoteIn(paragraphs, 1, 'Even with those who have weapons.', walid),
  ];
  return {
    isArticle: true,
    reason: 'article',
    url: URL_,
    lang: 'en',
    title: 'Syria Says Ready to Talk With Armed Opposition',
    byline: 'Jane Doe',
    published: '2013-02-25T00:00:00+01:00',
    leadImage: { src: 'https://static.themoscowtimes.com/image/article_1360/aa/lead.jpg', caption: 'Walid Moualem in Moscow.', credit: 'Maxim Shemetov / Reuters' },
    paragraphs,
    html,
    wordCount: 80,
    readingMinutes: 1,
    quotes: keyQuotes,
    keyQuotes,
    ...overrides,
  };
}

const t = translator('en');

function render(r = article(), settings = DEFAULT_SETTINGS, extra = {}) {
  const out = renderArticle(document, r, { t, settings, win: window, ...extra });
  document.body.replaceChildren(out.root);
  return out;
}

describe('ui: strings', () => {
  it('English and Russian tables have the same keys and the same placeholders', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const ph = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(ph(ru[k].message), k).toBe(ph(en[k].message));
      expect(ru[k].message.trim(), k).not.toBe('');
    }
  });

  it('the language follows the article: ru and its regional tags are Russian, the rest English', () => {
    expect(uiLang('ru')).toBe('ru');
    expect(uiLang('ru-RU')).toBe('ru');
    expect(uiLang('en')).toBe('en');
    expect(uiLang('rus')).toBe('en');
    expect(uiLang(null)).toBe('en');
    expect(translator('ru')('keyQuotes')).toBe(ru.keyQuotes.message);
    expect(translator('ru')('readingTime', 4)).toBe('4 мин чтения');
  });
});

describe('ui: formatting', () => {
  it('shows the calendar date written in the article, whatever the time zone', () => {
    expect(formatDate('2013-02-25T00:00:00+01:00', 'en')).toBe('February 25, 2013');
    expect(formatDate('2025-12-31T23:30:00-05:00', 'en')).toBe('December 31, 2025');
    expect(formatDate('2025-03-08T10:00:00+03:00', 'ru')).toMatch(/^8 марта 2025/);
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('yesterday', 'en')).toBeNull();
    expect(formatDate('2025-13-01T00:00:00Z', 'en')).toBeNull();
  });

  it('cites a quote as “…” — Speaker, The Moscow Times, date, a link that opens the article at the quote', () => {
    const r = article();
    expect(citation(r.keyQuotes[0]!, r, t)).toBe(
      `“We are ready for dialogue with everyone who wants it” — Walid Moualem, The Moscow Times, February 25, 2013, ${URL_}#:~:text=We%20are%20ready%20for%20dialogue%20with%20everyone%20who%20wants%20it`,
    );
    expect(citation(r.keyQuotes[1]!, r, t)).toBe(`“a step forward.” — The Moscow Times, February 25, 2013, ${URL_}#:~:text=a%20step%20forward.`);
  });

  it('cites a Russian quote with «ёлочки» and a Russian date', () => {
    const r = article({ lang: 'ru', published: '2025-01-02T12:00:00+03:00' });
    const q = { ...r.keyQuotes[0]!, text: 'Мы готовы', speaker: { name: 'Дмитрий Песков', role: null } };
    expect(citation(q, r, translator('ru'))).toMatch(/^«Мы готовы» — Дмитрий Песков, The Moscow Times, 2 января 2025/);
  });
});

describe('ui: render', () => {
  it('shows the standfirst under the headline, and not when the story opens with it', () => {
    render(article({ standfirst: 'Talks could start within weeks, the minister said.' }));
    const sf = document.querySelector('[data-testid=article-standfirst]')!;
    expect(sf.textContent).toBe('Talks could start within weeks, the minister said.');
    expect(sf.previousElementSibling?.getAttribute('data-testid')).toBe('article-title');
    render(article({ standfirst: 'Syria is ready to talk with the armed opposition,' }));
    expect(document.querySelector('[data-testid=article-standfirst]')).toBeNull();
    render(article({ standfirst: null }));
    expect(document.querySelector('[data-testid=article-standfirst]')).toBeNull();
  });

  it('shows headline, byline, date, reading time, lead image with caption and credit', () => {
    render();
    expect(document.querySelector('[data-testid=article-title]')!.textContent).toBe(article().title);
    expect(document.querySelector('[data-testid=article-byline]')!.textContent).toBe('By Jane Doe');
    const time = document.querySelector('[data-testid=article-date]')!;
    expect(time.textContent).toBe('February 25, 2013');
    expect(time.getAttribute('datetime')).toBe('2013-02-25T00:00:00+01:00');
    expect(document.querySelector('[data-testid=reading-time]')!.textContent).toBe('1 min read');
    const lead = document.querySelector('[data-testid=lead-image]')!;
    expect(lead.querySelector('img')!.getAttribute('src')).toBe(article().leadImage!.src);
    expect(lead.textContent).toContain('Walid Moualem in Moscow.');
    expect(lead.textContent).toContain('Photo: Maxim Shemetov / Reuters');
  });

  it('sanitizes the story again at render time', () => {
    render();
    const body = document.querySelector('[data-testid=article-body]')!;
    expect(body.querySelector('script')).toBeNull();
    expect(body.innerHTML).not.toMatch(/onerror|alert/);
    const a = body.querySelector('a')!;
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(body.textContent).toContain('The opposition said it would wait.');
  });

  it('title text is never parsed as HTML', () => {
    render(article({ title: '<img src=x onerror=alert(1)>Hi' }));
    const h1 = document.querySelector('[data-testid=article-title]')!;
    expect(h1.querySelector('img')).toBeNull();
    expect(h1.textContent).toBe('<img src=x onerror=alert(1)>Hi');
  });

  it('does not show the lead image twice when the story already holds it', () => {
    const r = article();
    render(article({ html: `<figure><img src="${r.leadImage!.src}"><figcaption>c</figcaption></figure>` + r.html }));
    expect(document.querySelector('[data-testid=lead-image]')).toBeNull();
    expect(document.querySelectorAll('img[src$="lead.jpg"]')).toHaveLength(1);
  });

  it('images off: no image anywhere, the caption stays', () => {
    render(article(), { ...DEFAULT_SETTINGS, images: false });
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('[data-testid=lead-image]')!.textContent).toContain('Walid Moualem in Moscow.');
  });

  it('an image that fails to load disappears instead of showing a broken box', () => {
    render();
    const img = document.querySelector('[data-testid=lead-image] img')!;
    img.dispatchEvent(new Event('error'));
    expect(document.querySelector('[data-testid=lead-image] img')).toBeNull();
    expect(document.querySelector('[data-testid=lead-image]')!.textContent).toContain('Walid Moualem in Moscow.');
  });

  it('key quotes: speaker and role, unattributed marked, count from the settings', () => {
    render(article(), { ...DEFAULT_SETTINGS, keyQuotes: 2 });
    const items = Array.from(document.querySelectorAll('[data-testid=key-quote]'));
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('“We are ready for dialogue with everyone who wants it”');
    expect(items[0]!.querySelector('.tmt-kq-who')!.textContent).toBe('Walid Moualem, Syrian Foreign Minister');
    expect(items[1]!.querySelector('.tmt-kq-who')!.textContent).toBe('Unattributed');
    // A fragment is marked as cut only where it is: here it starts mid-sentence and ends with a full stop.
    expect(items[1]!.querySelector('.tmt-kq-text')!.textContent).toBe('“…a step forward.”');
    expect(items[1]!.getAttribute('data-speaker')).toBe('unknown');
  });

  it('no key quotes section when the count is 0 or there are none', () => {
    render(article(), { ...DEFAULT_SETTINGS, keyQuotes: 0 });
    expect(document.querySelector('[data-testid=key-quotes]')).toBeNull();
    render(article({ keyQuotes: [] }));
    expect(document.querySelector('[data-testid=key-quotes]')).toBeNull();
  });

  it('"show in article" and "copy" call back with the quote index', () => {
    const onShowQuote = vi.fn();
    const onCopyQuote = vi.fn();
    render(article(), DEFAULT_SETTINGS, { onShowQuote, onCopyQuote });
    const shows = document.querySelectorAll<HTMLButtonElement>('[data-testid=show-quote]');
    shows[2]!.click();
    expect(onShowQuote).toHaveBeenCalledWith(2);
    document.querySelectorAll<HTMLButtonElement>('[data-testid=copy-quote]')[1]!.click();
    expect(onCopyQuote.mock.calls[0]![0]).toBe(1);
    // Every button has an accessible name that says which quote it acts on.
    expect(shows[0]!.getAttribute('aria-label')).toContain('Walid Moualem');
  });

  it('applies the look as attributes and custom properties', () => {
    const { root } = render();
    const host = document.createElement('div');
    applySettings(host, { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 60, lineHeight: 1.8 });
    expect(host.dataset.theme).toBe('sepia');
    expect(host.dataset.font).toBe('sans');
    expect(host.style.getPropertyValue('--tmt-size')).toBe('22px');
    expect(host.style.getPropertyValue('--tmt-width')).toBe('60ch');
    expect(host.style.getPropertyValue('--tmt-lh')).toBe('1.8');
    expect(root.getAttribute('lang')).toBe('en');
  });
});

describe('ui: finding a quote in the story', () => {
  it('maps paragraphs to blocks in order, skipping ones not in the story', () => {
    const { story } = render();
    const r = article();
    const blocks = mapParagraphs(story, ['Not in the story at all', ...r.paragraphs]);
    expect(blocks[0]).toBeNull();
    expect(blocks[1]!.textContent).toContain('Syria is ready');
    expect(blocks[3]!.tagName).toBe('H2');
    expect(blocks[5]!.tagName).toBe('LI');
    expect(blocks[6]!.textContent).toContain('More talks are planned');
  });

  it('highlights a quote across a no-break space', () => {
    const out = render();
    const mark = out.highlight(0)!;
    expect(mark).not.toBeNull();
    const marks = Array.from(out.story.querySelectorAll('mark.tmt-hl'));
    expect(marks.map((m) => m.textContent).join('').replace(/\u00a0/g, ' ')).toBe(
      'We are ready for dialogue with everyone who wants it',
    );
  });

  it('highlights a quote that spans an inline element, and clears without changing the story', () => {
    const out = render();
    const before = out.story.innerHTML;
    out.highlight(2);
    const marks = Array.from(out.story.querySelectorAll('mark.tmt-hl'));
    expect(marks.length).toBe(2); // one inside <em>, one after it
    expect(marks.map((m) => m.textContent).join('')).toBe('Even with those who have weapons.');
    clearHighlights(out.story);
    expect(out.story.innerHTML).toBe(before);
  });

  it('highlights across a <br> and only one quote at a time', () => {
    const out = render();
    out.highlight(0);
    out.highlight(1);
    const marks = Array.from(out.story.querySelectorAll('mark.tmt-hl'));
    expect(marks.map((m) => m.textContent).join('')).toBe('a step forward.');
  });

  it('picks the occurrence nearest the quote offset when the words repeat', () => {
    const p = document.createElement('p');
    p.innerHTML = 'He said “no” to them. Then she said “no” again.';
    const text = p.textContent!;
    const second = text.lastIndexOf('no');
    const q: Quote = { text: 'no', kind: 'direct', speaker: null, paragraph: 0, start: second, end: second + 2, score: 1 };
    highlightQuote(p, q, text);
    const mark = p.querySelector('mark')!;
    expect(mark.previousSibling!.textContent).toContain('Then she said');
  });

  it('returns null for a quote that is not in the story', () => {
    const r = article();
    const bogus = { ...r.keyQuotes[0]!, text: 'words that are nowhere' };
    const out = render(article({ keyQuotes: [bogus] }));
    expect(out.highlight(0)).toBeNull();
    expect(out.highlight(5)).toBeNull();
  });
});

describe('ui: Markdown', () => {
  it('turns the story into Markdown with headings, lists, links, line breaks and escapes', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<p>Plain *star* and <strong>bold</strong>, <em>it</em>, <a href="https://x.org/a b">link</a>.</p>' +
      '<h2>Sub</h2><ol><li>one</li><li>two</li></ol><blockquote><p>quoted</p></blockquote>' +
      '<p>line<br>break</p><p># not a heading</p>';
    expect(storyToMarkdown(div)).toBe(
      [
        'Plain \\*star\\* and **bold**, *it*, [link](https://x.org/a%20b).',
        '### Sub',
        '1. one\n2. two',
        '> quoted',
        'line  \nbreak',
        '\\# not a heading',
      ].join('\n\n'),
    );
  });

  it('the whole article: title, meta, source, lead image, story, key quotes', () => {
    const out = render();
    const r = article();
    const md = articleToMarkdown(r, out.story, t, r.keyQuotes.slice(0, 2));
    expect(md.startsWith('# Syria Says Ready to Talk With Armed Opposition\n\n*By Jane Doe · February 25, 2013 · The Moscow Times*')).toBe(true);
    expect(md).toContain(`<${URL_}>`);
    expect(md).toContain(`![Walid Moualem in Moscow.](${r.leadImage!.src})`);
    expect(md).toContain('- The opposition said it would wait.\n- Moscow welcomed the offer.');
    expect(md).toContain('## Key quotes');
    expect(md).toContain('> — Walid Moualem, Syrian Foreign Minister');
    // Each key quote links to itself in the article.
    expect(md).toContain(`> [“a step forward.”](${URL_}#:~:text=a%20step%20forward.)  \n> — Unattributed`);
    expect(md).toContain('> — Unattributed');
    expect(md).not.toMatch(/script|onerror/);
    // The standfirst, in bold under the title.
    const withDek = articleToMarkdown(article({ standfirst: 'Talks could start within *weeks*.' }), out.story, t);
    expect(withDek.startsWith('# Syria Says Ready to Talk With Armed Opposition\n\n**Talks could start within \\*weeks\\*.**\n\n*By Jane Doe')).toBe(true);
  });
});

describe('ui: the story in its other language, and a byline from the metadata', () => {
  const ruUrl = 'https://ru.themoscowtimes.com/2025/08/13/roskomnadzor-ogranichil-zvonki-a171321';
  const enUrl = 'https://www.themoscowtimes.com/2025/08/13/russia-restricts-calls-a90221';
  const links = () => Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-testid=alternate-link]'));

  it('an English article links its Russian version as "Also in Русский", the name in its own language', () => {
    render(article({ alternates: [{ lang: 'ru', url: ruUrl }] }), DEFAULT_SETTINGS, { newTabLinks: true });
    const [a, ...rest] = links();
    expect(rest).toEqual([]);
    expect(a!.textContent).toBe('Also in Русский');
    expect(a!.getAttribute('href')).toBe(ruUrl);
    expect(a!.getAttribute('hreflang')).toBe('ru');
    expect(a!.querySelector('span')!.getAttribute('lang')).toBe('ru');
    // The popup opens it in a new tab that cannot reach back.
    expect(a!.getAttribute('target')).toBe('_blank');
    expect(a!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('a Russian article says «Также на English»; without the popup option the link opens in the page itself', () => {
    const r = article({ lang: 'ru', alternates: [{ lang: 'en', url: enUrl }] });
    document.body.replaceChildren(renderArticle(document, r, { t: translator('ru'), settings: DEFAULT_SETTINGS, win: window }).root);
    const [a] = links();
    expect(a!.textContent).toBe('Также на English');
    expect(a!.getAttribute('href')).toBe(enUrl);
    expect(a!.hasAttribute('target')).toBe(false);
  });

  it('never renders a script, data or relative address, a malformed language or the page\'s own language', () => {
    const alternates = [
      { lang: 'ru', url: 'javascript:alert(1)' },
      { lang: 'ru', url: ' JaVaScRiPt:alert(1)' },
      { lang: 'ru', url: 'data:text/html,<script>alert(1)</script>' },
      { lang: 'ru', url: '/ru/relative' },
      { lang: '"><img src=x onerror=alert(1)>', url: ruUrl },
      { lang: 'en', url: enUrl },
      { lang: 'ru', url: ruUrl },
    ];
    render(article({ alternates }));
    expect(links().map((a) => a.getAttribute('href'))).toEqual([ruUrl]);
    expect(document.querySelector('[data-testid=alternates]')!.innerHTML).not.toMatch(/javascript|onerror|data:/i);
  });

  it('shows no line when there is no other version', () => {
    render(article({ alternates: [] }));
    expect(document.querySelector('[data-testid=alternates]')).toBeNull();
    render(article());
    expect(document.querySelector('[data-testid=alternates]')).toBeNull();
  });

  it('a byline read from the metadata says so; one the page shows does not', () => {
    render(article({ byline: 'The Moscow Times', bylineSource: 'meta' }));
    const b = document.querySelector('[data-testid=article-byline]')!;
    expect(b.textContent).toBe("By The Moscow Times (named in the page's metadata)");
    expect(b.getAttribute('data-source')).toBe('meta');
    render(article({ byline: 'Jane Doe', bylineSource: 'page' }));
    expect(document.querySelector('[data-testid=article-byline]')!.textContent).toBe('By Jane Doe');
    const r = article({ lang: 'ru', byline: 'The Moscow Times', bylineSource: 'meta' });
    document.body.replaceChildren(renderArticle(document, r, { t: translator('ru'), settings: DEFAULT_SETTINGS, win: window }).root);
    expect(document.querySelector('[data-testid=article-byline]')!.textContent).toBe('Автор: The Moscow Times (по метаданным страницы)');
  });
});

describe('ui: a language named in itself', () => {
  it('English and Russian from their own tables; another language by Intl; an unknown code as itself', async () => {
    const { languageSelfName } = await import('../../src/ui/format');
    expect([languageSelfName('ru'), languageSelfName('EN')]).toEqual(['Русский', 'English']);
    expect(languageSelfName('uk')).toBe('Українська');
    expect(languageSelfName('qqq')).toBe('QQQ');
  });
});
