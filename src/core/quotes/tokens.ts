/** Word tokens of a paragraph's frame: each word with its offsets, lower-case form and possessive mark. */
import { nextToken, tokenCased, tokenEnd } from '../chars';
import type { Run } from './runs';

const REGEXPS = {
  singleInitial: /^\p{Lu}\.$/u,
  dottedInitials: /^(?:\p{Lu}\.){2,}$/u,
  possessiveS: /^(.+?)['’]s$/u,
  capital: /\p{Lu}/u,
  trailingApostrophe: /['’]$/,
};

export interface Tok {
  /** Word as written, possessive 's removed. */
  w: string;
  /** The same in lower case. */
  lw: string;
  start: number;
  end: number;
  poss: boolean;
  /** Its index in its paragraph's tokens. */
  i: number;
  /** The capitalised run it starts and the one it ends, if any (set with the frame's runs). */
  first: Run | null;
  last: Run | null;
}

const ABBR = new Set(
  'Mr. Mrs. Ms. Dr. Del. Sen. Rep. Gov. Gen. Lt. Col. Maj. Capt. Sgt. Adm. St. Jr. Sr. Prof. Rev. Gen. U.S. U.K. U.N. D.C. Inc. Corp. Co. Ltd. No. vs. Jan. Feb. Aug. Sept. Sep. Oct. Nov. Dec. a.m. p.m. т.е. т.д. г. им.'.split(' '),
);

/** The longest of ABBR: a longer word is looked up in it only to be missed (its string hashed for nothing). */
const ABBR_MAX = Math.max(...[...ABBR].map((a) => a.length));

export function isAbbr(w: string): boolean {
  // (Most words asked are a sentence's last, "said.": too long for the list, and with no dot but the final one, so
  // neither initials pattern can match; three lengths and a search answer them without a lookup or a regex.
  // A single initial is two code units, or three for an astral capital.)
  if (w.length <= ABBR_MAX && ABBR.has(w)) return true;
  if (w.length <= 3 && REGEXPS.singleInitial.test(w)) return true;
  const dot = w.indexOf('.');
  return dot >= 0 && dot < w.length - 1 && REGEXPS.dottedInitials.test(w);
}

/** isAbbr(s.slice(start, end)) for a token ending in a dot, the slice made only when isAbbr may say yes (see there):
 *  most such tokens end a sentence, and their word is then sliced once, without the dot. */
function abbrAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n > ABBR_MAX && n > 3) {
    let i = start;
    while (i < end - 1 && s.charCodeAt(i) !== 46 /* . */) i++;
    if (i === end - 1) return false;
  }
  return isAbbr(s.slice(start, end));
}

/** Word tokens of `s` (offsets into s). Quote interiors should be masked by the caller. */
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  for (let start = nextToken(s, 0); start < s.length; start = nextToken(s, tokenEnd())) addToken(s, start, tokenEnd(), tokenCased(), out);
  return out;
}

/** Adds the token s[start, end) to `out`; `cased`: it may hold a character lower-casing changes (nextToken). */
function addToken(s: string, start: number, end: number, cased: boolean, out: Tok[]): void {
  // A trailing dot is the sentence's, unless the word is an abbreviation ("Mr.", "U.S.").
  if (s.charCodeAt(end - 1) === 46 /* . */ && !abbrAt(s, start, end)) end--;
  let w = s.slice(start, end);
  let poss = false;
  // (Most words end neither in 's nor in an apostrophe: two character checks spare the regexes.)
  const c = w.charCodeAt(w.length - 1);
  const q = w.charCodeAt(w.length - 2);
  const pm = c === 115 /* s */ && w.length > 2 && (q === 0x27 || q === 0x2019) ? REGEXPS.possessiveS.exec(w) : null;
  if (pm && REGEXPS.capital.test(w[0]!)) {
    w = pm[1]!;
    poss = true;
  } else if ((c === 0x27 || c === 0x2019) && REGEXPS.trailingApostrophe.test(w)) w = w.slice(0, -1);
  // (A word the scan saw no such character in is its own lower case: no second look at its characters.)
  out.push({ w, lw: cased ? lowerCase(w) : w, start, end, poss, i: out.length, first: null, last: null });
}

/**
 * `w.toLowerCase()`, without the call when no character changes (most words of a story: lower-case ASCII or
 * Cyrillic, digits, marks); the call is one into the runtime, the biggest single cost of tokenizing.
 */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // Unchanged by lower-casing: ASCII but A–Z, Cyrillic а–я ѐ–џ (U+0430–U+045F), the right single quote.
    if (c < 65 || (c > 90 && c < 128) || (c >= 0x430 && c <= 0x45f) || c === 0x2019) continue;
    return w.toLowerCase();
  }
  return w;
}

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  // (Cyrillic answered without a lower-case copy: capitals Ѐ–Я U+0400–U+042F, small letters а–џ U+0430–U+045F.)
  if (c >= 0x400 && c <= 0x45f) return c < 0x430;
  return w[0] !== w[0]!.toLowerCase();
};

/** All capitals, two letters or more: an acronym ("NATO", "МИД") or a dateline. */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** ACRONYM.test(w), the regex spared for a word whose first or second character is no capital by its code: ASCII
 *  other than A–Z, or a Cyrillic small letter (most words; asked for every word after a capitalised one). */
export function isAcronym(w: string): boolean {
  if (w.length < 2 || notCapitalCode(w.charCodeAt(0)) || notCapitalCode(w.charCodeAt(1))) return false;
  return ACRONYM.test(w);
}

const notCapitalCode = (c: number): boolean => (c < 128 && (c < 65 || c > 90)) || (c >= 0x430 && c <= 0x45f);
