/**
 * The metadata pass: title, standfirst, byline and date, read from the copy (and the page's <meta> and JSON-LD
 * where the copy has none), then the headline taken out of the story.
 */
import { isName, jsonLdAuthors, jsonLdString } from '../json-ld';
import { queryAll, queryFirst } from '../select';
import { collapsedLength, collapseSpace, WORD } from '../text';
import { css, text } from './dom';
import { removeKeeping, type StoryKeeper } from './keeper';
import type { Landmarks } from './root';

/** An ISO date-time with a time zone (Z or an offset). */
const ZONED_TIME = /T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/;
/** Where a name ends: a block, or the date that follows it in a byline. */
const NAME_END = /^(DIV|P|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|MAIN|FIGURE|UL|OL|DL|TABLE|BLOCKQUOTE|H[1-6]|TIME)$/;
const META_PUBLISHED = css('meta[property="article:published_time"]');
const META_AUTHOR = css('meta[name="author"]');
const META_ARTICLE_AUTHOR = css('meta[property="article:author"]');
const META_TITLE = css('meta[property="og:title"]');
const META_DESCRIPTION = css('meta[property="og:description"], meta[name="description"]');
const DATED_TIME = css('time[datetime]');
/** A line that only names the authors: "By A", "By A and B" (group 1: the names, which start with a capital). */
const BY_LINE = /^(?:By|Автор:?|Авторы:?|Текст:?)[\s\u00a0]+(\p{Lu}[^.!?]{1,98})$/u;
/**
* A line that is only a date, with a weekday, a time, an issue number or a section's name before a dash: "25
 * February 2011", "Friday, Feb. 25, 2011", "13 January 2014 | Issue 5288", "25 февраля 2011 г.", "25.02.2011 14:12",
 * "News — March 17, 2018", a print issue's page ("Friday, March 14, 2008. Issue 3860. Page 1.") and the time of its last
 * edit ("Mar. 05 2015 19:45 Last edited 19:50").
 */
const DATE_LINE =
  /^(?:\p{L}+(?:\s\p{L}+){0,2}\s*[—–|·]\s*)?(?:\p{L}+,?\s+)?(?:\d{1,2}\.?\s+\p{L}+\.?,?|\p{L}+\.?\s+\d{1,2},?|\d{1,2}\.\d{1,2}\.)\s*\d{4}(?:\s*г\.)?(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[|·.]\s*(?:Issue|Выпуск|№)\s*\d+(?:\s*\(\d+\))?)?(?:\s*[|·.,]\s*(?:Page|Стр\.?)\s*\d+)?\.?(?:\s+(?:Last (?:edited|updated)|Updated|Обновлено):?\s+\d{1,2}:\d{2})?$/iu;
