/**
 * Word scanning without Unicode regexes. The quote finder reads every character of a story several times (its
 * words, the words it writes in lower case, its tokens); `\p{L}`-class regexes with a look-behind cost ~50 ns a
 * character there, a loop over character codes a few. Each scanner here gives exactly what the regex named in its
 * comment gives (tests/unit/chars.test.ts checks them against those regexes on fixtures and random text).
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

/** End of a run of letters and digits starting at `i` (i itself when there is none). */
function alnumRun(s: string, i: number): number {
  while (i < s.length) {
    const cp = codeAt(s, i);
    if (!isAlnum(cp)) break;
    i += width(cp);
  }
  return i;
}

/**
 * Words: `[\p{L}\p{N}]+(?:[<joiners>][\p{L}\p{N}]+)*`, where a joiner is followed by a letter or digit.
 * Calls `found(start, end)` for each, in order.
 */
function scanWords(s: string, joinDot: boolean, found: (start: number, end: number) => void): void {
  let i = 0;
  while (i < s.length) {
    const cp = codeAt(s, i);
    if (!isAlnum(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    let end = alnumRun(s, i);
    for (;;) {
      const j = s.charCodeAt(end);
      if (!(j === APOSTROPHE || j === RIGHT_QUOTE || j === HYPHEN || (joinDot && j === DOT))) break;
      const after = alnumRun(s, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    found(start, end);
    i = end;
  }
}

let counted = 0;
const countOne = (): void => {
  counted++;
};

/** How many matches `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu` has in `s`: its words. */
export function countWordMatches(s: string): number {
  counted = 0;
  scanWords(s, false, countOne);
  return counted;
}

/** Start and end (code units) of a token. */
export interface TokenMatch {
  start: number;
  end: number;
}

let tokens: TokenMatch[] = [];
let tokenSource = '';
const pushToken = (start: number, end: number): void => {
  // "Jr." and "U.S.": one dot right after a token belongs to it (the caller decides if it is an abbreviation).
  tokens.push({ start, end: tokenSource.charCodeAt(end) === DOT ? end + 1 : end });
};

/** The matches of `/[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu` in `s`: tokens, a trailing dot included. */
export function tokenMatches(s: string): TokenMatch[] {
  tokens = [];
  tokenSource = s;
  scanWords(s, true, pushToken);
  const out = tokens;
  tokens = [];
  tokenSource = '';
  return out;
}

/** Characters that keep a lower-case letter right after them from starting a word of its own. */
const isWordInside = (cp: number): boolean => isAlnum(cp) || cp === 0x5f /* _ */ || cp === 0x40 /* @ */ || cp === 0x23 /* # */ || cp === DOT;

/**
 * Adds to `into` each match of `/(?<![\p{L}\p{N}_@#.])\p{Ll}[\p{L}'’-]*\/gu` in `s`: the words a story writes in lower
 * case (a letter that starts no handle, tag, file name or the middle of a word, then letters, apostrophes, hyphens).
 */
export function addLowerWords(s: string, into: Set<string>): void {
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
        if (!((kindOf(c) & LETTER) !== 0 || c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN)) break;
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
