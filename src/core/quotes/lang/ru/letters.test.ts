// The Russian pack's word tests that skip their regex or list by a letter or two: each must give what the full test
// gives, for words of every kind (Cyrillic, Latin, other scripts, digits, marks, the empty word).
import { describe, expect, it } from 'vitest';
import { ACRONYM } from '../../tokens';
import { FINITE_VERB, finiteVerb, ruSpeechVerb } from './clauses';
import { institutionNoun } from './institutions';
import { dashRightBefore, isAcronym, startKey, startsLower, startsUpper } from './letters';
import { ruPronoun } from './lexicon';
import { ruNominativeByEndings } from './names';
import { roleLemma } from './roles';

const WORDS = [
  '', 'а', 'Я', 'он', 'она', 'Москва', 'москва', 'МИД', 'МИд', 'Минобороны', 'NATO', 'Nato', 'nato', 'ФСБ', 'СК',
  'ёлка', 'Ёлка', 'ЁЖ', 'ѐ', 'Ѐ', 'Ωmega', 'ωmega', 'Ελλάδα', 'ÉCOLE', 'école', 'Über', '𝐀bc', 'ǅ', '123', '7Б',
  '-да', '«Газпром»', 'ʼа', 'İstanbul', 'ǈubljana', 'ﬁ', 'Ⅻ', 'ⅻ',
];

describe('Russian word tests by letter', () => {
  it('letter case by char code gives what the Unicode-property regexes give', () => {
    for (const w of WORDS) {
      expect(startsLower(w), w).toBe(/^\p{Ll}/u.test(w));
      expect(startsUpper(w), w).toBe(/^\p{Lu}/u.test(w));
      expect(isAcronym(w), w).toBe(ACRONYM.test(w));
    }
  });

  it('a dash right before a word, past blanks of any kind, and nothing else', () => {
    const at = (s: string): number => s.indexOf('вздохнула');
    for (const s of ['«Да», — вздохнула она', '«Да»,\u00a0–\u2009вздохнула она', '—вздохнула', '«Да», —\n вздохнула']) {
      expect(dashRightBefore(s, at(s)), s).toBe(true);
    }
    for (const s of ['«Да», вздохнула она', 'вздохнула', '— он вздохнула', '«Да» -- вздохнула', '«Да», —, вздохнула']) {
      expect(dashRightBefore(s, at(s)), s).toBe(false);
    }
  });

  it('words that start alike share a start key, words that start otherwise do not', () => {
    expect(startKey('министр')).toBe(startKey('минфин'));
    expect(startKey('министр')).not.toBe(startKey('мэр'));
    expect(startKey('отец')).not.toBe(startKey('отца'));
  });

  it('a verb of saying is found by its stem and its ending, with the gender of its ending', () => {
    expect(ruSpeechVerb('заявил')).toBe('m');
    expect(ruSpeechVerb('подчеркнула')).toBe('f');
    expect(ruSpeechVerb('сообщили')).toBe('x');
    expect(ruSpeechVerb('говорится')).toBe(null);
    expect(ruSpeechVerb('передаёт')).toBe('x');
    expect(ruSpeechVerb('заявление')).toBe(null);
    expect(ruSpeechVerb('поплыл')).toBe(null);
    expect(ruSpeechVerb('зая')).toBe(null);
  });

  it('a finite verb by its ending: the guard by the last letter rules out only what the regex rules out', () => {
    const words = ['вздохнула', 'жалуется', 'улыбнулся', 'стоял', 'идут', 'несёт', 'смеялись', 'стол', 'дом', 'был',
      'окно', 'дети', 'время', 'рубль', 'заявление', 'Москва', 'hotel', 'лил', 'мчался', 'молятся'];
    for (const w of words) expect(finiteVerb(w), w).toBe(FINITE_VERB.test(w));
  });

  it('a role noun in an oblique case, a fleeting vowel brought back in a four-letter noun and a longer one', () => {
    const lemmas: Array<[string, string | null]> = [
      ['отца', 'отец'], ['отцом', 'отец'], ['посла', 'посол'], ['главы', 'глава'], ['подсудимой', 'подсудимая'],
      ['мэру', 'мэр'], ['стола', null], ['о', null],
    ];
    for (const [word, lemma] of lemmas) expect(roleLemma(word), word).toBe(lemma);
  });

  it('an institution noun in any case, from a stem of three letters or more', () => {
    const nouns: Array<[string, string | null]> = [['суде', 'суд'], ['ассоциации', 'ассоциация'], ['бюро', 'бюро'], ['сударь', null], ['су', null]];
    for (const [word, noun] of nouns) expect(institutionNoun(word), word).toBe(noun);
  });

  it('a pronoun is found only among the pronouns', () => {
    expect(ruPronoun('она')).toBe('f');
    expect(ruPronoun('мы')).toBe('p');
    expect(ruPronoun('оно')).toBe(undefined);
    expect(ruPronoun('constructor')).toBe(undefined);
  });

  it('a name back to the nominative by its endings: a woman’s surname in -а keeps it, a man’s loses it', () => {
    expect(ruNominativeByEndings(['Ольги', 'Дубовой'])).toEqual(['Ольга', 'Дубова']);
    expect(ruNominativeByEndings(['Павла', 'Соколова'])).toEqual(['Павл', 'Соколов']);
    expect(ruNominativeByEndings(['Анны', 'Сидорова'])).toEqual(['Анна', 'Сидорова']);
    expect(ruNominativeByEndings(['Кремль'])).toEqual(['Кремль']);
  });
});
