// Russian offices and courts as speakers, the forms the fifth fresh batch (session 6) showed: an office in the
// locative after a plural verb that closes the sentence («…», — уточнили в пресс-службе X), and a court named with a
// jurisdiction's adjective («Новосибирский областной суд»). Written from the general form, with invented bodies.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../index';

const speakers = (paras: string[]): (string | null)[] => findQuotes(paras, 'ru').map((q) => q.speaker?.name ?? null);
const mentions = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => {
  const sp = q.speaker;
  return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
});

describe('an office after the verb that closes the sentence', () => {
  it('speaks as the office with its complement, in the nominative', () => {
    const paras = [
      'Программа заработает весной. «Первые выплаты придут уже в апреле», — уточнили в пресс-службе Минтруда.',
      'Клуб сменил тренера. «Мы благодарим его за проделанную работу», — сообщили в пресс-службе «Динамо».',
      'Вакцину закупят заранее. «Запасов хватит на всю зиму», — заявили в региональном минздраве.',
    ];
    expect(speakers(paras)).toEqual(['пресс-служба Минтруда', 'пресс-служба «Динамо»', 'региональный минздрав']);
    expect(mentions(paras)).toEqual(['пресс-службе Минтруда', 'пресс-службе «Динамо»', 'региональном минздраве']);
  });

  it('an office of a body named before is still that body', () => {
    expect(speakers([
      'Компания «Полярный кедр» закрыла цех в Котласе.',
      '«Сотрудникам предложат работу на других площадках», — уточнили в пресс-службе компании.',
    ])).toEqual(['Полярный кедр']);
  });

  it('a lone office with nothing after it, or a person after the verb, is not taken for one', () => {
    expect(speakers(['Иван Петров возглавил фонд. «Работы много», — сказал Иван Петров в пресс-службе фонда.'])).toEqual(['Иван Петров']);
  });
});

describe('a court named with the adjective of its jurisdiction', () => {
  it('keeps every word of its name, and its press service speaks for it', () => {
    expect(speakers([
      'Свердловский областной суд отклонил жалобу защиты. «Решение первой инстанции оставлено без изменений», — пояснили в пресс-службе суда.',
    ])).toEqual(['Свердловский областной суд']);
    expect(speakers([
      'Московский городской суд продлил арест. «Оснований для изменения меры пресечения нет», — говорится в сообщении суда.',
    ])).toEqual(['Московский городской суд']);
  });
});

describe('a body introduced with its own noun (завод «X», клуб «X»)', () => {
  it('answers to that noun, not to another body noun standing for a body named before it', () => {
    const paras = [
      'Следственный комитет возбудил дело против бывшего директора завода «Красный луч» Ивана Петрова.',
      '«Установлено, что средства выводились через подставные фирмы», — говорится в заявлении ведомства.',
      '«Производство работает в обычном режиме», — сообщили в пресс-службе завода.',
    ];
    expect(speakers(paras)).toEqual(['Следственный комитет', 'Красный луч']);
  });
});
