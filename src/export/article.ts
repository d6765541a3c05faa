/**
 * The offline copy's content, as DOM: header (outlet, headline, standfirst, byline, dates, the story's other-language
 * versions), lead image with caption and credit, key quotes (each linking to itself in the original), the story,
 * and a "Cite this article" section with the source address, access date and the APA and Chicago citations. The
 * HTML file and the EPUB both serialize it; images are whatever `imageSrc` gives (a data: URL, a file in the book)
 * or are left out.
 */
import { citationData, isoDay, type CitableResult } from '../core/cite/data';
import { toApa, toChicago } from '../core/cite/styles';
import { sanitizeToBody } from '../core/sanitize';
import { httpUrl } from '../core/url';
import type { Quote } from '../core/types';
import { h } from '../ui/dom';
import { formatDate, languageSelfName, quoteLink, quoteMarks, speakerLine } from '../ui/format';
import type { T } from '../ui/i18n';

export interface KeepInput {
  result: CitableResult;
  /** The window whose sanitizer cleans the story again (the popup's, the page's, jsdom's). */
  win: Window;
  t: T;
  /** The key quotes to include (as many as the reader shows). */
  keyQuotes: Quote[];
  /** The day the reader saved it: the citation's access date. */
  accessed: Date | string;
}

/** Where an image of the copy comes from; null leaves it out. */
export type ImageSource = (url: string) => string | null;


/** The addresses of every image the copy would show: the lead image and the story's. */
export function imageUrls(input: KeepInput): string[] {
  const r = input.result;
  const body = sanitizeToBody(r.html, input.win, { images: true, baseUrl: r.url });
  const urls = Array.from(body.querySelectorAll('img'), (img) => httpUrl(img.getAttribute('src'), r.url));
  return [httpUrl(r.leadImage?.src, r.url), ...urls].filter((u): u is string => !!u);
}

export function buildArticle(doc: Document, input: KeepInput, imageSrc: ImageSource): HTMLElement {
  const { result: r, t } = input;
  const lang = r.lang || 'en';
  const cite = citationData(r, { accessed: input.accessed });

  // ----- header
  const meta: (Node | string)[] = [];
  const add = (node: Node | string) => {
    if (meta.length) meta.push(' · ');
    meta.push(node);
  };
  if (r.byline) {
    const names = /^(by|автор)\b/i.test(r.byline) ? r.byline : t('byline', r.byline);
    // As the popup and reader say it: a name the page does not show, only its metadata, is marked as such.
    const note = r.bylineSource === 'meta' ? [' ', h(doc, 'span', { class: 'byline-note' }, t('bylineFromMeta'))] : [];
    add(h(doc, 'span', { class: 'byline' }, names, ...note));
  }
  const date = formatDate(r.published, lang);
  if (date && r.published) add(h(doc, 'time', { datetime: r.published }, date));
  const updated = cite.updated ? formatDate(r.updated, lang) : null;
  if (updated && r.updated) add(h(doc, 'span', { class: 'updated' }, `${t('updated')} `, h(doc, 'time', { datetime: r.updated }, updated)));
  const header = h(
    doc,
    'header',
    {},
    h(doc, 'p', { class: 'outlet' }, cite.outlet),
    h(doc, 'h1', {}, r.title ?? cite.title),
    r.standfirst ? h(doc, 'p', { class: 'standfirst' }, r.standfirst) : null,
    meta.length ? h(doc, 'p', { class: 'meta' }, ...meta) : null,
    alternatesLine(doc, cite.alternates, t),
  );

  // ----- the story, sanitized again, its images swapped for kept copies
  const clean = sanitizeToBody(r.html, input.win, { images: true, baseUrl: r.url });
  const story = h(doc, 'div', { class: 'story' });
  story.append(...Array.from(clean.childNodes, (n) => doc.importNode(n, true)));
  for (const img of Array.from(story.querySelectorAll('img'))) {
    const src = imageSrc(httpUrl(img.getAttribute('src'), r.url) ?? '');
    for (const a of ['srcset', 'sizes', 'loading', 'decoding', 'referrerpolicy']) img.removeAttribute(a);
    if (src) {
      img.setAttribute('src', src);
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    } else {
      // Not kept: the caption still says what was there.
      const pic = img.closest('picture');
      (pic ?? img).remove();
    }
  }
  for (const el of Array.from(story.querySelectorAll('figure'))) if (!el.textContent?.trim() && !el.querySelector('img')) el.remove();
  for (const a of Array.from(story.querySelectorAll('a[href]'))) a.setAttribute('rel', 'noopener noreferrer');

  // ----- lead image, unless the story already has it
  let lead: HTMLElement | null = null;
  const leadUrl = httpUrl(r.leadImage?.src, r.url);
  const storyHasLead = !!leadUrl && Array.from(clean.querySelectorAll('img')).some((i) => httpUrl(i.getAttribute('src'), r.url) === leadUrl);
  if (r.leadImage && !storyHasLead) {
    const src = leadUrl ? imageSrc(leadUrl) : null;
    const caption = [r.leadImage.caption, r.leadImage.credit ? t('photoCredit', r.leadImage.credit) : null].filter(Boolean);
    if (src || caption.length) {
      lead = h(
        doc,
        'figure',
        { class: 'lead' },
        src ? h(doc, 'img', { src, alt: r.leadImage.caption ?? '' }) : null,
        caption.length
          ? h(
              doc,
              'figcaption',
              {},
              r.leadImage.caption ?? '',
              r.leadImage.credit ? h(doc, 'small', {}, `${r.leadImage.caption ? ' ' : ''}${t('photoCredit', r.leadImage.credit)}`) : null,
            )
          : null,
      );
    }
  }

  // ----- key quotes
  let quotes: HTMLElement | null = null;
  if (input.keyQuotes.length) {
    const [open, close] = quoteMarks(lang);
    quotes = h(
      doc,
      'section',
      { class: 'key-quotes' },
      h(doc, 'h2', {}, t('keyQuotes')),
      h(
        doc,
        'ol',
        {},
        ...input.keyQuotes.map((q) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'blockquote', {}, `${open}${q.text.trim()}${close}`),
            h(
              doc,
              'p',
              { class: 'who' },
              `— ${speakerLine(q) ?? t('unattributed')} · `,
              h(doc, 'a', { href: quoteLink(q, r), rel: 'noopener noreferrer' }, t('quoteInArticle')),
            ),
          ),
        ),
      ),
    );
  }

  // ----- citation
  const citeSection = h(
    doc,
    'section',
    { class: 'cite' },
    h(doc, 'h2', {}, t('citeThis')),
    h(doc, 'p', {}, `${t('source')}: `, h(doc, 'a', { href: cite.url, rel: 'noopener noreferrer' }, cite.url), ` (${t('accessedOn', formatDate(isoDay(cite.accessed), lang) ?? '')})`),
    h(doc, 'p', {}, h(doc, 'b', {}, 'APA'), ' ', ...styled(doc, toApa(cite, 'html'))),
    h(doc, 'p', {}, h(doc, 'b', {}, 'Chicago'), ' ', ...styled(doc, toChicago(cite, 'html'))),
  );

  return h(doc, 'article', { lang }, header, lead, quotes, story, citeSection);
}

