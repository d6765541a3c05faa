/**
 * Acronyms spelled out in the story: "СК" → "Следственный комитет", "Минобороны" → "Министерство обороны", so that
 * a body named by its acronym and by its words is one speaker. The spelled-out name is given in the nominative.
 */
import { ruNominativeByEndings } from './names';

const REGEXPS = {
  blankSplit: /[\s\u00a0]+/,
  acronym: /^\p{Lu}{2,}$/u,
  /** "Минобороны", "Минфин", "Минтранс": a ministry's short name; group 1 what follows Мин-. */
  ministryShort: /^Мин(\p{Ll}{3,})$/u,
  adjectiveGenitiveSg: /ого$/,
  velarBeforeOgo: /[гкхжшчщ]ого$/,
  adjectiveNominative: /(?:ый|ий|ой|ая|яя|ое|ее)$/,
  neuterGenitive: /ства$/,
  neuterOblique: /ств[еу]$/,
};

const SPELLED = new Map<string, RegExp | null>();

/**
 * The words an acronym stands for, spelled out in `text`: "СК" → "Следственный комитет", "МЧС" → "Министерство по
 * чрезвычайным ситуациям" (a preposition may sit between the words; the first word has a capital). In the nominative.
 */
export function spelledOutRu(acronym: string, text: string): string | null {
  // (One pattern per acronym, made once, and none for a word that is no acronym: a story asks paragraph by paragraph.
  // A name longer than five that is no ministry's gets none: see spelledPattern.)
  if (acronym.length > 5 && !acronym.startsWith('Мин')) return null;
  let re = SPELLED.get(acronym);
  if (re === undefined) {
    if (SPELLED.size > 256) SPELLED.clear();
    SPELLED.set(acronym, (re = spelledPattern(acronym)));
  }
  if (!re) return null;
  const m = re.exec(text);
  if (!m) return null;
  return spelledNominative(m[1]!);
}

function spelledPattern(acronym: string): RegExp | null {
  const ministry = REGEXPS.ministryShort.exec(acronym);
  if (!ministry && !(REGEXPS.acronym.test(acronym) && acronym.length <= 5)) return null;
  const letters = [...acronym];
  const word = (c: string): string => `[${c}${c.toLowerCase()}][а-яё-]+`;
  // "Минобороны" → "Министерство обороны (России)": Мин- is министерство, the rest begins the noun after it.
  const source = ministry
    ? `(?:^|[\\s(«"])(Министерств[оаеу][\\s\\u00a0]+${ministry[1]!.slice(0, 4)}[а-яё]*(?:[\\s\\u00a0]+\\p{Lu}\\p{Ll}+(?:ии|ы))?)(?![а-яё])`
    : `(?:^|[\\s(«"])(${letters[0]}[а-яё-]+${letters.slice(1).map((c) => `(?:\\s+(?:по|и|в|на|о))?\\s+${word(c)}`).join('')})(?![а-яё])`;
  return new RegExp(source, 'u');
}

/**
 * "Следственного комитета" → "Следственный комитет", "Министерства по …" → "Министерство по …": the leading
 * adjectives and the head noun of a body's name back to the nominative; its complement keeps its case.
 */
function spelledNominative(phrase: string): string {
  let head = true;
  return phrase.split(REGEXPS.blankSplit).map((w) => {
    if (!head) return w;
    // ("олимпийского" → "олимпийский": ы is not written after г, к, х, ж, ш, ч, щ.)
    if (REGEXPS.adjectiveGenitiveSg.test(w)) return w.replace(REGEXPS.adjectiveGenitiveSg, REGEXPS.velarBeforeOgo.test(w) ? 'ий' : 'ый');
    if (REGEXPS.adjectiveNominative.test(w)) return w;
    head = false;
    if (REGEXPS.neuterGenitive.test(w)) return w.slice(0, -1) + 'о';
    if (REGEXPS.neuterOblique.test(w)) return w.slice(0, -1) + 'о';
    return ruNominativeByEndings([w], true)[0]!;
  }).join(' ');
}
