// Russian attribution rules, one test per rule, each written from the general form it reads (invented people,
// invented places): names and their cases, relays, roles before names, headlines, anaphors.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../index';
import { tokenize } from '../../tokens';
import { splitRoleRu, startsNewNameRu } from './names';

const speakers = (paras: string[]): (string | null)[] => findQuotes(paras, 'ru').map((q) => q.speaker?.name ?? null);
const mentions = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => {
  const sp = q.speaker;
  return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
});
const nameOf = (words: string): string => splitRoleRu(tokenize(words)).name.map((t) => t.w).join(' ');

describe('Russian names', () => {
  it('a name in the instrumental ends where a word in another case starts the next name', () => {
    const [a, b] = tokenize('Брандиным Соколов');
    expect(startsNewNameRu(a!, b!)).toBe(true);
    const [c, d] = tokenize('Олегом Брандиным');
    expect(startsNewNameRu(c!, d!)).toBe(false);
    // A first name in any case is followed by its own surname, declined or not.
    const [e, f] = tokenize('Сергеем Шолу');
    expect(startsNewNameRu(e!, f!)).toBe(false);
    expect(speakers([
      'Встречу министра с послом Арно Дювалем Соколов назвал «полезной».',
      'Пресс-секретарь Олег Соколов добавил: «Мы продолжим консультации».',
      '«Дата встречи пока не определена», — сказал Соколов.',
    ])).toEqual(['Олег Соколов', 'Олег Соколов']);
  });

  it('three name words with no patronymic are one foreign name, unless a body or a first name says otherwise', () => {
    expect(nameOf('Мустафа Кемаль Озтюрк')).toBe('Мустафа Кемаль Озтюрк');
    expect(nameOf('Минфина Олег Брандин')).toBe('Олег Брандин');
    expect(nameOf('Ирана Олег Брандин')).toBe('Олег Брандин');
    expect(nameOf('Олег Петрович Брандин')).toBe('Олег Петрович Брандин');
    expect(speakers([
      'Турецкий министр Мустафа Кемаль Озтюрк провел переговоры в Анкаре.',
      '«Мы открыты для диалога», — заявил Озтюрк.',
    ])).toEqual(['Мустафа Кемаль Озтюрк']);
  });
});
