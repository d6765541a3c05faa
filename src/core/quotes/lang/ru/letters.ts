/**
 * Letter-case tests asked of nearly every word of a Russian story, answered by char code for ASCII and Cyrillic
 * (a Unicode-property regex costs a call into the regex engine per word); any other letter goes to the regex, so
 * each gives exactly what its regex gives.
 */
import { ACRONYM } from '../../tokens';

const REGEXPS = {
  blankChar: /\s/,
  lowerStart: /^\p{Ll}/u,
  upperStart: /^\p{Lu}/u,
};

/** a–z, Cyrillic а–я and ѐ–џ: lower-case letters. */
const isLowerCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f);
/** A–Z, Cyrillic Ѐ–Џ and А–Я: capitals. */
const isUpperCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f);

/** `/^\p{Ll}/u.test(w)`. */
export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  if (isLowerCode(c)) return true;
  if (c < 0x80 || isUpperCode(c)) return false;
  return REGEXPS.lowerStart.test(w);
}

/** `/^\p{Lu}/u.test(w)`. */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (isUpperCode(c)) return true;
  if (c < 0x80 || isLowerCode(c)) return false;
  return REGEXPS.upperStart.test(w);
}

/** `ACRONYM.test(w)` (all capitals, two or more): no word whose second letter is lower case is one. */
export function isAcronym(w: string): boolean {
  return w.length >= 2 && !isLowerCode(w.charCodeAt(1)) && ACRONYM.test(w);
}

/** Is the second letter of `w` a lower-case one (a capitalised word, not an acronym)? */
export const secondLower = (w: string): boolean => isLowerCode(w.charCodeAt(1));

/** A char as one byte: Cyrillic (U+0400–U+045F) and ASCII each as itself, any other as 0xff. */
const byteOf = (c: number): number => (c >= 0x400 && c < 0x460 ? c - 0x380 : c < 0x80 ? c : 0xff);

/** The first three chars of `w` as one small number (equal for words that start alike; a word's shorter start or a
 *  rare char may share its number with another's: a test by it only rules words out). No string is made or hashed. */
export const startKey = (w: string): number => (byteOf(w.charCodeAt(0)) << 16) | (byteOf(w.charCodeAt(1)) << 8) | byteOf(w.charCodeAt(2));

/** An em or en dash right before `at` in `s`, past blanks only (what a pattern ending in `[—–][\s\u00a0]*$` needs of
 *  the text before a word before it can match). */
export function dashRightBefore(s: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x2014 || c === 0x2013) return true;
    if (c !== 32 && !REGEXPS.blankChar.test(s[i]!)) return false;
  }
  return false;
}
