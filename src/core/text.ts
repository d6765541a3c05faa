/** Text helpers shared by the core: whitespace, visible text of blocks, word counts, regex matching. */
import { countWordMatches } from './chars';

// Regexes are made once, at load, throughout the core: why in docs/performance.md (Core).
const SPACES_BUT_NEWLINES = /[^\S\n]+/g;
const NEWLINES_WITH_SPACES = / *\n+ */g;
const SPACE_RUN = /\s+/g;

/** A word of two letters or more, in any script (a line that has one says something of its own). */
export const WORD = /\p{L}{2}/u;

/**
 * Every match of a global regex in `s`, in order (what `s.matchAll(re)` yields). matchAll and split(regex) copy
 * the regex on each call, and a copy is compiled afresh after garbage collections (docs/performance.md, Core).
 * Running the regex itself keeps its compiled code. `re` must have the g flag.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** `s.split(re)` for a global regex that never matches the empty string, without copying the regex (see matchesOf). */
export function splitOn(re: RegExp, s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of matchesOf(re, s)) {
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out;
}

/** `s.split(/\s+/)` (see splitOn). */
export function splitSpace(s: string): string[] {
  return splitOn(SPACE_RUN, s);
}

/**
 * White space normalizeText changes: any but a space or a line break, two in a row, or at either end. A text without
 * (most of a story's blocks) is returned as it is, after one scan instead of two replacements.
 */
const UNNORMAL_SPACE = /[^\S \n]|\s\s|^\s|\s$/;

/** Collapse runs of white space (U+00A0 included) to one space, keeping single line breaks. */
export function normalizeText(text: string): string {
  if (!UNNORMAL_SPACE.test(text)) return text;
  return text
    .replace(SPACES_BUT_NEWLINES, ' ')
    .replace(NEWLINES_WITH_SPACES, '\n')
    .trim();
}

/** Collapse every run of white space, line breaks included, to one space. */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Is this code unit white space for `\s` (and so for trim())? */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `collapseSpace(text).length` when it is at most `limit`, else `limit + 1`, without building the string: a check
 * on a block's length stops early on a long block (a story's container) instead of collapsing all of its text.
 */
export function collapsedLength(text: string, limit: number): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = n > 0;
      continue;
    }
    n += gap ? 2 : 1;
    gap = false;
    if (n > limit) return limit + 1;
  }
  return n;
}

const BLOCKS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'DT', 'DD', 'TD', 'TH',
  'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'FOOTER',
  'ASIDE', 'MAIN', 'HR',
]);

/** Is `el` inside a <figcaption>? (A walk up: selector matching is slow in jsdom.) */
function inFigcaption(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === 'FIGCAPTION') return true;
  return false;
}

/** Visible text of an inline run: <br> becomes a line break; credits (<small> in captions) are left out. */
function inlineText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (el.tagName === 'BR') {
    out.push('\n');
    return;
  }
  if (el.tagName === 'SMALL' && inFigcaption(el)) return;
  for (let c = el.firstChild; c; c = c.nextSibling) inlineText(c, out);
}

/**
 * The visible text of each block of a story, in order: paragraphs, list items, sub-headings, captions.
 * Inline content directly inside a container (text beside blocks) counts as a block of its own.
 */
export function blockTexts(root: Element): string[] {
  const result: string[] = [];
  visitBlocks(root, result);
  return result;
}

function flushRun(run: string[], result: string[]): void {
  const text = normalizeText(run.join(''));
  if (text) result.push(text);
  run.length = 0;
}

function visitBlocks(el: Element, result: string[]): void {
  const run: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && BLOCKS.has((c as Element).tagName)) {
      flushRun(run, result);
      visitBlocks(c as Element, result);
    } else {
      inlineText(c, run);
    }
  }
  flushRun(run, result);
}

/** Words in a text: runs of letters or digits (any script). */
export function countWords(texts: string[]): number {
  let n = 0;
  for (const t of texts) n += countWordMatches(t);
  return n;
}

/** Minutes to read at an unhurried 220 words a minute; at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 220));
}
