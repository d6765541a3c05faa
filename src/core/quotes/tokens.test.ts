// Tokens' fast paths answer as the general rule they stand for: a word is capitalised when lower-casing changes its
// first character (isCap answers ASCII and Cyrillic from the character code), and a token's lower-case form is
// `w.toLowerCase()` (tokenize skips the call for words the scan saw no capital in).
import { describe, expect, it } from 'vitest';
import { ACRONYM, isAcronym, isCap, tokenize } from './tokens';

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

  it('gives each word its lower-case form, and the word itself when it has no capital', () => {
    const text = 'Путин said the U.S. envoy’s plan, ΣΟΦΙΑ and Ёлкин’s “Ёжик” were résumés of МИД.';
    for (const t of tokenize(text)) {
      expect(t.lw, t.w).toBe(t.w.toLowerCase());
      if (t.w === t.w.toLowerCase()) expect(t.lw, t.w).toBe(t.w);
    }
    expect(tokenize(text).map((t) => t.w)).toEqual(['Путин', 'said', 'the', 'U.S.', 'envoy’s', 'plan', 'ΣΟΦΙΑ', 'and', 'Ёлкин', 'Ёжик', 'were', 'résumés', 'of', 'МИД']);
  });
});
