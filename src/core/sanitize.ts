/**
 * The one sanitizing step between untrusted article HTML and anything that renders it.
 *
 * DOMPurify with a strict allow-list for article content, plus our own URL policy:
 * links only to absolute http(s)/mailto, images only from absolute http(s), no ids or
 * names (DOM clobbering), no classes or styles (a page must not borrow the reader's own
 * look, nor restyle it), no forms, frames, embeds, SVG, MathML, templates or comments.
 * It is called in the core and AGAIN at every render boundary, so it must be idempotent.
 */
import createDOMPurify from 'dompurify';
import { NOT_PROSE } from './prose';

/** What separates srcset candidates: white space or commas. */
const SPACE_OR_COMMA = /[\s,]/;
const SPACE = /\s/;
const TRAILING_COMMAS = /,+$/;
/** A srcset descriptor: a width ("640w") or a pixel density ("2x", "1.5x"). */
const SRCSET_DESCRIPTOR = /^\d+(?:\.\d+)?[wx]$/;

type Purifier = ReturnType<typeof createDOMPurify>;

export interface SanitizeOptions {
  /** Keep images (only absolute http(s) ones). Default true; the user's "no images" setting turns it off. */
  images?: boolean;
  /** Base to resolve relative href/src/srcset against. Without it, relative URLs are dropped: resolved in
   *  the popup they would point into the extension itself. */
  baseUrl?: string;
}

const TEXT_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure',
  'figcaption', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr', 'code', 'pre', 'q', 'cite',
  'small', 'span', 'time', 'abbr', 'mark', 'del', 'ins', 'div',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** No id/name (clobbering), class, style, data-*, aria-*, role, event handlers or anything URL-like but these. */
const ATTRS = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'lang', 'dir', 'datetime', 'width', 'height',
  'colspan', 'rowspan', 'scope', 'start', 'reversed',
  // Forced values, set by the hook below; allowed so that a second pass keeps them.
  'rel', 'target', 'referrerpolicy', 'loading', 'decoding',
];

/** Attributes that are only meaningful on some elements; anywhere else they are dropped. */
const ATTR_TAGS = byAttribute({
  a: ['href', 'rel', 'target'],
  img: ['src', 'srcset', 'sizes', 'alt', 'referrerpolicy', 'loading', 'decoding', 'width', 'height'],
  time: ['datetime'],
  del: ['datetime'],
  ins: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
});

/** The tags each attribute may stand on, from the attributes each tag may have. */
function byAttribute(tags: Record<string, string[]>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const [tag, attrs] of Object.entries(tags)) {
    for (const a of attrs) {
      let set = out.get(a);
      if (!set) out.set(a, (set = new Set()));
      set.add(tag);
    }
  }
  return out;
}

const NUMERIC = /^\d{1,5}$/;
const DIR = /^(?:ltr|rtl|auto)$/i;
const LANG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;
const SCOPE = /^(?:row|col|rowgroup|colgroup)$/i;

/** Settings of the call in progress (DOMPurify hooks are per instance, calls are synchronous). */
let current: { images: boolean; baseUrl: string | undefined } = { images: true, baseUrl: undefined };

/**
 * DOMPurify instances per window: one for HTML strings, one for sanitizing in place (a setting of its own), each with
 * the settings it holds (set once, not parsed again on every call).
 */
type Mode = 'html' | 'inPlace';
const purifiers = new WeakMap<object, Record<Mode, { purify: Purifier; images: boolean | null } | undefined>>();

/** Parse a URL strictly: absolute, or relative to the given base; null when unparseable. */
function parseUrl(value: string, baseUrl: string | undefined): URL | null {
  // Node's URL is the WHATWG parser browsers use, so tabs/newlines/controls are handled as they would be.
  const v = value;
  try {
    return baseUrl ? new URL(v, baseUrl) : new URL(v);
  } catch {
    return null;
  }
}

