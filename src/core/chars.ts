/**
 * Word scanning without Unicode regexes. The quote finder and the word count read every character of a story (its
 * words, its tokens) and ask which words it writes in lower case; `\p{L}`-class regexes cost tens of nanoseconds a
 * character there (~50 with a look-behind), a loop over character codes a few. Each scanner here gives exactly what
 * the regex named in its comment gives (tests/unit/chars.test.ts checks them against those regexes on fixtures and
 * random text).
 */

const LETTER = 1;
const LOWER = 2;
const NUMBER = 4;

const IS_LETTER = /^\p{L}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_NUMBER = /^\p{N}$/u;

const UNKNOWN = 0xff;
/** Classes of the code points below 0x500 (ASCII, Latin, Greek, Cyrillic: nearly every character of a story), as met. */
const TABLE = new Uint8Array(0x500).fill(UNKNOWN);
/** Classes of any other code point, as met. */
const OTHER = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_LOWER.test(ch) ? LOWER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0);
}

function kindOf(cp: number): number {
  if (cp < 0x500) {
    const k = TABLE[cp] as number;
    return k !== UNKNOWN ? k : (TABLE[cp] = classify(cp));
  }
  let k = OTHER.get(cp);
  if (k === undefined) OTHER.set(cp, (k = classify(cp)));
  return k;
}

/** The code point at `i` (a whole surrogate pair), and its length in code units. */
function codeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** \p{L} or \p{N}. */
const isAlnum = (cp: number): boolean => (kindOf(cp) & (LETTER | NUMBER)) !== 0;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** ASCII letters and digits: the only ASCII characters in \p{L} or \p{N}. */
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The end of the run from `i` of letters and digits (`alnum` true) or of other characters (`alnum` false): `i` itself
 * when there is none, s.length at most. On the way it notes, in `cased`, a character lower-casing may change (one
 * neither ASCII but A–Z nor Cyrillic а–я ѐ–џ: what the quote finder's lowerCase skips without a call); nextToken
 * resets it at each token's first letter, so only a token's own characters count.
 */
function runOf(s: string, i: number, alnum: boolean): number {
  const n = s.length;
  while (i < n) {
    // (ASCII answered inline: most characters of a story, and a call and a table lookup less each.)
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (isAsciiAlnum(c) !== alnum) break;
      if (c <= 90 && c >= 65) cased = true;
      i++;
      continue;
    }
    const cp = codeAt(s, i);
    if (isAlnum(cp) !== alnum) break;
    if (cp < 0x430 || cp > 0x45f) cased = true;
    i += width(cp);
  }
  return i;
}

let cased = false;
/** The end of the token nextToken found last. */
let tokenEndAt = 0;

/**
 * The start of the next match of `/[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu` in `s` at or after `from` (s.length
 * when none): forEachToken's tokens as a loop over offsets, not a callback a token. Its end (a trailing dot included)
 * is then tokenEnd(), and tokenCased() says whether it holds a character lower-casing may change (see
 * runOf). Not re-entrant.
 */
export function nextToken(s: string, from: number): number {
  const i = runOf(s, from, false);
  if (i === s.length) {
    tokenEndAt = i;
    return i;
  }
  cased = false;
  let end = runOf(s, i, true);
  for (;;) {
    const j = s.charCodeAt(end);
    if (!(j === APOSTROPHE || j === RIGHT_QUOTE || j === HYPHEN || j === DOT)) break;
    const after = runOf(s, end + 1, true);
    if (after === end + 1) break;
    end = after;
  }
  tokenEndAt = s.charCodeAt(end) === DOT ? end + 1 : end;
  return i;
}

export const tokenEnd = (): number => tokenEndAt;
export const tokenCased = (): boolean => cased;

/** How many matches `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu` has in `s`: its words (a joiner counts only before a
 *  letter or digit). */
export function countWordMatches(s: string): number {
  let counted = 0;
  const n = s.length;
  for (let i = runOf(s, 0, false); i < n; ) {
    let end = runOf(s, i, true);
    for (;;) {
      const j = s.charCodeAt(end);
      if (!(j === APOSTROPHE || j === RIGHT_QUOTE || j === HYPHEN)) break;
      const after = runOf(s, end + 1, true);
      if (after === end + 1) break;
      end = after;
    }
    counted++;
    i = runOf(s, end, false);
  }
  return counted;
}

/** Calls `found(start, end)` for each of nextToken's tokens of `s`, in order (not re-entrant). */
export function forEachToken(s: string, found: (start: number, end: number) => void): void {
  for (let i = nextToken(s, 0); i < s.length; i = nextToken(s, tokenEndAt)) found(i, tokenEndAt);
}

/** Characters that keep a lower-case letter right after them from starting a word of its own. */
const isWordInside = (cp: number): boolean => isAlnum(cp) || cp === 0x5f /* _ */ || cp === 0x40 /* @ */ || cp === 0x23 /* # */ || cp === DOT;

