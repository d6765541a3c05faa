/**
 * Is this page an article of a known site? The URL gives a first answer; the page's markup confirms it
 * (or overrules it: a dated URL whose body says "list of articles" is not an article). It reads the sites'
 * signatures (src/sites/signature.ts), not their profiles: the content script runs it on every page.
 */
import type { SignatureRule, SiteSignature } from '../sites/signature';
import { SIGNATURES } from '../sites/signatures';
import type { Lang } from './types';

const MANY_SLASHES = /\/{2,}/g;
/** The separator before a language tag's region ("en-GB", "ru_RU"). */
const LANG_SUBTAG_SEPARATOR = /[-_]/;
/** schema.org types of a news story (NewsArticle, OpinionBlogPosting, LiveBlogPosting, ...). */
const ARTICLE_SCHEMA_TYPE = /^(News|Report|Opinion|Analysis|Review|Live)?(Blog)?(Article|Posting)$/;

export interface Detection {
  /** The known site of this host (profileById gives its profile), or null: any other site (the generic reader applies). */
  site: SiteSignature | null;
  isArticle: boolean;
  /** Why, in words for the user. */
  reason: string;
  /** Language of the page: the host's for known sites, else <html lang>. */
  lang: string;
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Where a browser that saved the page wrote its address: Chrome/IE's "saved from url" and SingleFile's "url:" comments. */
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)/i;
const SINGLEFILE_URL = /^\s*Page saved with SingleFile\s[\s\S]*?^\s*url:\s*(\S+)/im;

function savedFromComment(doc: Document): string | null {
  // Those comments sit before or at the top of <html>/<head>: only the first few nodes are looked at.
  const places: (Node | null)[] = [doc, doc.documentElement, doc.head];
  for (const place of places) {
    let seen = 0;
    for (let n = place?.firstChild ?? null; n && seen < 8; n = n.nextSibling, seen++) {
      if (n.nodeType !== 8) continue;
      const text = n.nodeValue ?? '';
      const m = SAVED_FROM.exec(text) ?? SINGLEFILE_URL.exec(text);
      if (m?.[1]) return m[1];
    }
  }
  return null;
}

/**
 * The page's own address when none is given (a saved file): canonical link, then og:url, then the address the
 * saving browser noted in a comment. Only absolute http(s) addresses count.
 */
export function pageUrlFromDocument(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  for (const candidate of [canonical, og, savedFromComment(doc)]) {
    const parsed = candidate ? parseUrl(candidate) : null;
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return parsed.href;
  }
  return null;
}

/** Addresses that say where a copy of the page is, not which page it is (a saved file, a blob). */
const LOCAL_COPY = /^(file|blob|data|about):/i;

/**
 * What the page's own references (images, relative links) are resolved against: the page's address, except in a
 * saved copy opened from a file, whose references point into the copy (its `_files` folder), not at the site.
 */
export function resourceBase(doc: Document, pageUrl: string): string {
  return /^file:/i.test(doc.URL) ? doc.URL : pageUrl;
}

/**
 * The address a page is read as: the given one, unless it is a local copy (a saved page opened from a file),
 * in which case the page's own canonical address wins when it has one.
 */
export function pageAddress(doc: Document, given?: string | null): string {
  if (given && !LOCAL_COPY.test(given)) return given;
  return pageUrlFromDocument(doc) || given || doc.URL || 'about:blank';
}

/** The path URL rules are tested against: decoded, repeated slashes folded. */
export function rulePath(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: the path as written
  }
  return path.replace(MANY_SLASHES, '/');
}

/** Does a rule apply on this host? (Rules without a host list apply on every host of the site.) */
const onHost = (rule: SignatureRule, host: string | undefined): boolean => !host || !rule.hosts || rule.hosts.includes(host);

/**
 * The rule an address falls under: the non-article rules first (they are the exceptions), then the article rules.
 * `host`: only the rules for that host (none given: every rule).
 */
export function urlRule<R extends SignatureRule>(
  site: { articleRules: R[]; nonArticleRules: R[] },
  path: string,
  host?: string,
): { rule: R; article: boolean } | null {
  const other = site.nonArticleRules.find((r) => onHost(r, host) && r.pattern.test(path));
  if (other) return { rule: other, article: false };
  const article = site.articleRules.find((r) => onHost(r, host) && r.pattern.test(path));
  return article ? { rule: article, article: true } : null;
}

