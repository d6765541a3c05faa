/**
 * Page metadata beyond the story: the outlet's name, the last update, the canonical address and the story's
 * other-language versions. Read from the page's own head (Open Graph, article:*, hreflang links, JSON-LD), never
 * from the story text.
 */
import { parseUrl } from './detect';
import { jsonLdString } from './json-ld';
import type { Alternate } from './types';
import { httpUrl } from './url';
import { elementsByTag } from './select';

export interface PageMeta {
  /** The outlet: the site profile's name, else og:site_name / application-name, else the host. */
  siteName: string | null;
  /** ISO 8601, from modifiedTime() below; null when the page says nothing newer. */
  updated: string | null;
  /**
   * link[rel=canonical] / og:url, when it names this very page (same host and path: it drops a tracking query).
   * A canonical link for another path is not this page's: after infinite scroll the head still names the first story.
   */
  canonicalUrl: string | null;
  /** `<link rel="alternate" hreflang="…">` versions in other languages than the page's. */
  alternates: Alternate[];
}

const LANG_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

/** The primary language of a language tag ("ru-RU" → "ru"), or null for "x-default" and anything malformed. */
export function primaryLang(tag: string | null | undefined): string | null {
  const m = LANG_TAG.exec((tag ?? '').trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}


const SCHEME_AND_WWW = /^https?:\/\/(www\.)?/i;
const QUERY_OR_HASH = /[?#].*$/;
const TRAILING_SLASHES = /\/+$/;

/** One address however it is written: scheme, www., query, fragment and trailing slash do not matter. */
function addressKey(u: string): string {
  return u.replace(SCHEME_AND_WWW, '').replace(QUERY_OR_HASH, '').replace(TRAILING_SLASHES, '').toLowerCase();
}

/** Adds `alt` unless it is the page itself, in the page's language, or already listed. */
export function addAlternate(list: Alternate[], alt: Alternate, pageUrl: string, pageLang: string): void {
  if (alt.lang === pageLang || addressKey(alt.url) === addressKey(pageUrl)) return;
  if (list.some((a) => addressKey(a.url) === addressKey(alt.url))) return;
  list.push(alt);
}

const ALTERNATE_REL = /(^|\s)alternate(\s|$)/i;

/** `<link rel="alternate" hreflang="ru" href="…">` in the head: the same story in other languages. */
function alternatesInHead(doc: Document, pageUrl: string, pageLang: string): Alternate[] {
  const out: Alternate[] = [];
  // (The head only, and a bounded part of it: a hostile page's huge head is not walked for this.)
  for (const link of doc.head ? elementsByTag(doc.head, 'link').slice(0, 200) : []) {
    if (!link.hasAttribute('hreflang') || !ALTERNATE_REL.test(link.getAttribute('rel') ?? '')) continue;
    const lang = primaryLang(link.getAttribute('hreflang'));
    const url = httpUrl(link.getAttribute('href'), pageUrl);
    if (lang && url) addAlternate(out, { lang, url }, pageUrl, pageLang);
  }
  return out;
}

const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * The first `<tag attr="value">` in the head (querySelector('tag[attr="value"]')'s answer), read by tag name: in
 * jsdom a querySelector walks the tree with its selector engine (docs/performance.md, "Core").
 */
function inHead(doc: Document, tag: string, attr: string, value: string): Element | null {
  if (!doc.head) return null;
  for (const el of elementsByTag(doc.head, tag)) if (el.getAttribute(attr) === value) return el;
  return null;
}

/** The content of `<meta attr="value">` in the head, trimmed; null when absent or empty. */
function meta(doc: Document, attr: 'property' | 'name', value: string): string | null {
  const v = inHead(doc, 'meta', attr, value)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** An itemprop value holding the word dateModified (the `~=` attribute selector's match: words split at whitespace). */
const DATE_MODIFIED_WORD = /(?:^|[ \t\n\f\r])dateModified(?:[ \t\n\f\r]|$)/;

/** The first `<time itemprop~="dateModified" datetime>` on the page (by tag name, as inHead above). */
function shownModified(doc: Document): Element | null {
  for (const el of elementsByTag(doc, 'time')) {
    if (el.hasAttribute('datetime') && DATE_MODIFIED_WORD.test(el.getAttribute('itemprop') ?? '')) return el;
  }
  return null;
}

/**
 * The last modification as the page states it, the first with a time zone: a visible
 * `<time itemprop="dateModified">` (schema.org microdata), else article:modified_time, else JSON-LD dateModified.
 */
function modifiedTime(doc: Document): string | null {
  const shown = shownModified(doc)?.getAttribute('datetime')?.trim();
  if (shown && ZONED_ISO.test(shown)) return shown;
  const fromMeta = meta(doc, 'property', 'article:modified_time');
  if (fromMeta && ZONED_ISO.test(fromMeta)) return fromMeta;
  const fromLd = jsonLdString(doc, 'dateModified');
  return fromLd && ZONED_ISO.test(fromLd) ? fromLd : null;
}

/** The same instant written the same way: an update at publication time is no update. */
function sameInstant(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && ta === tb;
}

function samePath(a: string, b: string): boolean {
  return a.replace(TRAILING_SLASHES, '') === b.replace(TRAILING_SLASHES, '');
}

const HTTP_PROTOCOL = /^https?:$/;

/** `href` without its fragment when it is an http(s) address of `page` (same host and path), else null. */
function thisPage(href: string | null | undefined, page: URL | null): string | null {
  const u = href ? parseUrl(href.trim()) : null;
  if (!u || !HTTP_PROTOCOL.test(u.protocol) || (page && !(u.hostname === page.hostname && samePath(u.pathname, page.pathname)))) return null;
  u.hash = '';
  return u.href;
}

/**
 * `pageLang`: the story's language (an hreflang link to it is the page itself). `storyAlternates`: versions the
 * story's own other-language line pointed to (clean/language-lines.ts), after the head's.
 */
export function pageMeta(
  doc: Document,
  pageUrl: string,
  published: string | null,
  pageLang: string,
  opts: { profileName?: string; storyAlternates?: Alternate[] } = {},
): PageMeta {
  const profileName = opts.profileName;
  const page = parseUrl(pageUrl);
  const siteName =
    profileName ?? meta(doc, 'property', 'og:site_name') ?? meta(doc, 'name', 'application-name') ?? page?.hostname ?? null;
  const modified = modifiedTime(doc);
  const updated = modified && !(published && sameInstant(modified, published)) ? modified : null;
  // og:url only when the canonical link does not name this page (each is a walk of the head).
  const canonicalUrl =
    thisPage(inHead(doc, 'link', 'rel', 'canonical')?.getAttribute('href'), page) ?? thisPage(meta(doc, 'property', 'og:url'), page);
  const alternates: Alternate[] = [];
  for (const alt of [...alternatesInHead(doc, pageUrl, pageLang), ...(opts.storyAlternates ?? [])]) {
    addAlternate(alternates, alt, pageUrl, pageLang);
  }
  return { siteName, updated, canonicalUrl, alternates };
}
