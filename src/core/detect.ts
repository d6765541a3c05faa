/**
 * Is this page an article of a known site? The URL gives a first answer; the page's markup confirms it
 * (or overrules it: a dated URL whose body says "list of articles" is not an article). It reads the sites'
 * signatures (src/sites/signature.ts), not their profiles: the content script runs it on every page.
 */
import type { SignatureRule, SiteSignature } from '../sites/signature';
import { SIGNATURES } from '../sites/signatures';
import { isWebAddress } from './address';
import { jsonLdTypes } from './json-ld';
import { compileSelectors, queryFirst, selectorList, type CompiledSelectors } from './select';
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

/**
 * The story root's selector before the body's list, compiled once per signature (select.ts: the browser's engine
 * answers for a page; in jsdom, the CLI's DOM, a querySelector of this list cost ~2.5 ms a read). As it stands,
 * only the body list's first selector is scoped to the root.
 */
const storyBodySelectors = new WeakMap<SiteSignature, CompiledSelectors>();

function storyBodyIn(site: SiteSignature): CompiledSelectors {
  let compiled = storyBodySelectors.get(site);
  if (!compiled) {
    compiled = compileSelectors(selectorList(`${site.page.articleRoot.css} ${site.story.body.css}`));
    storyBodySelectors.set(site, compiled);
  }
  return compiled;
}

/** DOM evidence that this page holds an article of this site. */
function domSaysArticle(doc: Document, site: SiteSignature): boolean {
  const body = doc.body;
  if (body && site.page.articleBodyClasses.some((c) => body.classList.contains(c))) return true;
  if (queryFirst(doc, storyBodyIn(site))) return true;
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

/**
 * A page with no web address at all (a saved copy that recorded none, opened from a file): a known site's article
 * markup (root + headline + dated byline) decides, and the reason says so. Its language: <html lang> when it is
 * one of the site's, else the site's first.
 */
function savedCopyByMarkup(doc: Document): Detection | null {
  const site = SIGNATURES.find((s) => markupShowsArticle(doc, s));
  if (!site) return null;
  const langs: string[] = site.hosts.map((h) => h.lang);
  const own = htmlLang(doc);
  return {
    site,
    isArticle: true,
    reason: `${site.name} article by the page's markup (a story with a headline and a dated byline); the saved page does not say its address.`,
    lang: langs.includes(own) ? own : (langs[0] ?? own),
  };
}

export function detectPage(doc: Document, url: string): Detection {
  const address = siteAddress(url);
  if (!address) {
    return (!isWebAddress(url) && savedCopyByMarkup(doc)) || {
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