/** Where an address is on a known site: which service (language and name) and the path the rules apply to. */
export interface SiteAddress {
  site: SiteSignature;
  host: string;
  lang: Lang;
  /** The site's or service's name, for reasons. */
  name: string;
  /** The path after the service's prefix, decoded. */
  path: string;
}

export function siteAddress(url: string | URL): SiteAddress | null {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const site = SIGNATURES.find((s) => s.hosts.some((h) => h.host === host));
  const entry = site?.hosts.find((h) => h.host === host);
  if (!site || !entry) return null;
  const path = rulePath(parsed);
  for (const service of site.pathServices) {
    if (!service.hosts.includes(host)) continue;
    const prefix = service.prefix.toLowerCase();
    const lower = path.toLowerCase();
    if (lower === prefix || lower.startsWith(`${prefix}/`)) {
      return { site, host, lang: service.lang, name: service.name, path: path.slice(prefix.length) || '/' };
    }
  }
  return { site, host, lang: entry.lang, name: site.name, path };
}

/**
 * The markup of an article, for an address no rule knows: the story root with a headline and a dated byline in it
 * (a page that merely links to articles, or holds a heading and text, is not one).
 */
function markupShowsArticle(doc: Document, site: SiteSignature): boolean {
  for (const root of Array.from(doc.querySelectorAll(site.page.articleRoot.css)).slice(0, 5)) {
    const headline = root.querySelector(site.story.title.css) ?? root.querySelector('h1');
    const dated = root.querySelector(site.story.published.css) ?? root.querySelector('time[datetime]');
    if (headline && (headline.textContent ?? '').trim() && dated) return true;
  }
  return false;
}

function htmlLang(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return lang.split(LANG_SUBTAG_SEPARATOR)[0] ?? '';
}

/** JSON-LD types on the page (NewsArticle, BreadcrumbList, ...), tolerant of broken JSON. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        const t = (item as { '@type'?: unknown } | null)?.['@type'];
        if (typeof t === 'string') types.push(t);
        else if (Array.isArray(t)) types.push(...t.filter((x): x is string => typeof x === 'string'));
      }
    } catch {
      // a broken JSON-LD block says nothing either way
    }
  }
  return types;
}

/** DOM evidence that this page holds an article of this site. */
function domSaysArticle(doc: Document, site: SiteSignature): boolean {
  const body = doc.body;
  if (body && site.page.articleBodyClasses.some((c) => body.classList.contains(c))) return true;
  // (The root's selector before the body's list as it stands: only the list's first selector is scoped to the root.)
  if (doc.querySelector(`${site.page.articleRoot.css} ${site.story.body.css}`)) return true;
  return jsonLdTypes(doc).some((t) => ARTICLE_SCHEMA_TYPE.test(t));
}

/** A body class that names a page type other than an article. */
function domSaysNotArticle(doc: Document, site: SiteSignature): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const [cls, kind] of Object.entries(site.page.nonArticleBodyClasses)) {
    if (body.classList.contains(cls)) return kind;
  }
  return null;
}

export function detectPage(doc: Document, url: string): Detection {
  const address = siteAddress(url);
  if (!address) {
    return {
      site: null,
      isArticle: false,
      reason: 'Not a Moscow Times page.',
      lang: htmlLang(doc),
    };
  }
  const { site, lang, path, host } = address;
  const name = address.name;
  const notArticle = (kind: string): Detection => ({
    site,
    isArticle: false,
    reason: `This is ${kind} of ${name}, not an article.`,
    lang,
  });

  const rule = urlRule(site, path, host);
  if (rule && !rule.article) return notArticle(rule.rule.kind);

  const bodyKind = domSaysNotArticle(doc, site);
  const articlePath = rule?.rule ?? null;
  const domArticle = domSaysArticle(doc, site);

  if (articlePath) {
    if (bodyKind && !domArticle) return notArticle(bodyKind);
    return {
      site,
      isArticle: true,
      reason: domArticle
        ? `${name} ${articlePath.kind}: the address and the page's markup agree.`
        : `${name} ${articlePath.kind} by its address (the page's markup has changed).`,
      lang,
    };
  }
  if (bodyKind) return notArticle(bodyKind);
  // An address no rule knows: the page's markup decides, and the reason says so.
  const unknown = 'its address is not one TMT Reader knows';
  if (markupShowsArticle(doc, site)) {
    return { site, isArticle: true, reason: `${name} article by the page's markup (a story with a headline and a dated byline); ${unknown}.`, lang };
  }
  return {
    site,
    isArticle: false,
    reason: `This page of ${name} is not an article: ${unknown}, and its markup has no story with a headline and a dated byline.`,
    lang,
  };
}
