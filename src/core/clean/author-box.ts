/**
 * The author-box pass: the box about the author at the story's end (name, a short bio, an e-mail address or a
 * social handle), known by its shape and not its classes: a small box that holds a contact link of the author's
 * and names the author (a link to an author page, or a line that is a name of the byline), with no prose after it;
 * or, without a contact, a box that names the author, links to their page on the site ("More stories by A") and
 * says something beside its links (a bio).
 * A redesign keeps what such a box says while it renames its markup; the site profile's drop list knows the box by
 * its classes.
 */
import type { CompiledProfile } from '../profile';
import type { CompiledSelectors } from '../select';
import { elementsByTag, queryFirst } from '../select';
import { MIN_PROSE_RUN } from '../prose';
import { collapsedLength, collapseSpace } from '../text';
import { httpAddress } from '../url';
import { isWrapper } from './dom';
import { removeKeeping, type StoryKeeper } from './keeper';
import { isRolePage } from './teasers';

/** Longer than this (characters), a box holds more than a name, a bio and contacts. */
const MAX_AUTHOR_BOX = 600;
/** A personal address (a share link's "mailto:?subject=…" has none). */
const MAILTO = /^mailto:[^?@\s]+@[^?@\s]+/i;
/** A link that reads as a social handle ("@name"). */
const HANDLE = /^@[\p{L}\p{N}_.]{2,}$/u;
/** Elements an author box can be. */
const BOXES = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER', 'HEADER']);
/** Separators between a byline's names. */
const NAME_SEPARATOR = /\s*,\s*|\s+(?:and|и|&)\s+/u;

/** Shorter than this (characters, outside links), a box says nothing about the author: a name and links. */
const MIN_BIO = 40;

/** The page being read, to know the site's author pages by its URL rules. */
export interface AuthorPages {
  url: string;
  profile: CompiledProfile;
}

/**
 * Is `a` a link to one of the site's author pages (its URL rule with role 'author') whose words name one of the
 * byline's authors ("More stories by Anna Volkova")? Only links naming an author are parsed.
 */
function isAuthorPageLink(a: Element, names: Set<string>, site: AuthorPages | undefined): boolean {
  if (!site || !names.size) return false;
  const text = collapseSpace(a.textContent ?? '');
  let named = false;
  for (const name of names) if (text.includes(name)) named = true;
  if (!named) return false;
  const target = httpAddress(a.getAttribute('href'), site.url);
  return !!target && isRolePage(target, site.profile, 'author');
}

/** Does `box` have words of its own outside its links, MIN_BIO characters or more (a bio, not a name and links)? */
function saysMoreThanLinks(box: Element): boolean {
  let length = 0;
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* text */);
  for (let n = walker.nextNode(); n && length < MIN_BIO; n = walker.nextNode()) {
    const link = n.parentElement?.closest('a');
    if (link && box.contains(link)) continue;
    length += collapseSpace(n.nodeValue ?? '').length;
  }
  return length >= MIN_BIO;
}

/** Is `a` a way to reach a person: an e-mail address, or a social handle? */
function isContact(a: Element): boolean {
  if (MAILTO.test(a.getAttribute('href') ?? '')) return true;
  const t = a.textContent ?? '';
  return t.includes('@') && HANDLE.test(collapseSpace(t));
}

/** Does `box` name the author: a link to an author page, or an element whose whole text is one of the byline's names? */
function namesAuthor(box: Element, author: CompiledSelectors, names: Set<string>): boolean {
  if (queryFirst(box, author)) return true;
  if (!names.size) return false;
  for (const el of elementsByTag(box, '*')) {
    if (el.firstElementChild) continue;
    if (names.has(collapseSpace(el.textContent ?? ''))) return true;
  }
  return false;
}

/**
 * The author box a contact link is in: its innermost box that also names the author (with the wrappers of that box
 * alone), short; null when there is none.
 */
function authorBoxOf(contact: Element, part: Element, author: CompiledSelectors, names: Set<string>, keeper?: StoryKeeper): Element | null {
  for (let el = contact.parentElement; el && el !== part; el = el.parentElement) {
    if (keeper?.holds(el) || collapsedLength(el.textContent ?? '', MAX_AUTHOR_BOX) > MAX_AUTHOR_BOX) return null;
    if (!BOXES.has(el.tagName) || !namesAuthor(el, author, names)) continue;
    let box = el;
    while (box.parentElement && box.parentElement !== part && isWrapper(box.parentElement) && !keeper?.holds(box.parentElement)) box = box.parentElement;
    return box;
  }
  return null;
}

/** Is there prose after `box` in `part` (a long run of text outside links)? */
function proseAfter(box: Element, part: Element): boolean {
  let last: Node = box;
  while (last.lastChild) last = last.lastChild;
  const walker = part.ownerDocument.createTreeWalker(part, 4 /* text */);
  walker.currentNode = last;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').length < MIN_PROSE_RUN || collapseSpace(n.nodeValue ?? '').length < MIN_PROSE_RUN) continue;
    let inLink = false;
    for (let p = n.parentElement; p && p !== part && !inLink; p = p.parentElement) inLink = p.tagName === 'A';
    if (!inLink) return true;
  }
  return false;
}

/**
 * Remove the author boxes at the end of `part`. `author`: the selectors of author links; `byline`: the names the
 * story is by. Last first, so that a box repeated for another screen size does not count as prose after the first.
 */
export function dropAuthorBoxes(part: Element, author: CompiledSelectors, byline: string | null, keeper?: StoryKeeper, site?: AuthorPages): void {
  const names = new Set((byline ?? '').split(NAME_SEPARATOR).filter((n) => n.includes(' ')));
  // A contact link, or a link to the author's page that names them (then the box must say something about them too).
  const links: { a: Element; page: boolean }[] = [];
  for (const a of elementsByTag(part, 'a')) {
    if (isContact(a)) links.push({ a, page: false });
    else if (isAuthorPageLink(a, names, site)) links.push({ a, page: true });
  }
  for (let i = links.length - 1; i >= 0; i--) {
    const { a, page } = links[i] as { a: Element; page: boolean };
    if (!a.isConnected) continue;
    const box = authorBoxOf(a, part, author, names, keeper);
    if (box && !proseAfter(box, part) && (!page || saysMoreThanLinks(box))) removeKeeping(box, keeper);
  }
}
