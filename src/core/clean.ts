/**
 * Site-aware cleaning: pick the current article out of the page (infinite scroll may have appended
 * others), read its metadata, and build a small document that holds only the story, with every
 * appeal, teaser, ad and label removed, ready for Readability.
 * The page's own document is never modified: the story root is copied first.
 */
import type { SiteProfile } from './site-profile';
import type { LeadImage } from './types';
import { collapseSpace, normalizeText } from './text';

export interface CleanedStory {
  /** A new document holding only the story's body. */
  doc: Document;
  /** The lead figure (image, caption, credit in <small>) as HTML, shown above the body. */
  leadHtml: string;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  leadImage: LeadImage | null;
}

/** Path of a URL without trailing slash, for comparing an article's own URL with the page's. */
function pathKey(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).pathname.replace(/\/+$/, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The article the page's URL points at. Infinite scroll appends the next article and pushState()s its URL,
 * so the current one is the wrapper whose own URL matches the page's; else the first article.
 */
export function currentArticleRoot(doc: Document, url: string, profile: SiteProfile): Element | null {
  const { articleWrapper, articleUrlAttr, articleRoot, title } = profile.dom;
  const roots = Array.from(doc.querySelectorAll(articleRoot));
  if (roots.length === 0) return null;
  if (roots.length === 1) return roots[0] ?? null;
  const want = pathKey(url, url);
  for (const root of roots) {
    const wrapper = root.closest(articleWrapper) ?? root;
    const holder = wrapper.matches(articleUrlAttr.selector) ? wrapper : wrapper.querySelector(articleUrlAttr.selector);
    const own =
      root.closest(articleUrlAttr.selector)?.getAttribute(articleUrlAttr.attr) ??
      holder?.getAttribute(articleUrlAttr.attr) ??
      root.querySelector(`${title} a[href]`)?.getAttribute('href');
    if (want && pathKey(own, url) === want) return root;
  }
  return roots[0] ?? null;
}

function metaContent(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    try {
      const data = JSON.parse(script.textContent ?? '') as { datePublished?: unknown };
      if (typeof data?.datePublished === 'string') return data.datePublished;
    } catch {
      // ignore broken JSON-LD
    }
  }
  return null;
}

/** Resolve lazy-loading: the real address sits in data-src / data-srcset while src is a placeholder. */
export function resolveLazyImages(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img, source'))) {
    const lazySrc = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-original');
    const lazySet = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
    const src = img.getAttribute('src') ?? '';
    if (lazySrc && (!src || src.startsWith('data:') || /placeholder|blank|spacer|1x1/i.test(src))) {
      img.setAttribute('src', lazySrc);
    }
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    for (const a of ['data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original']) {
      img.removeAttribute(a);
    }
    img.classList.remove('lazyload', 'lazyloaded');
  }
}

function absolutize(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function text(el: Element | null | undefined): string | null {
  const t = el ? collapseSpace(el.textContent ?? '') : '';
  return t ? t : null;
}

/** Names as the page shows them: "A", "A and B", "A, B and C". */
function joinNames(names: string[], lang: string): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  const and = lang === 'ru' ? ' и ' : ' and ';
  return `${unique.slice(0, -1).join(', ')}${and}${unique[unique.length - 1]}`;
}

function matchesAny(patterns: RegExp[], value: string): boolean {
  return patterns.some((p) => p.test(value));
}

const BOXES = 'div, section, aside, form, figure, footer, header, nav, ul, ol, table, dialog';
const LEAVES = 'p, h1, h2, h3, h4, h5, h6, li, span, a, strong, b, em, small, label, blockquote';

/**
 * The safety net for changed markup: appeals and chrome recognised by their words, not their classes.
 * - a box (not a story block) under ~2500 characters with a strong appeal phrase goes whole;
 * - a paragraph with a strong appeal phrase goes, and so do the appeal-worded paragraphs right after it
 *   (a box whose wrapper was lost);
 * - boxes that are not story blocks go when most of their lines are appeal vocabulary;
 * - whole-text labels ("Read more", "2 Min read") go anywhere.
 * Story paragraphs that merely mention "foreign agent" or "undesirable" stay: those words are not patterns.
 */
