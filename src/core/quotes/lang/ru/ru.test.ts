// Russian attribution rules, one test per rule, each written from the general form it reads (invented people,
// invented places): names and their cases, relays, roles before names, headlines, anaphors. A rule checked by who
// speaks, by the words the speaker's mention covers or by the name a run of words gives is an entry of
// ru.cases.json (`ruleCases`); the few that look inside (tokens, frames, acronyms) are tests of their own here.
import { describe, expect, it } from 'vitest';
import { ruChecks } from '../../../../../tests/unit/helpers/ru-checks';
import { ruleCases, speakersOf } from '../../../../../tests/unit/helpers/speaker-rules';
import { buildFrame } from '../../frame';
import { tokenize } from '../../tokens';
import { ru } from './index';
import { spelledOutRu } from './acronyms';
import { startsNewNameRu } from './names';
import cases from './ru.cases.json';

ruleCases('ru', cases, ruChecks);

describe('Russian names', () => {
  it('a name in the instrumental ends where a word in another case starts the next name', () => {
    const [a, b] = tokenize('Брандиным Соколов');
    expect(startsNewNameRu(a!, b!)).toBe(true);
    const [c, d] = tokenize('Олегом Брандиным');
    expect(startsNewNameRu(c!, d!)).toBe(false);
    // A first name in any case is followed by its own surname, declined or not.
    const [e, f] = tokenize('Сергеем Шолу');
    expect(startsNewNameRu(e!, f!)).toBe(false);
    expect(speakersOf([
      'Встречу министра с послом Арно Дювалем Соколов назвал «полезной».',
      'Пресс-секретарь Олег Соколов добавил: «Мы продолжим консультации».',
      '«Дата встречи пока не определена», — сказал Соколов.',
    ], 'ru')).toEqual(['Олег Соколов', 'Олег Соколов']);
  });
});

describe('Russian coreference', () => {
  it('a name before "и" and a verb is not that verb’s subject, so it keeps its case', () => {
    const [f] = [buildFrame('Суд удовлетворил иск Росавиации и обязал перевозчика вернуть деньги.', [], ru)];
    const run = f.runs.find((r) => r.toks[0]!.w === 'Росавиации')!;
    expect(ru.nominativeAt(f, run)).toBe(false);
    const g = buildFrame('Росавиация в ответ заявила, что проверит перевозчика.', [], ru);
    expect(ru.nominativeAt(g, g.runs[0]!)).toBe(true);
  });
});

describe('Russian acronyms', () => {
  it('an acronym spelled out in the story is named as spelled out, in the nominative; otherwise it stays', () => {
    expect(spelledOutRu('СК', 'Задержание провели сотрудники Следственного комитета.')).toBe('Следственный комитет');
    expect(spelledOutRu('МЧС', 'глава Министерства по чрезвычайным ситуациям заявил')).toBe('Министерство по чрезвычайным ситуациям');
    expect(spelledOutRu('МОК', 'Исполком Международного олимпийского комитета собрался')).toBe('Международный олимпийский комитет');
    expect(spelledOutRu('СК', 'Суд отклонил иск.')).toBeNull();
    // A ministry's short name: Мин- is министерство, the rest begins the noun after it.
    expect(spelledOutRu('Минтранс', 'Министерство транспорта Словении объявило тендер')).toBe('Министерство транспорта Словении');
    expect(spelledOutRu('Минфин', 'в Министерстве финансов заявили')).toBe('Министерство финансов');
    expect(spelledOutRu('Минск', 'Министерство транспорта объявило тендер')).toBeNull();
    expect(spelledOutRu('Брандин', 'Брандин уехал')).toBeNull();
    expect(speakersOf(['Следственный комитет задержал директора подрядчика.', '«Подрядчик завысил объемы работ», — говорится в заявлении СК.'], 'ru')).toEqual(['Следственный комитет']);
    expect(speakersOf(['«Подрядчик завысил объемы работ», — говорится в заявлении СК.'], 'ru')).toEqual(['СК']);
  });
});
