/**
 * Is this page an article of a known site? The URL gives a first answer; the page's markup confirms it
 * (or overrules it: a dated URL whose body says "list of articles" is not an article).
 */
import { siteForHost, type SiteProfile, type UrlRule } from '../sites';

const MANY_SLASHES = /\/{2,}/g;
/** The separator before a language tag's region ("en-GB", "ru_RU"). */
const LANG_SUBTAG_SEPARATOR = /[-_]/;
/** schema.org types of a news story (NewsArticle, OpinionBlogPosting, LiveBlogPosting, ...). */
const ARTICLE_SCHEMA_TYPE = /^(News|Report|Opinion|Analysis|Review|Live)?(Blog)?(Article|Posting)$/;

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

/** The path URL rules are tested against: decoded, repeated slashes folded. */
export function rulePath(url: URL): string {
  return decodeURIComponent(url.pathname).replace(MANY_SLASHES, '/');
}

/** The rule an address falls under: the non-article rules first (they are the exceptions), then the article rules. */
export function urlRule(profile: SiteProfile, path: string): { rule: UrlRule; article: boolean } | null {
  const other = profile.nonArticleRules.find((r) => r.pattern.test(path));
  if (other) return { rule: other, article: false };
  const article = profile.articleRules.find((r) => r.pattern.test(path));
  return article ? { rule: article, article: true } : null;
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
function domSaysArticle(doc: Document, profile: SiteProfile): boolean {
  const body = doc.body;
  if (body && profile.page.articleBodyClasses.some((c) => body.classList.contains(c))) return true;
  // (The root's selector before the body's list as it stands: only the list's first selector is scoped to the root.)
  if (doc.querySelector(`${profile.page.articleRoot.css} ${profile.story.body.css}`)) return true;
  return jsonLdTypes(doc).some((t) => ARTICLE_SCHEMA_TYPE.test(t));
}

/** A body class that names a page type other than an article. */
function domSaysNotArticle(doc: Document, profile: SiteProfile): string | null {
  const body = doc.body;
  if (!body) return null;
  for (const [cls, kind] of Object.entries(profile.page.nonArticleBodyClasses)) {
    if (body.classList.contains(cls)) return kind;
  }
  return null;
}

export function detectPage(doc: Document, url: string): Detection {
  const parsed = parseUrl(url);
  const profile = parsed ? siteForHost(parsed.hostname) : null;
  if (!profile || !parsed) {
    return {
      profile: null,
      isArticle: false,
      reason: 'Not a Moscow Times page.',
      lang: htmlLang(doc),
    };
  }
  const lang = profile.hosts.find((h) => h.host === parsed.hostname.toLowerCase())?.lang ?? htmlLang(doc) ?? 'en';
  const path = rulePath(parsed);
  const site = profile.name;
  const notArticle = (kind: string): Detection => ({
    profile,
    isArticle: false,
    reason: `This is ${kind} of ${site}, not an article.`,
    lang,
  });

  const rule = urlRule(profile, path);
  if (rule && !rule.article) return notArticle(rule.rule.kind);

  const bodyKind = domSaysNotArticle(doc, profile);
  const articlePath = rule?.rule ?? null;
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
  if (domArticle && doc.querySelector(profile.story.title.css)) {
    return { profile, isArticle: true, reason: `${site} article, recognised by the page's markup.`, lang };
  }
  return notArticle('a page');
}