/**
 * "Also in Русский" / «Также на English» under the byline, as the popup and the reader show it: the label in the
 * copy's language, the other language named in itself (in its own element, with its language). The addresses are
 * the citation's: http(s) only, never the article itself or its own language.
 */
function alternatesLine(doc: Document, alternates: ReadonlyArray<{ lang: string; url: string }>, t: T): HTMLElement | null {
  if (!alternates.length) return null;
  const [before, after] = t('alsoIn', '\u0000').split('\u0000');
  const p = h(doc, 'p', { class: 'alternates' });
  alternates.forEach((a, i) => {
    if (i) p.append(' · ');
    const name = h(doc, 'span', { lang: a.lang }, languageSelfName(a.lang));
    p.append(h(doc, 'a', { href: a.url, hreflang: a.lang, rel: 'noopener noreferrer' }, before ?? '', name, after ?? ''));
  });
  return p;
}

/** The styles' HTML markup (escaped text and <i> only) as nodes, without parsing HTML. */
function styled(doc: Document, html: string): Node[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return html.split(/(<i>.*?<\/i>)/s).filter(Boolean).map((part) => {
    const m = /^<i>(.*)<\/i>$/s.exec(part);
    return m ? h(doc, 'i', {}, unescape(m[1]!)) : doc.createTextNode(unescape(part));
  });
}

/** The stylesheet of the offline copy (also the EPUB's). Self-contained: no fonts or images to load. */
export const KEEP_CSS = `
:root { color-scheme: light dark; }
body { margin: 0 auto; max-width: 40em; padding: 1.5em 1em 3em; font: 1.125em/1.6 Georgia, "Times New Roman", serif; }
h1 { font-size: 1.9em; line-height: 1.2; margin: .2em 0 .4em; }
h2 { font-size: 1.2em; margin-top: 2em; }
.outlet { font: 600 .8em/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; margin: 0; }
.standfirst { font-size: 1.15em; }
.meta, .alternates, .who, figcaption, .cite { font: .85em/1.5 system-ui, sans-serif; }
.byline-note { opacity: .8; font-style: italic; }
figure { margin: 1.5em 0; }
img { max-width: 100%; height: auto; }
figcaption small { opacity: .8; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid currentColor; }
.key-quotes ol { padding-left: 1.2em; }
.cite { margin-top: 3em; border-top: 1px solid; padding-top: 1em; }
.cite p { overflow-wrap: anywhere; }
`.trim();

/**
 * SHA-256 of KEEP_CSS (base64), for the saved page's CSP: the one stylesheet allowed, by its hash. Written here,
 * not computed, because crypto.subtle is missing on http:// pages where the reader saves; keep.test checks it.
 */
export const KEEP_CSS_SHA256 = 'P3r0mqCs/uQ4cJYwW2HdRTI629owAVrJg2JtluXRJXw=';
