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
};

/** Each paragraph in lower case, made once per frame. */
const LOWER = new WeakMap<Frame, string>();

/** How far back (paragraphs) an introduction is looked for: a story keeps a person's noun for its whole length. */
const BACK = 12;
/** The name follows its noun within this many characters. */
const NEAR = 60;

/**
 * The person introduced with a noun of this stem before (para, pos): the nearest such introduction whose person
 * fits the verb's gender. `stem` is lower case; `adjacent`: the name must follow the noun with only blanks between.
 */
export function introducedAs(frames: Frame[], mentionsIn: (para: number) => Mention[], para: number, pos: number, stem: string, gender: Gender, adjacent = false): Entity | null {
  const gap = adjacent ? REGEXPS.onlyBlanks : REGEXPS.complementGap;
  for (let p = para; p >= 0 && p >= para - BACK; p--) {
    const f = frames[p]!;
    let lower = LOWER.get(f);
    if (lower === undefined) LOWER.set(f, (lower = f.text.toLowerCase()));
    const ms = mentionsIn(p);
    let at = lower.lastIndexOf(stem, p === para ? pos - 1 : undefined);
    while (at >= 0) {
      const wordStart = at === 0 || !REGEXPS.letter.test(lower[at - 1]!);
      let end = at + stem.length;
      while (end < lower.length && REGEXPS.letter.test(lower[end]!)) end++;
      if (wordStart) {
        // (The first name after the noun, and only when it follows as its apposition.)
        const m = ms.find((x) => x.start >= end);
        if (m && m.start - end <= NEAR && !m.pron && !m.modifier && m.entity.person
          && gap.test(f.frame.slice(end, m.start))
          && !(gender && m.entity.gender && m.entity.gender !== gender)) return m.entity;
      }
      at = at > 0 ? lower.lastIndexOf(stem, at - 1) : -1;
    }
  }
  return null;
}