/** How far after the headline, in elements of its box, a byline is looked for (standfirst, kicker, date between). */
const BY_LINE_REACH = 4;
/** Longer than this (characters), a line before the headline is not its kicker ("Open letter", "Opinion"). */
const MAX_KICKER = 40;
/** A line that ends a sentence: a standfirst or story, not a kicker. */
const SENTENCE_END = /[.!?…»”"]$/;

/** Longer than this (characters), a line after the headline is not its tools. */
const MAX_TOOLS_LINE = 120;

/** Longer than this (characters), the headline's box holds more than a head (kicker, headline, standfirst, byline). */
const MAX_HEAD = 800;

/** Two paragraphs in a row (after a standfirst): a box that has them holds story. */
const PROSE = css('p:not([class*="standfirst"]) + p');
/** Longer than this, a box after the headline is more than a byline and a date (with share links). */
const MAX_BYLINE_BOX = 200;
const TIME = css('time');
const PICTURE = css('figure, figcaption');
/** Elements a byline's names can sit in, innermost looked at first. */
const NAME_LINES = css('div, p, span, li');

export interface Metadata {
  title: string | null;
  titleEl: Element | null;
  /** Without the profile's markup: the lines after the headline that are only its byline or a date (see headLinesAfter). */
  headLines: Element[];
  standfirst: string | null;
  byline: string | null;
  /** Where the byline came from: the names the page shows, or its metadata when it shows none. */
  bylineSource: 'page' | 'meta' | null;
  published: string | null;
}

function metaContent(doc: Document, meta: ReturnType<typeof css>): string | null {
  const v = queryFirst(doc, meta)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/**
 * The authors the page's metadata names, for a page whose byline shows none (TMT's `.byline__author` can be empty
 * while its meta and JSON-LD say "The Moscow Times"). JSON-LD first: it lists every author, `meta[name=author]`
 * only the first; article:author last, and only when it is a name (elsewhere it is often a profile URL).
 */
function metaAuthors(doc: Document): string[] {
  const fromLd = jsonLdAuthors(doc);
  if (fromLd.length) return fromLd;
  for (const sel of [META_AUTHOR, META_ARTICLE_AUTHOR]) {
    const v = metaContent(doc, sel);
    if (isName(v)) return [collapseSpace(v)];
  }
  return [];
}

/** An author element's text up to a block or a date inside it: a tag left open (a name's <span>) swallows what follows. */
function inlineText(el: Element): string | null {
  let t = '';
  for (let n: Node | null = el.firstChild; n; ) {
    if (n.nodeType === 1 && NAME_END.test((n as Element).tagName)) break;
    if (n.nodeType === 3) t += n.nodeValue ?? '';
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  t = collapseSpace(t);
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

/**
 * The headline's own box: its ancestors up to the last one that holds no story prose and little text (a header of
 * kicker, headline and standfirst). The page's byline and date often follow that box, not the headline itself.
 */
function headBox(titleEl: Element, copy: Element): Element {
  let box = titleEl;
  for (let p = titleEl.parentElement; p && p !== copy && !queryFirst(p, PROSE); p = p.parentElement) {
    if (collapsedLength(p.textContent ?? '', MAX_HEAD) > MAX_HEAD) break;
    box = p;
  }
  return box;
}

/**
 * The elements right after the headline where a byline and a date stand, and after the headline's box (`box`: the
 * headline itself with the profile's markup) when it has one.
 */
function afterHeadline(titleEl: Element | null, box: Element | null): Element[] {
  const out: Element[] = [];
  if (!titleEl || !box) return out;
  for (const start of box === titleEl ? [titleEl] : [titleEl, box]) {
    let el = start.nextElementSibling;
    for (let i = 0; el && i < BY_LINE_REACH; i++, el = el.nextElementSibling) out.push(el);
  }
  return out;
}

/**
 * A byline's box without the profile's classes: short, no story prose, no picture, and holding a <time> (the date
 * of the byline, with the names and share links around it).
 */
function isBylineBox(el: Element): boolean {
  if (!TIME.matches(el) && !queryFirst(el, TIME)) return false;
  if (collapsedLength(el.textContent ?? '', MAX_BYLINE_BOX) > MAX_BYLINE_BOX) return false;
  return !queryFirst(el, PROSE) && !PICTURE.matches(el) && !queryFirst(el, PICTURE);
}

/**
 * Without the profile's author markup (a page of another era): a short "By …" line among the elements right after
 * the headline (or inside a byline box there: its innermost line) shows the byline; its links are the names, else its
 * words after "By".
 */
function byLineAfter(after: Element[], lang: string, bylineBoxes: ReadonlySet<Element>): { names: string; line: Element } | null {
  for (const el of after) {
    const box = bylineBoxes.has(el);
    let line: Element | null = null;
    let m: RegExpExecArray | null = null;
    // In a byline box, the innermost line that reads "By …" (the box's own text runs on into its date).
    if (box) {
      for (const inner of queryAll(el, NAME_LINES)) {
        const im = BY_LINE.exec(firstLine(inner));
        if (im) [line, m] = [inner, im];
      }
    }
    if (!m && (m = BY_LINE.exec(firstLine(el)))) line = el;
    if (!m || !line) continue;
    const links = Array.from(line.getElementsByTagName('a'), (a) => text(a)).filter((n): n is string => !!n && isName(n));
    const names = links.length ? joinNames(links, lang) : collapseSpace(m[1]!.split(ROLE_AFTER_SLASH)[0]!);
    return names ? { names, line: box ? el : line } : null;
  }
  return null;
}

/** "By Nadia Popova / Staff Writer" (the 2000s' bylines): the author's role after a slash is not a name. */
const ROLE_AFTER_SLASH = /\s+\/\s+/;

/**
 * An element's text up to its first line break, white space collapsed: "By A<br>Staff Writer" is a byline line, then
 * the author's role on a line of its own.
 */
function firstLine(el: Element): string {
  let t = '';
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') break;
    } else t += n.nodeValue ?? '';
  }
  return collapseSpace(t);
}

/**
 * Without the profile's markup: the lines right after the headline (or its box) that are only its byline or only a
 * date ("25 February 2011", "Feb. 25, 2011 | Issue 4586") or its tools ("Print | Email"), byline boxes (names, a
 * date, share links), and its kicker right before it: the page's head, not story. The byline line is `byLine`, when
 * the byline was read from it.
 */
function headLinesAfter(titleEl: Element | null, after: Element[], byLine: Element | null, bylineBoxes: ReadonlySet<Element>): Element[] {
  const lines: Element[] = [];
  // Its kicker: a short line right before it, no sentence, no picture.
  const before = titleEl?.previousElementSibling;
  const kicker = before ? text(before) : null;
  if (before && kicker && kicker.length <= MAX_KICKER && !SENTENCE_END.test(kicker) && !before.getElementsByTagName('img').length) lines.push(before);
  for (const el of after) if (el === byLine || DATE_LINE.test(text(el) ?? '') || isToolsLine(el) || bylineBoxes.has(el)) lines.push(el);
  return lines;
}

/**
 * A line of an article's tools: two or more links ("Print", "Email", "Comments") and, outside them, no word of two
 * letters or more (bars, a font-size control's "A A A").
 */
function isToolsLine(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length < 2 || collapsedLength(el.textContent ?? '', MAX_TOOLS_LINE) > MAX_TOOLS_LINE) return false;
  let own = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('a')) own += n.nodeValue ?? '';
  return !WORD.test(own);
}

