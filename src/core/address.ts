/**
 * Which page a document is, and what its relative references point to. A page read live is at its own address; a
 * copy saved by a browser ("Save page as…", SingleFile) and opened from a file or standard input is not: its
 * address is what the copy recorded, and its relative references point into the copy (its `_files` folder).
 */
import { SIGNATURES } from '../sites/signatures';

/** Where a browser that saved the page wrote its address: Chrome/IE's "saved from url" and SingleFile's "url:" comments. */
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)/i;
const SINGLEFILE_URL = /^\s*Page saved with SingleFile\s[\s\S]*?^\s*url:\s*(\S+)/im;
/** Addresses that say where a copy of the page is, not which page it is (a saved file, a blob). */
const LOCAL_COPY = /^(file|blob|data|about):/i;
/** How many nodes at the top of the document, <html> and <head> are looked at for the saving browser's comment. */
const TOP_NODES = 8;

const COMMENT_NODE = 8;

function webUrl(u: string | null | undefined): URL | null {
  if (!u) return null;
  try {
    const parsed = new URL(u.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** The address the saving browser noted in a comment before or at the top of <html>/<head>. */
export function recordedAddress(doc: Document): string | null {
  for (const place of [doc, doc.documentElement, doc.head] as (Node | null)[]) {
    let seen = 0;
    for (let n = place?.firstChild ?? null; n && seen < TOP_NODES; n = n.nextSibling, seen++) {
      if (n.nodeType !== COMMENT_NODE) continue;
      const text = n.nodeValue ?? '';
      const m = SAVED_FROM.exec(text) ?? SINGLEFILE_URL.exec(text);
      if (m?.[1]) return m[1];
    }
  }
  return null;
}

/**
 * The page's own address when none is given (a saved copy), absolute http(s) only. The address the saving browser
 * recorded is where the reader was: after infinite scroll it names the story on screen while the head's canonical
 * link still names the first one. An address of a site TMT Reader knows comes before one of another site (a copy
 * saved from a mirror or proxy records the mirror, its canonical link names the site). Otherwise the head's own
 * word first: canonical link, og:url, then the recorded address.
 */
export function pageUrlFromDocument(doc: Document): string | null {
  const recorded = webUrl(recordedAddress(doc));
  const canonical = webUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const og = webUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'));
  const known = [recorded, canonical, og].find((u) => u && knownHost(u.hostname));
  return (known ?? canonical ?? og ?? recorded)?.href ?? null;
}

/** A host of a site TMT Reader knows (the sites' signatures: this module runs in the content script too). */
function knownHost(host: string): boolean {
  const h = host.toLowerCase();
  return SIGNATURES.some((s) => s.hosts.some((e) => e.host === h));
}

/** Is this address a web page's (not a local copy's, not about:blank)? */
export function isWebAddress(url: string | null | undefined): boolean {
  return webUrl(url) !== null;
}

/**
 * The address a page is read as: the given one, unless it is none or a local copy's (a saved page opened from a
 * file), in which case the page's own recorded address wins when it has one.
 */
export function pageAddress(doc: Document, given?: string | null): string {
  if (given && !LOCAL_COPY.test(given)) return given;
  return pageUrlFromDocument(doc) || given || doc.URL || 'about:blank';
}

/**
 * What the page's relative references (images, links) resolve against: the address the caller gave, else the
 * document's own when it is a web address; never an address recovered from the copy's contents, since a saved
 * copy's relative references point into the copy (`./page_files/photo.jpg`): made absolute against the site they
 * would be broken addresses. None (undefined): relative references are dropped, absolute ones kept.
 */
export function resourceBase(doc: Document, given?: string | null): string | undefined {
  if (given && !LOCAL_COPY.test(given)) return given;
  return isWebAddress(doc.URL) ? doc.URL : undefined;
}
