/**
 * The drop pass: what is not story. First, before any text is read, the elements that are never prose (prose.ts);
 * then, by the profile's markup, everything after the end marker, every element of the drop list, every hidden
 * element. Story that one of them swallowed is moved out first (keeper.ts).
 */
import type { TextTest } from '../profile';
import type { CompiledSelectors } from '../select';
import { collapsedLength, collapseSpace } from '../text';
import { firstStillIn, queryFirst, removeMatching } from '../select';
import { MIN_PROSE_RUN } from '../prose';
import { css } from './dom';
import { hoistIfHolding, removeKeeping, type StoryKeeper } from './keeper';
import type { Landmarks } from './root';

const ANY_SPACE = /\s+/g;
/** A footnote's way back to its mark: text of nothing but return or up arrows and carets ("↩", "↑", "^"). */
const BACK_REFERENCE_TEXT = /^[\s\u21a9\u2191\u2934\u2b8c^\ufe0e\ufe0f]+$/;

/** A link within the page back to a footnote's mark: navigation of the notes list, not words of the story. */
function isBackReference(el: Element): boolean {
  return el.tagName === 'A' && (el.getAttribute('href') ?? '').includes('#') && BACK_REFERENCE_TEXT.test(el.textContent ?? '');
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(ANY_SPACE, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Elements whose content a browser running scripts never parses as elements (it is one run of text): a copy of the
 * story for readers without scripts is not story the page's unclosed tags swallowed, and the CLI's DOM (jsdom, no
 * scripts) must read the page as the extension does. They go whole, nothing moved out.
 */
const UNPARSED_CONTENT = /^(NOSCRIPT|NOEMBED|NOFRAMES)$/;

/** ARIA roles of a window laid over the page (a sign-in veil, a "register to continue" gate, a pop-up). */
const OVERLAY_ROLE = /^(dialog|alertdialog)$/i;

/** A modal window the page lays over the story (a <dialog>'s content the sanitizer drops anyway): never story. */
function isOverlay(el: Element): boolean {
  return OVERLAY_ROLE.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true';
}

/** A field to type into (a sign-up's e-mail, a search); checkboxes, buttons and hidden fields are not. */
const TYPED_FIELD = /^(|text|email|search|tel|url)$/i;
const FORM_BOX = /^(DIV|SECTION|ASIDE|FORM|FIELDSET)$/;
/** Longer than this (characters), a box around a field is more than the field's form. */
const MAX_FORM_BOX = 400;

/** An option of a group to choose from (a radio button with a group name). */
function isChoice(field: Element): boolean {
  return field.tagName === 'INPUT' && (field.getAttribute('type') ?? '').toLowerCase() === 'radio' && !!field.getAttribute('name');
}

/** Does `box` hold two or more options of `field`'s group? */
function holdsChoices(box: Element, field: Element): boolean {
  const name = field.getAttribute('name');
  let options = 0;
  for (const input of Array.from(box.getElementsByTagName('input'))) if (isChoice(input) && input.getAttribute('name') === name) options++;
  return options >= 2;
}

/**
 * A poll or a quiz: the outermost short box around a group of options (two or more), up to a story piece. A box left
 * open (a page missing its </div>s) swallows the story after it: its pieces are moved out first, as the asks' boxes do.
 */
function choiceBoxOf(field: Element, keeper: StoryKeeper): Element | null {
  let box: Element | null = null;
  for (let el = field.parentElement; el && !keeper.isPiece(el); el = el.parentElement) {
    hoistIfHolding(el, keeper);
    if (collapsedLength(el.textContent ?? '', MAX_FORM_BOX) > MAX_FORM_BOX) break;
    if (FORM_BOX.test(el.tagName)) box = el;
  }
  return box && holdsChoices(box, field) ? box : null;
}

/** Longer than this (characters), a box around an audio player holds more than the player's show, times and links. */
const MAX_PLAYER_BOX = 300;
/** What a player's box never holds: a paragraph, a caption or a quotation is story (a recording with its caption). */
const STORY_TEXT = css('p, figcaption, blockquote, li');

/** Does `box` hold a run of text as long as a sentence (a caption written in a <div>, an <audio> injected into it)? */
function holdsProseRun(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').length >= MIN_PROSE_RUN && collapseSpace(n.nodeValue ?? '').length >= MIN_PROSE_RUN) return true;
  }
  return false;
}

/**
 * An audio player: the outermost short box around an <audio> of nothing but its show's name, its times and its
 * links ("Listen to this episode", "00:00 / 28:41", "Listen on Apple Podcasts", "Read the full transcript"), up to
 * a story piece or a box holding one. A box with a paragraph, a caption, a quotation, a list item or a sentence-long
 * run of text (a caption in a <div>), a caption of the profile's (`captions`), or the headline, byline or date, is the
 * story's: only the <audio> goes.
 */
function playerBoxOf(audio: Element, keeper: StoryKeeper, marks: Landmarks, captions?: CompiledSelectors): Element | null {
  const marked = [marks.titles, marks.h1s, marks.standfirsts, marks.authors, marks.times, marks.leadFigures];
  let box: Element | null = null;
  for (let el = audio.parentElement; el && !keeper.holds(el); el = el.parentElement) {
    if (collapsedLength(el.textContent ?? '', MAX_PLAYER_BOX) > MAX_PLAYER_BOX || queryFirst(el, STORY_TEXT) || holdsProseRun(el)) break;
    if (captions && (captions.matches(el) || queryFirst(el, captions))) break;
    if (marked.some((list) => list.some((m) => el.contains(m)))) break;
    if (FORM_BOX.test(el.tagName)) box = el;
  }
  return box;
}

/** Paragraphs in a row: story text beside a form, more than the form's box. */
const PARAGRAPHS_IN_A_ROW = css('p + p');
/** Longer than this (characters), a paragraph beside a form is a story paragraph, not a sign-up box's title or line. */
const MAX_FORM_LINE = 120;

/** Are all of `box`'s paragraphs as short as a box's title or line? */
function holdsOnlyShortParagraphs(box: Element): boolean {
  for (const p of Array.from(box.getElementsByTagName('p'))) if (collapsedLength(p.textContent ?? '', MAX_FORM_LINE) > MAX_FORM_LINE) return false;
  return true;
}

/**
 * The short box around a field to type into that speaks the site's sign-up or appeal words: a newsletter form whatever
 * its class ("The Moscow Times Daily … in your inbox"), the outermost such box, so that a pop-up's title, text and
 * "no, thanks" link go with its form; and the short box around a group of options to choose from (a poll, a quiz:
 * radio buttons sharing a name), whatever it says. A form that says only its button takes the short paragraphs in a
 * row around it when they speak the words (the box's title and line). Never story: a story piece, a box holding one, paragraphs in a row
 * or the headline, byline or date, and a box without those words (a field injected into story, or story a box left
 * open swallowed) stay.
 */
function formBoxOf(field: Element, keeper: StoryKeeper, marks: Landmarks, signup: TextTest): Element | null {
  const typed = field.tagName === 'TEXTAREA' || (field.tagName === 'INPUT' && TYPED_FIELD.test(field.getAttribute('type') ?? ''));
  if (!typed) return isChoice(field) ? choiceBoxOf(field, keeper) : null;
  // A header that has a search field beside the headline, byline or date keeps them.
  const marked = [marks.titles, marks.h1s, marks.standfirsts, marks.authors, marks.times, marks.leadFigures];
  let box: Element | null = null;
  for (let el = field.parentElement; el && !keeper.holds(el); el = el.parentElement) {
    if (collapsedLength(el.textContent ?? '', MAX_FORM_BOX) > MAX_FORM_BOX) break;
    if (!FORM_BOX.test(el.tagName)) continue;
    if (marked.some((list) => list.some((m) => el.contains(m)))) break;
    if (box && queryFirst(el, PARAGRAPHS_IN_A_ROW)) {
      // Paragraphs in a row beside a form that says nothing but its button ("Sign me up") are the box's title and
      // line when they are short and speak the sign-up words; story paragraphs are longer, and stay.
      if (!signup.test(collapseSpace(box.textContent ?? '')) && holdsOnlyShortParagraphs(el) && signup.test(collapseSpace(el.textContent ?? ''))) box = el;
      break;
    }
    box = el;
  }
  return box && signup.test(collapseSpace(box.textContent ?? '')) ? box : null;
}

/**
 * The elements that are never prose go, with the sign-up forms around typed fields (`signup`: the profile's appeal
 * words) and the players around audio (`captions`: the profile's caption selectors, which a player never holds); returns the landmarks still in the story (the pieces all stay known).
 */
export function dropNotProse(marks: Landmarks, keeper: StoryKeeper, signup: TextTest, captions?: CompiledSelectors): Landmarks {
  if (!marks.notProse.length) return marks;
  for (const el of marks.notProse) {
    if (!el.isConnected) continue;
    if (UNPARSED_CONTENT.test(el.tagName)) el.remove();
    else if (el.tagName === 'AUDIO') removeKeeping(playerBoxOf(el, keeper, marks, captions) ?? el, keeper);
    else removeKeeping(formBoxOf(el, keeper, marks, signup) ?? el, keeper);
  }
  const still = (list: Element[]): Element[] => list.filter((el) => el.isConnected);
  return {
    pieces: marks.pieces,
    notProse: [],
    titles: still(marks.titles),
    h1s: still(marks.h1s),
    standfirsts: still(marks.standfirsts),
    authors: still(marks.authors),
    times: still(marks.times),
    leadFigures: still(marks.leadFigures),
    ends: still(marks.ends),
  };
}

/** Everything after the end marker in its container goes (`ends`: its candidates, found before any removal). */
export function cutAtBodyEnd(copy: Element, ends: Element[], keeper: StoryKeeper): void {
  const end = firstStillIn(copy, ends);
  if (!end) return;
  // An end marker holding story is a page with unclosed tags: the story it swallowed is not "after" it.
  if (keeper.holds(end)) {
    removeKeeping(end, keeper);
    return;
  }
  for (let n: ChildNode | null = end; n; ) {
    const next: ChildNode | null = n.nextSibling;
    n.remove();
    n = next;
  }
}

/** The drop list's matches, hidden elements, windows laid over the page and footnote back-links go; returns the elements that stay, in document order. */
export function dropListed(copy: Element, drop: CompiledSelectors, keeper: StoryKeeper): Element[] {
  const kept: Element[] = [];
  removeMatching(copy, drop, { beforeRemove: (el) => hoistIfHolding(el, keeper), kept });
  for (const el of kept) if (el.isConnected && (isHidden(el) || isOverlay(el) || isBackReference(el))) removeKeeping(el, keeper);
  return kept;
}