function safeUrl(value: string, schemes: ReadonlySet<string>): string | null {
  const u = parseUrl(value, current.baseUrl);
  if (!u || !schemes.has(u.protocol)) return null;
  if ((u.protocol === 'http:' || u.protocol === 'https:') && !u.hostname) return null;
  return u.href;
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** Rebuild a srcset keeping only candidates with a safe URL and a well-formed descriptor. */
function safeSrcset(srcset: string): string | null {
  const out: string[] = [];
  let i = 0;
  const s = srcset;
  while (i < s.length) {
    while (i < s.length && SPACE_OR_COMMA.test(s[i]!)) i++;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && !SPACE.test(s[j]!)) j++;
    let url = s.slice(i, j);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(TRAILING_COMMAS, '');
    } else {
      let k = j;
      while (k < s.length && s[k] !== ',') k++;
      descriptor = s.slice(j, k).trim();
      j = k;
    }
    i = j;
    if (descriptor && !SRCSET_DESCRIPTOR.test(descriptor)) continue;
    const safe = safeUrl(url, IMAGE_SCHEMES);
    // A URL with a comma or whitespace in it would change how the rebuilt list parses.
    if (!safe || SPACE_OR_COMMA.test(safe)) continue;
    out.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return out.length ? out.join(', ') : null;
}

/** Attributes whose value must be a plain number. */
const NUMERIC_ATTRS = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);

function afterAttributes(node: Element): void {
  const tag = node.nodeName.toLowerCase();
  // Most story elements have no attribute left: nothing to check (links and images get theirs set or go, below).
  if (tag !== 'a' && tag !== 'img' && !node.hasAttributes()) return;
  const attrs = node.attributes;
  // Backwards: removing an attribute shifts the ones after it. (Most story elements have none left by now.)
  for (let i = attrs.length - 1; i >= 0; i--) {
    const attr = attrs[i];
    if (!attr) continue;
    const name = attr.name.toLowerCase();
    const v = attr.value;
    const only = ATTR_TAGS.get(name);
    const bad =
      (only !== undefined && !only.has(tag)) ||
      (NUMERIC_ATTRS.has(name) && !NUMERIC.test(v.trim())) ||
      (name === 'dir' && !DIR.test(v)) ||
      (name === 'lang' && v !== '' && !LANG.test(v)) ||
      (name === 'scope' && !SCOPE.test(v));
    if (bad) node.removeAttribute(attr.name);
  }

  if (tag === 'a') {
    const href = node.getAttribute('href');
    const safe = href === null ? null : safeUrl(href, LINK_SCHEMES);
    if (safe) {
      node.setAttribute('href', safe);
      // Links leave the reader in a new tab without giving the target a handle on us.
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
      node.removeAttribute('rel');
      node.removeAttribute('target');
    }
  }

  if (tag === 'img') {
    const src = node.getAttribute('src');
    const safe = src === null ? null : safeUrl(src, IMAGE_SCHEMES);
    const srcset = node.getAttribute('srcset');
    const safeSet = srcset === null ? null : safeSrcset(srcset);
    if (safeSet) node.setAttribute('srcset', safeSet);
    else node.removeAttribute('srcset');
    if (safe) node.setAttribute('src', safe);
    else node.removeAttribute('src');
    if (!safe && !safeSet) {
      node.remove();
      return;
    }
    node.setAttribute('referrerpolicy', 'no-referrer');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
}

/**
 * Comments go before DOMPurify judges the element that holds them. Its mXSS probe removes a whole element with no
 * child element whose text reads as markup and whose HTML does too; in a story paragraph that writes a tag out as
 * text ("a <script> tag"), the only HTML that reads as markup is a comment ("<!--"), which is never shown anyway.
 * Without this, one comment inside such a paragraph cost the reader the whole paragraph.
 */
function dropChildComments(node: Node): void {
  if (node.nodeType !== 1) return;
  for (let n = node.firstChild; n; ) {
    const next = n.nextSibling;
    if (n.nodeType === 8) n.remove();
    n = next;
  }
}

/** NodeFilter.SHOW_COMMENT (the constant, not the global: jsdom's window holds it, Node's globals do not). */
const SHOW_COMMENT = 0x80;

/**
 * In place, the same as dropChildComments before each element, done for the whole tree at once: every comment is a
 * child of an element that the walk would reach before judging it (the root first), and DOMPurify never keeps a
 * comment. One native walk instead of a hook call on every node.
 */
function dropComments(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_COMMENT);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
}

