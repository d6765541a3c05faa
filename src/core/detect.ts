/**
 * Is this page an article of a known site? The URL gives a first answer; the page's markup confirms it
 * (or overrules it: a dated URL whose body says "list of articles" is not an article).
 */
import { profileForHost, type SiteProfile } from './site-profile';

export interface Detection {
  /** The site profile for this host, or null: any other site (the generic reader applies). */
  profile: SiteProfile | null;
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

/** The page's own address when none is given (a saved file): canonical link, then og:url. */
export function pageUrlFromDocument(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (candidate && parseUrl(candidate)?.protocol.startsWith('http')) return candidate;
  }
  return null;
}

function htmlLang(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return lang.split(/[-_]/)[0] ?? '';
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
function domSaysArticle(doc: Document, profile: SiteProfile): boolean {
  const body = doc.body;
  if (body && profile.dom.articleBodyClasses.some((c) => body.classList.contains(c))) return true;
  if (doc.querySelector(`${profile.dom.articleRoot} ${profile.dom.body}`)) return true;
  return jsonLdTypes(doc).some((t) => /^(News|Report|Opinion|Analysis|Review|Live)?(Blog)?(Article|Posting)$/.test(t));
}

/** A body class that names a page type other than an article. */
function domSaysNotArticle(doc: Document, profile: SiteProfile): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const [cls, kind] of Object.entries(profile.dom.nonArticleBodyClasses)) {
    if (body.classList.contains(cls)) return kind;
  }
  return null;
}

export function detectPage(doc: Document, url: string): Detection {
  const parsed = parseUrl(url);
  const profile = parsed ? profileForHost(parsed.hostname) : null;
  if (!profile || !parsed) {
    return {
      profile: null,
      isArticle: false,
      reason: 'Not a Moscow Times page.',
      lang: htmlLang(doc),
    };
  }
  const lang = profile.hosts[parsed.hostname.toLowerCase()] ?? htmlLang(doc) ?? 'en';
  const path = decodeURIComponent(parsed.pathname).replace(/\/{2,}/g, '/');
  const site = profile.name;
  const notArticle = (kind: string): Detection => ({
    profile,
    isArticle: false,
    reason: `This is ${kind} of ${site}, not an article.`,
    lang,
  });

  const known = profile.nonArticlePaths.find((r) => r.pattern.test(path));
  if (known) return notArticle(known.kind);

  const bodyKind = domSaysNotArticle(doc, profile);
  const articlePath = profile.articlePaths.find((r) => r.pattern.test(path));
  const domArticle = domSaysArticle(doc, profile);

  if (articlePath) {
    if (bodyKind && !domArticle) return notArticle(bodyKind);
    return {
      profile,
      isArticle: true,
      reason: domArticle
        ? `${site} ${articlePath.kind}: the address and the page's markup agree.`
        : `${site} ${articlePath.kind} by its address (the page's markup has changed).`,
      lang,
    };
  }
  if (bodyKind) return notArticle(bodyKind);
  if (domArticle && doc.querySelector(profile.dom.title)) {
    return { profile, isArticle: true, reason: `${site} article, recognised by the page's markup.`, lang };
  }
  return notArticle('a page');
}