/** Shorter than this (characters), a line under the headline is a kicker or a label, not a standfirst. */
const MIN_STANDFIRST = 20;

/**
 * Without the profile's markup, the standfirst: the first line after the headline inside the headline's own box (a
 * header that holds no story; it leaves the story whole, so nothing else would show that line), when it is neither a
 * byline nor a date; else the block right after the headline whose text is the page's description. That one is never
 * a <p>: a page whose description repeats its first paragraph keeps that paragraph in the story.
 */
function standfirstNear(source: Document, titleEl: Element | null, box: Element | null, after: Element[]): Element | null {
  if (!titleEl || !box) return null;
  if (box !== titleEl) {
    for (let el = titleEl.nextElementSibling; el; el = el.nextElementSibling) {
      const t = text(el);
      if (!t || t.length < MIN_STANDFIRST || DATE_LINE.test(t) || BY_LINE.test(t) || isBylineBox(el)) continue;
      return el;
    }
  }
  const description = metaContent(source, META_DESCRIPTION);
  if (!description) return null;
  const want = collapseSpace(description);
  for (const el of after) {
    if (el.tagName === 'P' || box.contains(el)) continue;
    if (collapsedLength(el.textContent ?? '', want.length + 1) === want.length && text(el) === want) return el;
  }
  return null;
}

/** The first dated <time> of a byline box among `after`. */
function datedTimeIn(after: Element[], bylineBoxes: ReadonlySet<Element>): Element | null {
  for (const el of after) if (bylineBoxes.has(el)) return DATED_TIME.matches(el) ? el : queryFirst(el, DATED_TIME);
  return null;
}

