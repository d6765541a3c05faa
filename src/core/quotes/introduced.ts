/**
 * "Хирург Андрей N рассказал … «…», — сказал хирург": a person the story introduced with a common noun right
 * before the name is who that noun stands for later. The noun comes from the text, not from a list of roles, so
 * a trade no list foresaw (агент, главврач, зампред, военкор) resolves the same way as «министр».
 */
import type { Entity, Mention } from './candidates';
import type { Gender } from './cues';
import type { Frame } from './frame';

const REGEXPS = {
  /** Between the noun and the name: only blanks and up to three lower-case words (its complement, «агент
   *  футболиста»), or a name in marks blanked in the frame («аналитик «…» Дарья»); no comma, no preposition. */
  complementGap: /^[\s\u00a0]+(?:(?:[\p{Ll}-]{3,}|"[\s\u00a0]*")[\s\u00a0]+){0,3}$/u,
  letter: /\p{L}/u,
  onlyBlanks: /^[\s\u00a0]+$/,
  /** Blanks and the capitalised word after them: where an apposition's name starts. */
  blankThenWord: /^[\s\u00a0]+(\p{Lu}[\p{L}'’-]*)/u,
};

/** How far back (paragraphs) an introduction is looked for: a story keeps a person's noun for its whole length. */
const BACK = 12;
/** The name follows its noun within this many characters. */
const NEAR = 60;

/**
 * The person introduced with a noun of this stem before (para, pos): the nearest such introduction whose person
 * fits the verb's gender. `stem` is lower case; `nameStart`, when given: the name must follow the noun with only
 * blanks between, opening on a word it accepts (a given name; any after a noun written as a title, `titled`), else
 * no paragraph's mentions are worked out for it.
 */
export function introducedAs(frames: Frame[], mentionsIn: (para: number) => Mention[], para: number, pos: number, stem: string, gender: Gender, nameStart?: (w: string, titled: boolean) => boolean): Entity | null {
  const gap = nameStart ? REGEXPS.onlyBlanks : REGEXPS.complementGap;
  // The noun as written in running text and opening a sentence («хирург», «Хирург»): two searches, no paragraph
  // copied to lower case.
  const cap = stem[0]!.toUpperCase() + stem.slice(1);
  for (let p = para; p >= 0 && p >= para - BACK; p--) {
    const f = frames[p]!;
    const text = f.text;
    // (A paragraph's mentions only once its text holds the noun: most paragraphs never need theirs worked out.)
    let ms: Mention[] | null = null;
    const from = p === para ? pos - 1 : text.length;
    let low = text.lastIndexOf(stem, from);
    let up = text.lastIndexOf(cap, from);
    while (low >= 0 || up >= 0) {
      const at = low > up ? low : up;
      const titled = at !== low;
      if (!titled) low = at > 0 ? text.lastIndexOf(stem, at - 1) : -1;
      else up = at > 0 ? text.lastIndexOf(cap, at - 1) : -1;
      const wordStart = at === 0 || !REGEXPS.letter.test(text[at - 1]!);
      let end = at + stem.length;
      while (end < text.length && REGEXPS.letter.test(text[end]!)) end++;
      // (With nameStart: a word it accepts right after the blank, else no name can follow the noun.)
      const next = nameStart && wordStart ? REGEXPS.blankThenWord.exec(text.slice(end, end + 24)) : null;
      if (wordStart && (!nameStart || (!!next && nameStart(next[1]!, titled)))) {
        ms ??= mentionsIn(p);
        // (The first name after the noun, and only when it follows as its apposition.)
        let m: Mention | undefined;
        for (const x of ms) if (x.start >= end) { m = x; break; }
        if (m && m.start - end <= NEAR && !m.pron && !m.modifier && m.entity.person
          && gap.test(f.frame.slice(end, m.start))
          && !(gender && m.entity.gender && m.entity.gender !== gender)) return m.entity;
      }
    }
  }
  return null;
}
