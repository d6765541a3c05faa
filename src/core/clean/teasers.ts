/**
 * The teasers pass: links to other articles inside the story (a box of nothing but a short link or two), and a
 * label left dangling at the story's end once its links are gone ("Related articles:").
 */
import type { CompiledSelectors } from '../select';
import { elementsByTag, queryAll, queryFirst } from '../select';
import type { CompiledProfile } from '../profile';
import { collapsedLength, collapseSpace } from '../text';
import { siteAddress, urlRule, type SiteAddress } from '../detect';
import { httpAddress, pagePath } from '../url';
import { MIN_PROSE_RUN } from '../prose';
import { css, isWrapper } from './dom';
import { hoistIfHolding, removeKeeping, type StoryKeeper } from './keeper';
import { isAppealProse, unquoted } from './text-net';

/** Blocks a trailing label can be. */
const LABEL_BLOCK = /^(P|H[1-6]|LI|DIV|BLOCKQUOTE)$/;
const ENDS_WITH_COLON = /[:：]$/;
const TEXT_OR_IMAGE = css('p, img');
const TEASER_BOXES = css('div, aside, section');
/** Boxes a bare link on its own line can stand in (the story's own <article> among them). */
const LINE_BOXES = css('div, aside, section, article, main');

/** Longer than this (characters, and than half the story), the box around a donation link holds more than the ask. */
const MAX_ASK_BOX = 1200;
/** Longer than this (characters), the box around a button to a channel is more than its promo (a fact box, a story's lines). */
const MAX_CHANNEL_BOX = 300;
/** Longer than this (characters), a link is not a button: a call to action is short ("Give now", «Помочь редакции»). */
const MAX_ASK_LINK = 60;
/** Longer than this (characters), a line with a donation link in it is story, whatever it says. */
const MAX_ASK_LINE = 400;
/** Lines of text a link can stand in (a link outside them is a button). */
const TEXT_LINE = /^(P|LI|H[1-6]|BLOCKQUOTE)$/;

/** Donation appeals, known by where their button leads (the profile's donation page), and what the story must keep. */
export interface Asks {
  profile: CompiledProfile;
  keeper?: StoryKeeper;
}

/** Where a link leads on a known site, resolved against the page; null for no link, an address that does not parse,
 *  or one off the known sites. */
function linkAddress(href: string | null, pageUrl: string): SiteAddress | null {
  if (!href) return null;
  try {
    return siteAddress(new URL(href, pageUrl));
  } catch {
    return null;
  }
}

/** Is `url` one of the site's pages of this role (a URL rule with role 'donation' or 'author'), on any of its hosts? */
export function isRolePage(url: URL, profile: CompiledProfile, role: 'donation' | 'author'): boolean {
  const at = siteAddress(url);
  if (!at || at.site.id !== profile.id) return false;
  return profile.data.nonArticleRules.some((r) => r.role === role && (!r.hosts || r.hosts.includes(at.host)) && r.pattern.test(at.path));
}

/**
 * The box around a donation link that is all ask: the outermost one, up to a story block, a story piece, or a box
 * longer than an ask. Null when the link is the story's (inside a paragraph of a story block, or of a
 * container as long as the story).
 */
function askBoxOf(a: Element, part: Element, storyBlock: CompiledSelectors, keeper: StoryKeeper | undefined, longest: number): Element | null {
  let box: Element | null = null;
  for (let el = a.parentElement; el && el !== part; el = el.parentElement) {
    if (storyBlock.matches(el) || keeper?.isPiece(el)) break;
    // A box left open (a page missing its </div>s) swallows the story after it: its pieces are moved out first, to
    // just after it, where they stood; what stays is the ask, measured as such.
    hoistIfHolding(el, keeper);
    if (collapsedLength(el.textContent ?? '', longest) > longest) break;
    if (TEASER_BOXES.matches(el)) box = el;
  }
  return box;
}

/**
 * A box of nothing but a short link or two, inside the story: a teaser to another article. With `asks`, also an
 * appeal of any wording: the short box around a button to the site's donation page, or around a button to a
 * messenger or social network when the box names the publication (its own channel's promo).
 */
