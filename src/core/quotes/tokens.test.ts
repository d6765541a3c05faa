// Tokens' fast paths answer as the general rule they stand for: a word is capitalised when lower-casing changes its
// first character (isCap answers ASCII and Cyrillic from the character code), and a token's lower-case form is
// `w.toLowerCase()` (tokenize skips the call for words the scan saw no capital in); isAbbr's length and dot guards
// say no only where neither the list nor the initials patterns could say yes.
import { describe, expect, it } from 'vitest';
import { ACRONYM, isAbbr, isAcronym, isCap, tokenize } from './tokens';

describe('tokens', () => {
  it('isCap: lower-casing changes the first character, for every ASCII, Latin-1 and Cyrillic character', () => {
    for (let c = 0x20; c <= 0x52f; c++) {
      const w = String.fromCharCode(c) + 'x';
      expect(isCap(w), `U+${c.toString(16)}`).toBe(w[0] !== w[0]!.toLowerCase());
    }
  });

  it('isAcronym: two capitals or more and nothing else, as ACRONYM says', () => {
    const words = ['NATO', 'МИД', 'ФСБ', 'US', 'U', 'Nato', 'NATOs', 'nATO', 'МИДа', 'мИД', 'ÉU', 'ΣΟ', 'ǅX', 'A1', '1A', 'ЁЖ', 'Ёж'];
    for (const w of words) expect(isAcronym(w), w).toBe(ACRONYM.test(w));
  });

  it('isAbbr: listed abbreviations and capitals with dots, whatever their length; no other word ending in a dot', () => {
    for (const w of ['Mr.', 'Sept.', 'Prof.', 'a.m.', 'U.S.', 'D.C.', 'т.е.', 'г.', 'J.', 'Ж.', '𝐀.', 'J.R.', 'J.R.R.', 'A.B.C.D.E.F.', '𝐀.𝐁.']) {
      expect(isAbbr(w), w).toBe(true);
    }
    for (const w of ['said.', 'Syria.', 'Moscow.', 'e.g.', 'i.e.', 'co.', 'j.', '1.', 'JR.', 'Mr', 'A', 'A.b.', 'ab.c.', 'Kremlin.ru.', 'U.S.A']) {
      expect(isAbbr(w), w).toBe(false);
    }
  });

  it('keeps the dot of an abbreviation and drops a sentence\'s, in one token each', () => {
    const toks = tokenize('Mr. Lavrov met J.R.R. Tolkien’s heirs in the U.S. on Sept. 5. Россия. Сказал г. Иванов.');
    expect(toks.map((t) => t.w)).toEqual(['Mr.', 'Lavrov', 'met', 'J.R.R.', 'Tolkien', 'heirs', 'in', 'the', 'U.S.', 'on', 'Sept.', '5', 'Россия', 'Сказал', 'г.', 'Иванов']);
    for (const t of toks) expect(t.end - t.start, t.w).toBe(t.poss ? t.w.length + 2 : t.w.length);
  });

  it('gives each word its lower-case form, and the word itself when it has no capital', () => {
    const text = 'Путин said the U.S. envoy’s plan, ΣΟΦΙΑ and Ёлкин’s “Ёжик” were résumés of МИД.';
    for (const t of tokenize(text)) {
      expect(t.lw, t.w).toBe(t.w.toLowerCase());
      if (t.w === t.w.toLowerCase()) expect(t.lw, t.w).toBe(t.w);
    }
    expect(tokenize(text).map((t) => t.w)).toEqual(['Путин', 'said', 'the', 'U.S.', 'envoy’s', 'plan', 'ΣΟΦΙΑ', 'and', 'Ёлкин', 'Ёжик', 'were', 'résumés', 'of', 'МИД']);
  });
});