/** The datetime as given when it has a time zone; else the page's metadata, which has one. */
function publishedTime(raw: string | null | undefined, meta: string | null): string | null {
  const t = raw?.trim();
  if (t && ZONED_TIME.test(t)) return t;
  return meta ?? (t || null);
}

/**
 * The author links' words that are names: not one that holds another of them with words around it ("More stories by
 * Anna Volkova", an author box's link to the same page as the byline's "Anna Volkova").
 */
function notSentences(names: string[]): string[] {
  if (names.length < 2) return names;
  return names.filter((n) => !names.some((o) => o.length < n.length && n.includes(o)));
}

/**
 * The story's metadata. The visible date text is rewritten by the page's scripts: the datetime is read.
 * Names and the date are the article's, not a live post's that a byline left open swallowed: none inside a story
 * piece (other than a body container that holds the headline too).
 */
export function readMetadata(source: Document, copy: Element, marks: Landmarks, keeper: StoryKeeper, known: boolean, lang: string): Metadata {
  const titleEl = marks.titles[0] ?? marks.h1s[0] ?? null;
  const title = text(titleEl) ?? metaContent(source, META_TITLE);
  const aboveTitle = new Set<Element>();
  for (let a = titleEl; a && a !== copy; a = a.parentElement) aboveTitle.add(a);
  const outsideStory = (el: Element): boolean => {
    for (let a = el.parentElement; a && a !== copy; a = a.parentElement) if (keeper.isPiece(a) && !aboveTitle.has(a)) return false;
    return true;
  };
  const names = notSentences(marks.authors.filter(outsideStory).map(inlineText).filter((n): n is string => !!n));
  // (Without the profile's markup, the byline, date and standfirst are looked for around the headline's own box.)
  const box = titleEl && (known ? titleEl : headBox(titleEl, copy));
  const after = afterHeadline(titleEl, box);
  // The byline boxes among them, judged once (the byline, the date, the standfirst and the head lines all ask).
  const bylineBoxes = new Set(known ? [] : after.filter(isBylineBox));
  const timeEl =
    marks.times.find(outsideStory) ?? (known ? null : (titleEl?.parentElement ? queryFirst(titleEl.parentElement, DATED_TIME) : null) ?? datedTimeIn(after, bylineBoxes));
  const metaPublished = metaContent(source, META_PUBLISHED) ?? jsonLdString(source, 'datePublished');
  const byLine = marks.authors.length ? null : byLineAfter(after, lang, bylineBoxes);
  const shown = joinNames(names, lang) ?? byLine?.names ?? null;
  const byline = shown ?? joinNames(metaAuthors(source), lang);
  const standfirstEl = marks.standfirsts[0] ?? (known ? null : standfirstNear(source, titleEl, box, after));
  const headLines = known ? [] : headLinesAfter(titleEl, after, byLine?.line ?? null, bylineBoxes);
  if (!known && standfirstEl && after.includes(standfirstEl)) headLines.push(standfirstEl);
  return {
    title,
    titleEl,
    headLines,
    standfirst: text(standfirstEl),
    byline,
    bylineSource: shown ? 'page' : byline ? 'meta' : null,
    published: publishedTime(timeEl?.getAttribute('datetime'), metaPublished),
  };
}

/**
 * The headline leaves the story; without the profile's markup, so do its own box (kicker, standfirst, byline) and the
 * byline and date lines after it.
 */
export function dropHeadline(copy: Element, titleEl: Element | null, known: boolean, keeper: StoryKeeper, headLines: Element[] = []): void {
  for (const line of headLines) if (line.isConnected && !keeper.holds(line)) removeKeeping(line, keeper);
  if (!known && titleEl && titleEl.parentElement && titleEl.parentElement !== copy) {
    const head = titleEl.parentElement;
    // A head that holds paragraphs in a row, or text longer than a head's, holds story (a box left open swallowed it).
    if (!queryFirst(head, PROSE) && collapsedLength(head.textContent ?? '', MAX_HEAD) <= MAX_HEAD) removeKeeping(head, keeper);
  }
  if (titleEl) removeKeeping(titleEl, keeper);
}