/** A character a lower-case word goes on with: a letter, an apostrophe or a hyphen. */
const goesOn = (cp: number): boolean => (kindOf(cp) & LETTER) !== 0 || cp === APOSTROPHE || cp === RIGHT_QUOTE || cp === HYPHEN;

/** The code point ending just before `i` (a whole surrogate pair), or -1 at the start. */
function codeBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Can a lower-case word begin at `i` (a lower-case letter not inside a word, handle, tag or file name)? */
function canStart(s: string, i: number): boolean {
  if ((kindOf(codeAt(s, i)) & LOWER) === 0) return false;
  const prev = codeBefore(s, i);
  return prev < 0 || !isWordInside(prev);
}

/**
 * Adds to `into` each match of `/(?<![\p{L}\p{N}_@#.])\p{Ll}[\p{L}'’-]*\/gu` in `s` (see LowerWords), in one pass.
 */
function addLowerWords(s: string, into: Set<string>): void {
  let prev = -1;
  let i = 0;
  while (i < s.length) {
    const cp = codeAt(s, i);
    const w = width(cp);
    if ((kindOf(cp) & LOWER) !== 0 && (prev < 0 || !isWordInside(prev))) {
      let end = i + w;
      let last = cp;
      while (end < s.length) {
        const c = codeAt(s, end);
        if (!goesOn(c)) break;
        last = c;
        end += width(c);
      }
      into.add(s.slice(i, end));
      prev = last;
      i = end;
      continue;
    }
    prev = cp;
    i += w;
  }
}

/**
 * The words a story writes in lower case, asked one at a time: `has(w)` is true when `w` is one of the matches of
 * `/(?<![\p{L}\p{N}_@#.])\p{Ll}[\p{L}'’-]*\/gu` in a paragraph (a lower-case letter that starts no handle, tag,
 * file name or the middle of a word, then letters, apostrophes, hyphens). Only a few words are usually asked about
 * (capitalised words at sentence starts), so each is looked for where it occurs instead of listing every word. A
 * story that asks about many (each search reads the whole text) gets them all listed in one pass once its searches
 * have read `budget` characters, so the cost stays linear in its length. The default, 32 times the story, costs less
 * than that one pass: a search reads a character in a fraction of a nanosecond (indexOf), the pass in tens.
 */
export class LowerWords {
  private readonly known = new Map<string, boolean>();
  private all: Set<string> | null = null;
  private left: number;
  /** Characters its searches have read so far (what the budget bounds). */
  charsRead = 0;
  constructor(
    private readonly paragraphs: readonly string[],
    budget?: number,
  ) {
    let chars = 0;
    for (const p of paragraphs) chars += p.length;
    this.left = budget ?? 32 * chars;
  }

  has(w: string): boolean {
    if (this.all) return this.all.has(w);
    let v = this.known.get(w);
    if (v !== undefined) return v;
    if (this.left <= 0) {
      const all = (this.all = new Set<string>());
      for (const p of this.paragraphs) addLowerWords(p, all);
      return all.has(w);
    }
    this.known.set(w, (v = this.find(w)));
    return v;
  }

  private find(w: string): boolean {
    if (!w || !canStart(w, 0)) return false;
    for (let i = width(codeAt(w, 0)); i < w.length; ) {
      const cp = codeAt(w, i);
      if (!goesOn(cp)) return false;
      i += width(cp);
    }
    for (const p of this.paragraphs) {
      // (Counted as a whole read of the paragraph: indexOf reads up to its end when the word is not there.)
      this.left -= p.length;
      this.charsRead += p.length;
      for (let at = p.indexOf(w); at >= 0; at = p.indexOf(w, at + 1)) {
        if (at + w.length < p.length && goesOn(codeAt(p, at + w.length))) continue;
        if (canStart(p, at) && !insideEarlierWord(p, at)) return true;
      }
    }
    return false;
  }
}

/**
 * Does a lower-case word that began before `i` run on through it? Only when the character before `i` is an
 * apostrophe or a hyphen (a letter there means `i` cannot start a word at all): then the stretch of word characters
 * before `i` holds an earlier start.
 */
function insideEarlierWord(s: string, i: number): boolean {
  const prev = codeBefore(s, i);
  if (prev !== APOSTROPHE && prev !== RIGHT_QUOTE && prev !== HYPHEN) return false;
  // The start of the stretch of word characters that ends at i.
  let from = i;
  for (let cp = codeBefore(s, from); cp >= 0 && goesOn(cp); cp = codeBefore(s, from)) from -= width(cp);
  // A word starting anywhere in [from, i) runs on through i: every character up to i goes on with it.
  for (let j = from; j < i; ) {
    const cp = codeAt(s, j);
    if (canStart(s, j)) return true;
    j += width(cp);
  }
  return false;
}
