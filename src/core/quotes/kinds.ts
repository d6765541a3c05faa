/**
 * What a quotation-mark span is: a direct statement or a fragment inside the narrator's sentence, and whether it
 * is speech at all (a title, a term, a scare quote is not).
 */
import { splitSpace } from '../text';
import type { Cue } from './cues';
import type { Frame } from './frame';
import type { LangPack } from './lang/pack';
import type { Span } from './marks';

const REGEXPS = {
  blank: /[\s\u00a0]/,
  /** What may stand before a statement of its own: a sentence end, a colon, a dash, an opening bracket. */
  statementOpener: /[.!?…:¶—–"(]/,
  capitalOrDigit: /^[\p{Lu}\d]/u,
  /** After the closing mark: the paragraph's end or a new sentence. */
  sentenceGoesOn: /^[.!?…]?(?:[\s\u00a0]*$|[\s\u00a0]+[\p{Lu}"“«])/u,
  finalStop: /[.!]$/,
  /** A final mark that leaves the words open: a question, a trailing clause. */
  openEnding: /[?…,:;]$/,
  /** A comma or a colon: the words after it are another clause's. */
  clauseBreak: /[,:;]/,
  /** White space between words (what splitSpace splits on). */
  blankRun: /\s+/g,
};

export type Kind = 'direct' | 'partial';

/** A short look past `pos`: the whole rest when it is short (so that `$` still means the paragraph's end). */
export function rest(f: Frame, pos: number): string {
  return f.frame.slice(pos, pos + 48);
}

/** A quotation is "direct" when it stands as a statement of its own, not inside the narrator's sentence. */
export function kindOf(f: Frame, s: Span): Kind {
  if (s.open < 0) return 'direct';
  let i = s.open;
  while (i > 0 && REGEXPS.blank.test(f.frame[i - 1]!)) i--;
  const last = i > 0 ? f.frame[i - 1] : undefined;
  if (last === undefined || REGEXPS.statementOpener.test(last)) return 'direct';
  if (last === ',' && REGEXPS.capitalOrDigit.test(s.text)) return 'direct';
  // "По словам Пескова, «…»." / "he said, “…”": after a comma, running to the end of the sentence.
  if (last === ',' && s.close >= 0 && REGEXPS.sentenceGoesOn.test(rest(f, s.close + 1))) return 'direct';
  if (last === ',' && s.close < 0) return 'direct';
  return 'partial';
}

/** Title Case fragments ("The Death of Stalin", «Новая газета») are names of things, not speech. */
export function looksTitle(text: string, pack: LangPack, kind: Kind): boolean {
  // (The two tests on the text come before the split into words: most spans fail one.)
  if (REGEXPS.openEnding.test(text) || !REGEXPS.capitalOrDigit.test(text)) return false;
  const bare = text.replace(REGEXPS.finalStop, '');
  // (Blanks counted before the split: most quotations have more than seven words and need no word list.)
  if (blankRunsAtLeast(bare, 7)) return false;
  return pack.looksTitle(text, splitSpace(bare), kind === 'direct');
}

/** Does `s` hold at least `n` runs of white space (`s.split(/\s+/)` has more than n pieces)? */
function blankRunsAtLeast(s: string, n: number): boolean {
  const re = REGEXPS.blankRun;
  re.lastIndex = 0;
  let found = 0;
  while (found < n && re.test(s)) found++;
  re.lastIndex = 0;
  return found >= n;
}

/**
 * A short fragment used as a name for something ("declared the group a "foreign agent"",
 * "признали «иностранным агентом»") is a term, not speech.
 */
export function isTerm(f: Frame, s: Span, cue: Cue | null, pack: LangPack): boolean {
  const lead = f.text.slice(Math.max(0, s.open - 16), Math.max(0, s.open)).toLowerCase();
  if (pack.termBefore(lead)) return true;
  if (!cue) return false;
  // A clause between the verb and the fragment ("признал, что команда «…»") means the verb does not name it.
  if (cue.end <= s.open && REGEXPS.clauseBreak.test(f.frame.slice(cue.end, s.open))) return false;
  // (Not "called": "called the ruling “a political decision”" quotes the caller.)
  return pack.termVerb(f.text.slice(cue.start, cue.end).toLowerCase());
}