/** Text with quoted stretches taken out: what the page says in its own voice. */
function unquoted(t: string): string {
  return t.replace(/[“"«„][^”"»“]*[”"»“]/g, ' ');
}

export function dropByText(root: Element, profile: SiteProfile): void {
  const { appealStrong, appealWeak, appealVoice, labels } = profile.text;
  const isAppealProse = (t: string): boolean => {
    const own = unquoted(t);
    return appealVoice.speaker.test(own) && appealVoice.topic.test(own);
  };
  const storyBlock = profile.dom.storyBlock;
  const storyText = collapseSpace(root.textContent ?? '').length;

  for (const box of Array.from(root.querySelectorAll(BOXES)).reverse()) {
    if (!box.isConnected || box.matches(storyBlock)) continue;
    const t = collapseSpace(box.textContent ?? '');
    if (!t || t.length > 2500 || t.length > storyText * 0.5) continue;
    if (matchesAny(appealStrong, t)) {
      box.remove();
      continue;
    }
    if (box.closest(storyBlock)) continue;
    const lines = Array.from(box.querySelectorAll(LEAVES))
      .filter((l) => !l.querySelector(LEAVES))
      .map((l) => collapseSpace(l.textContent ?? ''))
      .filter(Boolean);
    const weak = lines.filter((l) => matchesAny(appealWeak, l)).length;
    if (lines.length >= 2 && weak / lines.length >= 0.6) box.remove();
  }

  for (const leaf of Array.from(root.querySelectorAll(LEAVES))) {
    if (!leaf.isConnected) continue;
    const t = collapseSpace(leaf.textContent ?? '');
    if (!t) continue;
    if (matchesAny(labels, t)) {
      leaf.remove();
      continue;
    }
    if (t.length < 1500 && matchesAny(appealStrong, t)) {
      // an appeal whose box was lost: take the appeal-worded paragraphs that follow it too
      let next = leaf.nextElementSibling;
      leaf.remove();
      for (let i = 0; next && i < 12; i++) {
        const after = next.nextElementSibling;
        const nt = collapseSpace(next.textContent ?? '');
        if (!nt || matchesAny(appealWeak, nt) || matchesAny(appealStrong, nt) || isAppealProse(nt)) next.remove();
        else break;
        next = after;
      }
    }
  }
}

/** A trailing label with nothing after it ("Related articles:") is a leftover, not story. */
function dropDanglingLabels(body: Element): void {
  for (;;) {
    const blocks = Array.from(body.querySelectorAll('p, h2, h3, h4, h5, h6, li, div'))
      .filter((b) => !b.querySelector('p, h2, h3, h4, h5, h6, li, div, img'))
      .filter((b) => collapseSpace(b.textContent ?? '') !== '' || b.querySelector('img'));
    const last = blocks[blocks.length - 1];
    if (!last) return;
    const t = collapseSpace(last.textContent ?? '');
    if (t.length <= 60 && /[:：]$/.test(t) && !last.querySelector('a[href]')) last.remove();
    else return;
  }
}

/** Remove empty wrappers left behind, so Readability sees a tidy tree. */
function pruneEmpty(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('div, section, aside, span, p, figure, ul, ol')).reverse()) {
    if (!el.querySelector('img, picture, video, audio, iframe, br, hr, table') && !collapseSpace(el.textContent ?? '')) {
      el.remove();
    }
  }
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Build the story document from a copy of the current article.
 * Returns null when the page has no article root this profile recognises.
 */
export function cleanStory(source: Document, url: string, profile: SiteProfile, lang: string): CleanedStory | null {
  const root = currentArticleRoot(source, url, profile);
  if (!root) return null;
  const d = profile.dom;

  // Metadata first, from the page itself (the visible date text is rewritten by scripts: read datetime).
  const title = text(root.querySelector(d.title)) ?? metaContent(source, 'meta[property="og:title"]');
  const standfirst = text(root.querySelector(`${d.title} ~ h2`));
  const byline = joinNames(
    Array.from(root.querySelectorAll(d.author)).map((a) => text(a)).filter((n): n is string => !!n),
    lang,
  );
  const published =
    root.querySelector(d.published)?.getAttribute('datetime')?.trim() ||
    metaContent(source, 'meta[property="article:published_time"]') ||
    jsonLdDate(source);

  const story = source.implementation.createHTMLDocument(title ?? '');
  story.documentElement.setAttribute('lang', lang);
  const copy = story.importNode(root, true) as Element;
  // Attached while we work on it, so "is this still in the tree" checks mean something.
  story.body.append(copy);

  // Lead image: keep one figure with caption and credit, the credit set apart in <small>.
  let leadImage: LeadImage | null = null;
  let leadHtml = '';
  const container = story.createElement('article');
  const leadFig = copy.querySelector(d.leadFigure);
  if (leadFig) {
    resolveLazyImages(leadFig);
    const img = leadFig.querySelector('img');
    const src = absolutize(img?.getAttribute('src') ?? null, url);
    const caption = text(leadFig.querySelector(d.leadCaption));
    const credit = text(leadFig.querySelector(d.leadCredit));
    if (src || caption) {
      leadImage = src ? { src, caption, credit } : null;
      const fig = story.createElement('figure');
      if (src && img) {
        const newImg = story.createElement('img');
        newImg.setAttribute('src', src);
        const alt = img.getAttribute('alt');
        newImg.setAttribute('alt', alt ?? caption ?? '');
        fig.append(newImg);
      }
      if (caption || credit) {
        const cap = story.createElement('figcaption');
        if (caption) cap.append(caption);
        if (credit) {
          const small = story.createElement('small');
          small.textContent = credit;
          cap.append(caption ? ' ' : '', small);
        }
        fig.append(cap);
      }
      leadHtml = fig.outerHTML;
    }
    leadFig.remove();
  }

  // The body: everything after the end marker is not story; then the profile's drop list and text rules.
  const end = copy.querySelector(d.bodyEnd);
  if (end) {
    let n: ChildNode | null = end;
    while (n) {
      const next: ChildNode | null = n.nextSibling;
      n.remove();
      n = next;
    }
  }
  for (const el of Array.from(copy.querySelectorAll(profile.drop.join(',')))) el.remove();
  for (const el of Array.from(copy.querySelectorAll('*'))) if (el.isConnected && isHidden(el)) el.remove();
  resolveLazyImages(copy);
  for (const credit of Array.from(copy.querySelectorAll(d.credits))) {
    const small = story.createElement('small');
    small.textContent = credit.textContent ?? '';
    credit.replaceWith(small);
  }
  const bodies = Array.from(copy.querySelectorAll(d.body));
  const parts = bodies.length > 0 ? bodies.filter((b) => !bodies.some((o) => o !== b && o.contains(b))) : [copy];
  for (const part of parts) {
    dropByText(part, profile);
    dropDanglingLabels(part);
    pruneEmpty(part);
    const section = story.createElement('div');
    while (part.firstChild) section.append(part.firstChild);
    container.append(section);
  }
  copy.remove();
  story.body.append(container);
  return { doc: story, leadHtml, title, standfirst, byline, published: published || null, leadImage };
}

export { normalizeText };