export function dropLinkTeasers(part: Element, storyBlock: CompiledSelectors, pageUrl?: string, asks?: Asks): void {
  // One walk of the links: the asks go first (their buttons would otherwise make their boxes look like teasers, and
  // a teaser box removed would leave the ask's words); the others are kept for the lone-link test below.
  const links = pageUrl ? elementsByTag(part, 'a') : [];
  if (asks && pageUrl) dropAsks(links, part, storyBlock, pageUrl, asks);
  for (const box of queryAll(part, TEASER_BOXES)) {
    // (A box that only wraps another box leaves the decision to it; one that wraps a bare link is the teaser.)
    const wrapsBox = isWrapper(box) && TEASER_BOXES.matches(box.firstElementChild as Element);
    if (!box.isConnected || wrapsBox || storyBlock.matches(box) || queryFirst(box, TEXT_OR_IMAGE)) continue;
    const all = collapseSpace(box.textContent ?? '');
    let linked = 0;
    for (const a of elementsByTag(box, 'a')) linked += collapseSpace(a.textContent ?? '').length;
    if (all && all.length < 250 && linked >= all.length * 0.6) box.remove();
  }
  if (!pageUrl) return;
  // A bare link on its own line to another of the site's articles is a teaser, even when the box it came in holds
  // story too (a page that lost its </div>s nests the following paragraphs in the teaser's box); one to this page
  // itself (an AMP or print copy's "View the full version of this article", a permalink) is navigation. Story links
  // sit inside sentences.
  for (const a of links) {
    const parent = a.parentElement;
    if (!a.isConnected || !parent || !LINE_BOXES.matches(parent) || storyBlock.matches(parent)) continue;
    const href = a.getAttribute('href');
    if (aloneOnItsLine(a) && (otherArticleOfSite(href, pageUrl) || isThisPage(href, pageUrl))) a.remove();
  }
}

/** Does `href` lead to the page itself, in another form (its query or fragment aside: ?amp, ?print)? Not a link within the page. */
function isThisPage(href: string | null, pageUrl: string): boolean {
  const target = href?.startsWith('#') ? null : httpAddress(href, pageUrl);
  const page = httpAddress(pageUrl);
  return !!target && !!page && target.host === page.host && pagePath(target) === pagePath(page);
}

/**
 * Hosts of messengers and social networks, where an outlet keeps channels of its own (and their mobile and www.
 * names): a button there is a call to follow, not a source.
 */
const CHANNEL_HOSTS = new Set([
  't.me', 'telegram.me', 'vk.com', 'ok.ru', 'dzen.ru', 'zen.yandex.ru', 'wa.me', 'whatsapp.com', 'instagram.com', 'facebook.com',
  'x.com', 'twitter.com', 'youtube.com', 'threads.net', 'tiktok.com', 'bsky.app', 'linkedin.com',
  // Podcast and audio platforms, where an outlet keeps its shows.
  'podcasts.apple.com', 'music.apple.com', 'open.spotify.com', 'soundcloud.com', 'music.yandex.ru', 'podcasts.google.com', 'castbox.fm',
]);
const HOST_PREFIX = /^(www|m|mobile)\./;

/** Is `url` on a messenger or a social network (an account or a channel there, or a share dialog)? */
function isChannelPage(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && CHANNEL_HOSTS.has(url.hostname.toLowerCase().replace(HOST_PREFIX, ''));
}

/** The line of text (paragraph, list item, heading) `a` stands in, inside `part`; null for a button of its own. */
function lineAround(a: Element, part: Element): Element | null {
  for (let el = a.parentElement; el && el !== part; el = el.parentElement) if (TEXT_LINE.test(el.tagName)) return el;
  return null;
}

/**
 * Does `box` hold story beside `line`: two paragraphs of prose that do not speak as the outlet (the box an ask line
 * was written into is the story's block, not an appeal box).
 */
function holdsStoryBeside(box: Element, line: Element, profile: CompiledProfile): boolean {
  let prose = 0;
  for (const p of elementsByTag(box, 'p')) {
    if (p === line || p.contains(line) || line.contains(p)) continue;
    if (collapsedLength(p.textContent ?? '', MIN_PROSE_RUN) < MIN_PROSE_RUN) continue;
    const t = collapseSpace(p.textContent ?? '');
    const { appealStrong, appealWeak, appealVoice } = profile.text;
    if (appealStrong.test(t) || appealWeak.test(t) || isAppealProse(t, appealVoice)) continue;
    if (++prose >= 2) return true;
  }
  return false;
}

/** A line that is an ask of its own: short, in the outlet's voice to its readers ("If you value reporting like this, <a>support our newsroom</a>."). */
function isAskLine(line: Element, profile: CompiledProfile): boolean {
  if (collapsedLength(line.textContent ?? '', MAX_ASK_LINE) > MAX_ASK_LINE) return false;
  return isAppealProse(collapseSpace(line.textContent ?? ''), profile.text.appealVoice);
}

/** Does the box speak as the outlet, or to the reader, in its own words ("in our channel", «в нашем телеграм-канале», "wherever you get your podcasts")? */
function speaksAsOutlet(box: Element, profile: CompiledProfile): boolean {
  return profile.text.appealVoice.speaker.test(unquoted(collapseSpace(box.textContent ?? '')));
}

/** Is `box` all of a story block's content (a fact box: a channel's button there is the story's, a source)? */
function isAllOfStoryBlock(box: Element, storyBlock: CompiledSelectors): boolean {
  for (let p = box.parentElement; p && isWrapper(p); p = p.parentElement) if (storyBlock.matches(p)) return true;
  return false;
}

