/**
 * Page metadata a citation needs beyond the story: the outlet's name, the last update and the canonical address.
 * Read from the page's own head (Open Graph, article:*, JSON-LD), never from the story text.
 */
import { parseUrl } from './detect';

export interface PageMeta {
  /** The outlet: the site profile's name, else og:site_name / application-name, else the host. */
  siteName: string | null;
  /** ISO 8601, from article:modified_time or JSON-LD dateModified; null when the page says nothing newer. */
  updated: string | null;
  /**
   * link[rel=canonical] / og:url, when it names this very page (same host and path: it drops a tracking query).
   * A canonical link for another path is not this page's: after infinite scroll the head still names the first story.
   */
  canonicalUrl: string | null;
}

const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function meta(doc: Document, selector: string): string | null {
  const v = doc.head?.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

function jsonLdModified(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        const v = (item as { dateModified?: unknown } | null)?.dateModified;
        if (typeof v === 'string') return v.trim();
      }
    } catch {
      // broken JSON-LD says nothing
    }
  }
  return null;
}

/** The same instant written the same way: an update at publication time is no update. */
function sameInstant(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && ta === tb;
}

function samePath(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

export function pageMeta(doc: Document, pageUrl: string, published: string | null, profileName?: string): PageMeta {
  const page = parseUrl(pageUrl);
  const siteName =
    profileName ?? meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]') ?? page?.hostname ?? null;
  const modified = meta(doc, 'meta[property="article:modified_time"]') ?? jsonLdModified(doc);
  const updated = modified && ZONED_ISO.test(modified) && !(published && sameInstant(modified, published)) ? modified : null;
  let canonicalUrl: string | null = null;
  for (const href of [
    doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    meta(doc, 'meta[property="og:url"]'),
  ]) {
    const u = href ? parseUrl(href.trim()) : null;
    if (u && /^https?:$/.test(u.protocol) && (!page || (u.hostname === page.hostname && samePath(u.pathname, page.pathname)))) {
      u.hash = '';
      canonicalUrl = u.href;
      break;
    }
  }
  return { siteName, updated, canonicalUrl };
}
