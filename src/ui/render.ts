/**
 * Render a ReadResult into a container: header, lead image, key quotes, the story.
 * Plain DOM (no framework: bundle budgets). Used by the popup and by the in-page reader.
 * The story HTML is sanitized again here, at the render boundary, whatever the core did.
 */
import type { Quote, ReadResult } from '../core/types';
import { sanitizeToBody } from '../core/sanitize';
import type { Settings } from '../shared/settings';
import { cssEscape, formatDate, languageSelfName, quoteMarks, shownQuotes, shownStandfirst, speakerLine } from './format';
import { clearHighlights, highlightQuote, mapParagraphs } from './highlight';
import type { T } from './i18n';
import { h, type Child } from './dom';

export { applySettings, h } from './dom';

export interface RenderOptions {
  t: T;
  settings: Settings;
  /** The window whose DOMPurify instance sanitizes (the popup's, or the page's for the reader). */
  win: Window;
  /** "show in article" on a key quote (index into keyQuotes). */
  onShowQuote?: (index: number) => void;
  /** "copy" on a key quote (index into keyQuotes). */
  onCopyQuote?: (index: number, button: HTMLElement) => void;
  /** Link the headline to the original page (popup). */
  linkTitle?: boolean;
  /** Other-language links open a new tab (popup); otherwise they take the page itself there (reader). */
  newTabLinks?: boolean;
}

export interface Rendered {
  root: HTMLElement;
  story: HTMLElement;
  quotesSection: HTMLElement | null;
  /** Show the key quotes of `r` (the same article, read with its quotes), replacing any shown before. */
  setQuotes(r: ReadResult): void;
  /** Highlight key quote `index` in the story; returns the first mark, or null when it is not in the story. */
  highlight(index: number): HTMLElement | null;
}

const LANG_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

