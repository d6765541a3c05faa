/**
 * Sources named by a noun of saying rather than a verb: "по словам X", "по его признанию", "в заявлении X",
 * "говорится в материалах дела X". cues.ts reads them; they are apart because they are a vocabulary of their own.
 */
import type { Frame } from '../../frame';
import type { Tok } from '../../tokens';
import { CLAUSE_REGEXPS, letterPair } from './clauses';

/** Words after which a genitive name is the source: "по словам Пескова", "в заявлении Генпрокуратуры", "из уст Миллера". */
export const GENITIVE_CUES = /(?:из\s+уст|по\s+(?:словам|мнению|данным|оценке|информации|сведениям|признанию|утверждению|заверению|заверениям|подсчетам|подсчётам|прогнозу|версии|воспоминаниям)|в\s+заявлении|в\s+сообщении|в\s+письме|в\s+обращении|в\s+ответе)\s*$/i;
/** Nouns after "по" whose genitive (or possessive) is the source: "по словам X", "по его признанию". */
export const SOURCE_NOUNS = new Set('словам уст мнению данным оценке информации сведениям признанию утверждению заверению заверениям подсчетам подсчётам прогнозу версии воспоминаниям'.split(' '));

/** "по его словам", "по ее мнению": a possessive pronoun before a source noun. */
export const POSSESSIVE_CUE = /(?:^|[\s\u00a0])по[\s\u00a0]+(?:его|ее|её|их)[\s\u00a0]+(?:словам|мнению|данным|оценке|сведениям|информации|признанию|утверждению|заверению|заверениям|подсчетам|подсчётам|прогнозу|версии|воспоминаниям)$/i;
export const POSSESSIVE_GENDER: Record<string, 'm' | 'f' | 'p'> = { 'его': 'm', 'ее': 'f', 'её': 'f', 'их': 'p' };
/** The nouns of a statement a source is named after: "в заявлении X", "в сообщении X". */
export const STATEMENT_NOUN = /^(?:заявлении|сообщении|письме|обращении|ответе)$/;
const STATEMENT_NOUNS = ['заявлении', 'сообщении', 'письме', 'обращении', 'ответе'];

/** The first and last letters of every source and statement noun, as one number each. */
const CUE_NOUN_ENDS = new Set([...SOURCE_NOUNS, ...STATEMENT_NOUNS].map((w) => letterPair(w.charCodeAt(0), w.charCodeAt(w.length - 1))));

/** Could `l` be a source or a statement noun? A test by its first and last letters (no string hashed), asked of
 *  every word before SOURCE_NOUNS and STATEMENT_NOUN are. */
export function mayBeCueNoun(l: string): boolean {
  return CUE_NOUN_ENDS.has(letterPair(l.charCodeAt(0), l.charCodeAt(l.length - 1)));
}
/** Impersonal verbs of saying, whose source is the statement they are said in: "говорится", "указано". */
const IMPERSONAL_SAYING = /^(?:говорится|говорилось|сказано|указано|отмечается|отмечалось|утверждается|подчеркивается|подчёркивается|сообщается|сообщалось|указывается|заявляется)$/;

/** "говорится в сводке …", "указано в материалах …": a lower-case noun after an impersonal verb of saying and «в»
 *  is the statement, whatever it is called; its genitive complement is the source. */
export function documentAt(f: Frame, v: number): boolean {
  const prep = f.toks[v - 1];
  if (!prep || (prep.lw !== 'в' && prep.lw !== 'во') || v < 2) return false;
  const verb = f.toks[v - 2]!;
  const noun = f.toks[v]!;
  return noun.w === noun.lw && IMPERSONAL_SAYING.test(verb.lw)
    && CLAUSE_REGEXPS.onlyBlanks.test(f.frame.slice(verb.end, prep.start)) && CLAUSE_REGEXPS.onlyBlanks.test(f.frame.slice(prep.end, noun.start));
}

const BODY_REGEXPS = {
  /** A lower-case adjective in the genitive before a body's noun: «следственного», «надзорного», «краевой». */
  genitiveAdjective: /^[а-яё-]{3,}(?:ого|его|ой|ей|ых|их)$/,
};

/**
 * «— говорится в сообщении министерства / следственного управления»: the body's common noun right after the
 * statement noun at v, with one lower-case adjective before it; its span, or null.
 */
export function bodyNounAfter(f: Frame, v: number, end: number, isBody: (t: Tok) => boolean): { start: number; end: number } | null {
  const a = f.toks[v + 1];
  if (!a || a.start >= end) return null;
  if (isBody(a)) return { start: a.start, end: a.end };
  const b = f.toks[v + 2];
  if (!b || b.start >= end || a.w !== a.lw || !BODY_REGEXPS.genitiveAdjective.test(a.lw) || !CLAUSE_REGEXPS.onlyBlanks.test(f.frame.slice(a.end, b.start)) || !isBody(b)) return null;
  return { start: a.start, end: b.end };
}