/** Does the box name the publication ("The Moscow Times is on Telegram")? Then a button to a channel is its own. */
function namesOutlet(box: Element, profile: CompiledProfile): boolean {
  const t = collapseSpace(box.textContent ?? '');
  return profile.outletNames.some((name) => t.includes(name));
}

/**
 * The short boxes around buttons to the site's donation page, and around buttons to a messenger or social network in a
 * box that names the publication (a promo of its own channel: "The Moscow Times is on Telegram … Join our channel"),
 * among `links` (the part's).
 */
function dropAsks(links: Element[], part: Element, storyBlock: CompiledSelectors, pageUrl: string, asks: Asks): void {
  // (Measured on the first such link: most stories have none.)
  let longest = -1;
  for (const a of links) {
    if (!a.isConnected) continue;
    const href = a.getAttribute('href');
    const url = href?.startsWith('#') ? null : httpAddress(href, pageUrl);
    if (!url) continue;
    const donation = isRolePage(url, asks.profile, 'donation');
    if (!donation && !isChannelPage(url)) continue;
    const label = collapsedLength(a.textContent ?? '', MAX_ASK_LINK);
    if (label === 0 || label > MAX_ASK_LINK) continue;
    if (longest < 0) longest = Math.min(MAX_ASK_BOX, Math.floor(collapsedLength(part.textContent ?? '', Infinity) * 0.5));
    let box = askBoxOf(a, part, storyBlock, asks.keeper, donation ? longest : Math.min(longest, MAX_CHANNEL_BOX));
    const line = lineAround(a, part);
    // A donation link in a line of a story block (no box of its own, or a box that holds story beside it) is an ask
    // written into the story: the line goes when it speaks as the outlet, else nothing does.
    if (donation && line && (!box || (box.contains(line) && holdsStoryBeside(box, line, asks.profile)))) box = isAskLine(line, asks.profile) ? line : null;
    if (!box) continue;
    // A button to a channel (no sentence around it) in a box that names the publication, or that speaks as it.
    const ownChannel = (namesOutlet(box, asks.profile) && !isAllOfStoryBlock(box, storyBlock)) || (!line && speaksAsOutlet(box, asks.profile));
    if (donation || ownChannel) removeKeeping(box, asks.keeper);
  }
}

/** Elements that make their own line: a link between two of them is alone on its line. */
const LINE_BREAKING = /^(P|DIV|SECTION|ASIDE|H[1-6]|UL|OL|LI|FIGURE|BLOCKQUOTE|TABLE|HR|BR|HEADER|FOOTER)$/;

/** Is `node` alone on its line: nothing but white space or line-making elements before and after it? */
function aloneOnItsLine(node: Element): boolean {
  const clear = (n: ChildNode | null, step: (n: ChildNode) => ChildNode | null): boolean => {
    for (; n; n = step(n)) {
      if (n.nodeType === 3 && !(n.nodeValue ?? '').trim()) continue;
      return n.nodeType === 1 && LINE_BREAKING.test((n as Element).tagName);
    }
    return true;
  };
  return clear(node.previousSibling, (n) => n.previousSibling) && clear(node.nextSibling, (n) => n.nextSibling);
}

/** Is `href` an article of the site (by its URL rules), other than the page itself? */
function otherArticleOfSite(href: string | null, pageUrl: string): boolean {
  const target = linkAddress(href, pageUrl);
  const page = siteAddress(pageUrl);
  if (!target || target.site !== page?.site || (target.host === page.host && target.path === page.path)) return false;
  return urlRule(target.site, target.path, target.host)?.article === true;
}

/** The block holding the story's last text or image, found from the end (cheap on big or deep stories). */
function lastBlock(body: Element): Element | null {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 5 /* elements and text */);
  let node: Node | null = body;
  while (node.lastChild) node = node.lastChild;
  walker.currentNode = node;
  for (let n: Node | null = node; n && n !== body; n = walker.previousNode()) {
    const visible = n.nodeType === 3 ? !!(n.nodeValue ?? '').trim() : (n as Element).tagName === 'IMG';
    if (visible) return n.nodeType === 3 ? n.parentElement : (n as Element);
  }
  return null;
}

/** A trailing label with nothing after it ("Related articles:") is a leftover, not story. */
export function dropDanglingLabels(body: Element): void {
  for (let i = 0; i < 5; i++) {
    let last = lastBlock(body);
    while (last && last !== body && !LABEL_BLOCK.test(last.tagName)) last = last.parentElement;
    if (!last || last === body) return;
    const t = collapseSpace(last.textContent ?? '');
    if (t.length <= 60 && ENDS_WITH_COLON.test(t) && !last.querySelector('a[href], img')) last.remove();
    else return;
  }
}