/** DOMPurify's settings for article content, with or without images. */
function purifyConfig(images: boolean, mode: Mode): Parameters<Purifier['setConfig']>[0] {
  return {
    IN_PLACE: mode === 'inPlace',
    // 'body' is the walk's root only (the parser never nests it): without it, DOMPurify deep-clones the whole
    // content to hoist it out of a disallowed root, which is slow on big pages.
    ALLOWED_TAGS: images ? [...TEXT_TAGS, 'img', 'body'] : [...TEXT_TAGS, 'body'],
    ALLOWED_ATTR: ATTRS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
    // Drop the contents of these too, not just the tags.
    FORBID_CONTENTS: [...NOT_PROSE, 'form', 'dialog'],
    SAFE_FOR_XML: true,
    SANITIZE_DOM: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM: true,
  };
}

function purifierFor(win: Window, images: boolean, mode: Mode): Purifier {
  let byMode = purifiers.get(win);
  if (!byMode) purifiers.set(win, (byMode = { html: undefined, inPlace: undefined }));
  let p = byMode[mode];
  if (!p) {
    const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // (In place, sanitizeInPlace drops the comments before the walk instead.)
    if (mode === 'html') purify.addHook('beforeSanitizeElements', dropChildComments);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) afterAttributes(node as Element);
    });
    byMode[mode] = p = { purify, images: null };
  }
  if (p.images !== images && p.purify.isSupported) {
    p.purify.setConfig(purifyConfig(images, mode));
    p.images = images;
  }
  return p.purify;
}

/** Runs one sanitizing call with these settings (DOMPurify hooks are per instance, calls are synchronous). */
function withSettings<T>(win: Window, opts: SanitizeOptions | undefined, mode: Mode, run: (purify: Purifier) => T): T {
  const images = opts?.images !== false;
  const purify = purifierFor(win, images, mode);
  if (!purify.isSupported) throw new Error('sanitizeHtml: this window has no usable DOM');
  const previous = current;
  current = { images, baseUrl: opts?.baseUrl };
  try {
    return run(purify);
  } finally {
    current = previous;
  }
}

/** A figure whose picture was removed and that has no caption left is only an empty box. */
function dropEmptyFigures(root: Element): void {
  for (const fig of Array.from(root.querySelectorAll('figure'))) {
    if (!fig.textContent?.trim()) fig.remove();
  }
}

/** Sanitize untrusted article HTML for display. `win` is the window whose DOM DOMPurify uses (jsdom's window in
 *  Node, `window` in the browser). Returns an HTML string. */
export function sanitizeHtml(html: string, win: Window, opts?: SanitizeOptions): string {
  return sanitizeToBody(html, win, opts).innerHTML;
}

/** The same sanitizing, returning the clean content as the <body> of an inert document (no second parse needed
 *  by callers that also read the text). */
export function sanitizeToBody(html: string, win: Window, opts?: SanitizeOptions): HTMLElement {
  return withSettings(win, opts, 'html', (purify) => {
    // Parse in standards mode, as the popup and the page render it: in quirks mode a <table> stays inside a <p>,
    // so the markup would be re-nested when parsed again at render time.
    const body = purify.sanitize('<!DOCTYPE html>' + String(html ?? '')) as unknown as HTMLElement;
    if (opts?.images === false) dropEmptyFigures(body);
    return body;
  });
}

/**
 * The same sanitizing, done in place on `root` and everything under it: for content that is already a tree in an
 * inert document we made (the story Readability returns), which saves serializing it and parsing it again. `root`
 * must be an element the allow-list keeps (a <div>): DOMPurify refuses to sanitize a forbidden root in place.
 * Whatever HTML is made of the result is still sanitized again from its string wherever it is rendered.
 */
export function sanitizeInPlace<E extends Element>(root: E, win: Window, opts?: SanitizeOptions): E {
  return withSettings(win, opts, 'inPlace', (purify) => {
    dropComments(root);
    purify.sanitize(root);
    if (opts?.images === false) dropEmptyFigures(root);
    return root;
  });
}

/**
 * Makes this window's sanitizers ready (both modes, with images) by sanitizing a one-paragraph fragment: the in-page
 * reader does it in idle time, so that a first read does not set up DOMPurify on the way to the reader's paint.
 */
export function prepareSanitizer(win: Window): void {
  sanitizeHtml('<p>.</p>', win);
  sanitizeInPlace(win.document.implementation.createHTMLDocument('').createElement('div'), win);
}