function sameImage(a: string, b: string): boolean {
  const strip = (u: string) => u.replace(/^https?:/, '').replace(/[?#].*$/, '');
  return strip(a) === strip(b);
}

function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An image that fails to load (offline, blocked, moved) disappears instead of showing a broken box. */
function hideIfBroken(img: Element): void {
  img.addEventListener('error', () => img.remove(), { once: true });
}

/** A language code's primary subtag ("ru-RU" → "ru"); null for anything else. (Not core/page-meta's: it would
 * bring the site profiles into the popup bundle.) */
function primaryLang(tag: string | null | undefined): string | null {
  const m = LANG_TAG.exec((tag ?? '').trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** A header link's attributes: in the popup a new tab that cannot reach back to the extension page. */
function linkAttrs(href: string, o: RenderOptions): Record<string, string> {
  return o.newTabLinks ? { href, target: '_blank', rel: 'noopener noreferrer' } : { href };
}

/**
 * "Also in Русский" / «Также на English»: the label in the UI's language, the other language named in itself.
 * Only http(s) addresses and well-formed language codes are shown (the core gives no other; this is the render
 * boundary, so it checks again).
 */
function renderAlternates(doc: Document, r: ReadResult, o: RenderOptions): HTMLElement | null {
  const links: HTMLElement[] = [];
  for (const alt of r.alternates ?? []) {
    const href = safeHttpUrl(alt.url);
    const lang = primaryLang(alt.lang);
    if (!href || !lang || lang === primaryLang(r.lang)) continue;
    // The name goes where the message's $1 is, in its own element: it is in another language than the label.
    const [before, after] = o.t('alsoIn', '\u0000').split('\u0000');
    const name = h(doc, 'span', { lang }, languageSelfName(lang));
    links.push(h(doc, 'a', { ...linkAttrs(href, o), hreflang: lang, 'data-testid': 'alternate-link' }, before ?? '', name, after ?? ''));
  }
  if (!links.length) return null;
  const p = h(doc, 'p', { class: 'tmt-alternates', 'data-testid': 'alternates' });
  links.forEach((a, i) => {
    if (i) p.append(h(doc, 'span', { class: 'tmt-sep', 'aria-hidden': 'true' }, '·'));
    p.append(a);
  });
  return p;
}

function renderByline(doc: Document, r: ReadResult, t: T): HTMLElement | null {
  if (!r.byline) return null;
  const text = /^(by|автор)\b/i.test(r.byline) ? r.byline : t('byline', r.byline);
  // A name the page does not show (its metadata's) is marked as such: the reader should not take it for a byline.
  if (r.bylineSource !== 'meta') return h(doc, 'span', { class: 'tmt-byline', 'data-testid': 'article-byline' }, text);
  return h(
    doc,
    'span',
    { class: 'tmt-byline', 'data-testid': 'article-byline', 'data-source': 'meta' },
    text,
    ' ',
    h(doc, 'span', { class: 'tmt-byline-note' }, t('bylineFromMeta')),
  );
}

/** The standfirst under the headline (the cleaning took it out of the story as metadata), unless the story opens with it. */
function renderStandfirst(doc: Document, r: ReadResult): HTMLElement | null {
  const text = shownStandfirst(r);
  return text ? h(doc, 'p', { class: 'tmt-standfirst', 'data-testid': 'article-standfirst' }, text) : null;
}

function renderHeader(doc: Document, r: ReadResult, o: RenderOptions): HTMLElement {
  const { t } = o;
  const date = formatDate(r.published, r.lang);
  const byline = renderByline(doc, r, t);
  const metaItems: HTMLElement[] = [];
  if (byline) metaItems.push(byline);
  if (date && r.published) metaItems.push(h(doc, 'time', { datetime: r.published, 'data-testid': 'article-date' }, date));
  if (r.readingMinutes > 0)
    metaItems.push(h(doc, 'span', { 'data-testid': 'reading-time' }, t('readingTime', r.readingMinutes)));
  const meta = h(doc, 'p', { class: 'tmt-meta' });
  metaItems.forEach((m, i) => {
    if (i) meta.append(h(doc, 'span', { class: 'tmt-sep', 'aria-hidden': 'true' }, '·'));
    meta.append(m);
  });
  const title = r.title ?? '';
  const href = safeHttpUrl(r.url);
  const h1 = h(
    doc,
    'h1',
    { class: 'tmt-title', 'data-testid': 'article-title' },
    o.linkTitle && href ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
  );
  return h(doc, 'header', { class: 'tmt-header' }, h(doc, 'p', { class: 'tmt-kicker' }, t('brand')), h1, renderStandfirst(doc, r), meta, renderAlternates(doc, r, o));
}

function renderLead(doc: Document, r: ReadResult, o: RenderOptions, story: Element): HTMLElement | null {
  const lead = r.leadImage;
  if (!lead) return null;
  const src = safeHttpUrl(lead.src);
  // The core may already have put the lead figure into the story: do not show it twice.
  if (src) {
    const bare = src.replace(/^https?:/, '');
    const inStory = Array.from(story.querySelectorAll('img')).some((i) => `${i.getAttribute('src') ?? ''} ${i.getAttribute('srcset') ?? ''}`.includes(bare));
    if (inStory) return null;
  }
  const captionBits: Child[] = [];
  if (lead.caption) captionBits.push(h(doc, 'span', { class: 'tmt-caption' }, lead.caption));
  if (lead.credit) captionBits.push(h(doc, 'span', { class: 'tmt-credit' }, ' ', o.t('photoCredit', lead.credit)));
  const showImage = o.settings.images && src;
  if (!showImage && !captionBits.length) return null;
  const img = showImage ? h(doc, 'img', { src, alt: lead.caption ?? '', referrerpolicy: 'no-referrer', decoding: 'async' }) : null;
  if (img) hideIfBroken(img);
  return h(
    doc,
    'figure',
    { class: 'tmt-lead', 'data-testid': 'lead-image' },
    img,
    captionBits.length ? h(doc, 'figcaption', {}, ...captionBits) : null,
  );
}

function renderQuote(doc: Document, r: ReadResult, q: Quote, index: number, o: RenderOptions): HTMLElement {
  const { t } = o;
  const [open, close] = quoteMarks(r.lang);
  const who = speakerLine(q);
  const speaker = who
    ? h(
        doc,
        'p',
        { class: 'tmt-kq-who' },
        h(doc, 'span', { class: 'tmt-kq-name' }, q.speaker!.name),
        q.speaker!.role ? h(doc, 'span', { class: 'tmt-kq-role' }, `, ${q.speaker!.role}`) : null,
      )
    : h(doc, 'p', { class: 'tmt-kq-who tmt-kq-unknown' }, t('unattributed'));
  // A fragment gets ellipses where it is cut: before a lower-case start, after an unfinished end.
  const words = q.text.trim();
  const cutStart = q.kind === 'partial' && /^\p{Ll}/u.test(words);
  const cutEnd = q.kind === 'partial' && !/[.!?…]$/.test(words);
  const text = `${open}${cutStart ? '…' : ''}${words}${cutEnd ? '…' : ''}${close}`;
  const actions = h(doc, 'div', { class: 'tmt-kq-actions' });
  // Each button's accessible name says whose quote it acts on (the visible label is the same on every quote).
  const action = (testId: string, label: string, onClick: (b: HTMLElement) => void): void => {
    const b = h(doc, 'button', { type: 'button', class: 'tmt-btn tmt-btn-small', 'data-testid': testId, 'aria-label': `${label}: ${who ?? t('unattributed')}` }, label);
    b.addEventListener('click', () => onClick(b));
    actions.append(b);
  };
  const { onShowQuote, onCopyQuote } = o;
  if (onShowQuote) action('show-quote', t('showInArticle'), () => onShowQuote(index));
  if (onCopyQuote) action('copy-quote', t('copyQuote'), (b) => onCopyQuote(index, b));
  return h(
    doc,
    'li',
    { class: 'tmt-kq', 'data-testid': 'key-quote', 'data-speaker': who ? 'known' : 'unknown' },
    h(doc, 'blockquote', { class: 'tmt-kq-text' }, text),
    h(doc, 'div', { class: 'tmt-kq-foot' }, speaker, actions.childElementCount ? actions : null),
  );
}

function renderQuotes(doc: Document, r: ReadResult, o: RenderOptions): HTMLElement | null {
  const quotes = shownQuotes(r, o.settings.keyQuotes);
  if (!quotes.length) return null;
  const headingId = 'tmt-kq-heading';
  // <details> makes the card collapsible by keyboard and screen reader with no script.
  return h(
    doc,
    'section',
    { class: 'tmt-keyquotes', 'aria-labelledby': headingId, 'data-testid': 'key-quotes' },
    h(
      doc,
      'details',
      { open: true },
      h(doc, 'summary', {}, h(doc, 'h2', { id: headingId }, o.t('keyQuotes'))),
      h(doc, 'ol', { class: 'tmt-kq-list' }, ...quotes.map((q, i) => renderQuote(doc, r, q, i, o))),
    ),
  );
}

/** Render the article into a fresh root element (not yet attached). */
export function renderArticle(doc: Document, result: ReadResult, o: RenderOptions): Rendered {
  let r = result;
  // Sanitized into the body of an inert document (no scripts run, nothing loads) whose nodes we then adopt.
  const clean = sanitizeToBody(r.html, o.win, { images: o.settings.images, baseUrl: r.url });
  const story = h(doc, 'div', { class: 'tmt-story', 'data-testid': 'article-body', lang: r.lang || null });
  story.append(...Array.from(clean.childNodes).map((n) => doc.adoptNode(n)));
  for (const a of Array.from(story.querySelectorAll('a[href]'))) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of Array.from(story.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    hideIfBroken(img);
  }

  const root = h(doc, 'article', { class: 'tmt-article', lang: r.lang || null }, renderHeader(doc, r, o), renderLead(doc, r, o, story), story);

  let blocks: (Element | null)[] | null = null;
  const rendered: Rendered = {
    root,
    story,
    quotesSection: null,
    setQuotes(next) {
      r = next;
      const section = renderQuotes(doc, r, o);
      rendered.quotesSection?.remove();
      // Between the lead image and the story: the summary comes before the text it summarises.
      if (section) root.insertBefore(section, story);
      rendered.quotesSection = section;
    },
    highlight(index) {
      const q = r.keyQuotes[index];
      if (!q) return null;
      clearHighlights(story);
      blocks ??= mapParagraphs(story, r.paragraphs);
      const block = blocks[q.paragraph];
      const para = r.paragraphs[q.paragraph];
      if (!block || para === undefined) return null;
      const marks = highlightQuote(block, q, para);
      if (!marks.length) return null;
      // The block may have been split by earlier marks; the next highlight recomputes nothing else.
      marks[0]!.setAttribute('tabindex', '-1');
      marks[0]!.dataset.testid = 'quote-highlight';
      return marks[0]!;
    },
  };
  rendered.setQuotes(r);
  return rendered;
}

/** The first story image matching the lead image (used by Markdown to avoid duplicating it). */
export function storyHasImage(story: Element, src: string): boolean {
  return (
    !!story.querySelector(`img[src="${cssEscape(src)}"]`) ||
    Array.from(story.querySelectorAll('img')).some((i) => sameImage(i.getAttribute('src') ?? '', src))
  );
}
