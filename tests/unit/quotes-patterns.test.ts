// Quotation marks and attribution patterns, one by one, in English and Russian, with the traps:
// pronouns after two people, quotes over several paragraphs, scare quotes, titles, nesting, ellipses.
import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesInText, selectKeyQuotes } from '../../src/core/quotes/index';
import type { Lang, Quote } from '../../src/core/types';

const who = (q: Quote | undefined): string | null => q?.speaker?.name ?? null;
const one = (paras: string[], lang: Lang = 'en'): Quote => {
  const qs = findQuotes(paras, lang);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('quotation marks', () => {
  it('reads “…”, "…", «…», „…“ and ‘…’', () => {
    expect(one(['“We will not leave,” Lavrov said.']).text).toBe('We will not leave');
    expect(one(['"We will not leave," Lavrov said.']).text).toBe('We will not leave');
    expect(one(['«Мы не уйдем», — заявил Лавров.'], 'ru').text).toBe('Мы не уйдем');
    expect(one(['„Wir bleiben hier“, sagte Scholz, and Lavrov said nothing.']).text).toBe('Wir bleiben hier');
    expect(one(['‘We will not leave,’ Lavrov said.']).text).toBe('We will not leave');
  });

  it('keeps nested quotations inside the outer one', () => {
    const q = one(['“He told me ‘never again,’ and then he left,” said Anna Petrova.']);
    expect(q.text).toBe('He told me ‘never again,’ and then he left');
    expect(who(q)).toBe('Anna Petrova');
    const r = one(['«Он сказал: „Мы уходим“, и ушел», — рассказал Иван Петров.'], 'ru');
    expect(r.text).toBe('Он сказал: „Мы уходим“, и ушел');
    expect(who(r)).toBe('Иван Петров');
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuotes(['Trump’s envoy met NBC’s team and the voters’ mood soured in the ’90s.'], 'en')).toEqual([]);
  });

  it('keeps ellipses inside quotes and drops only a trailing comma', () => {
    const q = one(['“We are following events … with alarm,” Lavrov said.']);
    expect(q.text).toBe('We are following events … with alarm');
    expect(one(['“We are ready to talk.” Lavrov said.']).text).toBe('We are ready to talk.');
  });

  it('reads NYT-style two-apostrophe marks', () => {
    const q = one(["''It doesn't make our problems worse,'' Leonard Burman said."]);
    expect(q.text).toBe("It doesn't make our problems worse");
    expect(who(q)).toBe('Leonard Burman');
  });
});

describe('English attribution', () => {
  const intro = 'Russian Foreign Minister Sergei Lavrov met his Syrian counterpart on Monday.';

  it('“…,” X said / “…,” said X / X said: “…”', () => {
    expect(who(one([intro, '“There is no meeting planned,” Lavrov said.']))).toBe('Sergei Lavrov');
    expect(who(one([intro, '“There is no meeting planned,” said Lavrov.']))).toBe('Sergei Lavrov');
    const q = one([intro, 'Lavrov said: “There is no meeting planned.”']);
    expect(who(q)).toBe('Sergei Lavrov');
    expect(q.kind).toBe('direct');
  });

  it('X, the foreign minister, told reporters “…”', () => {
    const q = one(['Sergei Lavrov, the foreign minister, told reporters “there is nothing to discuss.”']);
    expect(who(q)).toBe('Sergei Lavrov');
    expect(q.speaker!.role).toBe('foreign minister');
  });

  it('according to X, and verbs like added, wrote, warned, insisted, told Y', () => {
    expect(who(one(['According to Dmitry Peskov, “the talks are over.”']))).toBe('Dmitry Peskov');
    for (const verb of ['added', 'wrote', 'warned', 'insisted', 'told Interfax']) {
      expect(who(one([`“Nothing has changed,” Maria Zakharova ${verb}.`]))).toBe('Maria Zakharova');
    }
  });

  it('splits the role off the fullest mention and names later mentions by it', () => {
    const qs = findQuotes([
      'Syria is ready for talks, Syrian Foreign Minister Walid Moualem said in Moscow on Monday.',
      '“We are ready for dialogue with everyone,” Moualem said.',
    ], 'en');
    expect(qs[0]!.speaker).toMatchObject({ name: 'Walid Moualem', role: 'Syrian Foreign Minister' });
    const k = one(['U.S. Secretary of State John Kerry arrived in Berlin.', '“We want a deal,” Kerry said.']);
    expect(k.speaker).toMatchObject({ name: 'John Kerry', role: 'U.S. Secretary of State' });
  });

  it('says the body, not a person, for "the Kremlin said", and names it without the article', () => {
    expect(who(one(['“The decision is final,” the Kremlin said.']))).toBe('Kremlin');
  });

  it('a body’s own name opening a sentence is that body, not a common noun for the body named before', () => {
    const qs = findQuotes(['The Justice Ministry declared the group “undesirable” last week.', 'Kremlin said: “The matter is closed for us.”'], 'en');
    expect(qs.map(who)).toEqual(['Kremlin']);
  });

  it('a common noun for a body goes back to the body named before', () => {
    const qs = findQuotes([
      'Russia’s Prosecutor General’s Office on Friday declared the fund an “undesirable” organization.',
      'Prosecutors said the fund posed “a threat to the constitutional order of the country.”',
      'Aeroflot, the country’s largest airline, diverted some flights. “We apologize to our passengers,” the airline said.',
    ], 'en');
    expect(qs.map(who)).toEqual(['Prosecutor General’s Office', 'Aeroflot']);
  });

  it('"would respond" is not an attribution; "said" is', () => {
    const q = one(['Kremlin spokesman Dmitry Peskov said that Russia would respond “in a way that is painful for the Europeans,” without details.']);
    expect(who(q)).toBe('Dmitry Peskov');
  });

  it('keeps a second quote of the same paragraph with its speaker', () => {
    const qs = findQuotes([
      '“President Putin is ready to meet,” Lavrov told NBC’s Meet the Press. “There is no meeting planned.”',
    ], 'en');
    expect(qs.map(who)).toEqual(['Lavrov', 'Lavrov']);
    expect(qs[1]!.kind).toBe('direct');
  });

  it('a dash after a quotation names its author', () => {
    expect(who(one(['“Fear is the mind-killer.” ― Sonya Herridge']))).toBe('Sonya Herridge');
  });
});

describe('more English patterns', () => {
  it('a participle takes the sentence subject: "X criticised Y, saying, “…”"', () => {
    const q = one(['Sergei Lavrov criticised Washington on Monday, saying, “The sanctions have failed and everybody knows it.”']);
    expect(who(q)).toBe('Sergei Lavrov');
  });

  it('"X of the Y said" names the person, not the body', () => {
    expect(who(one(['“We will appeal,” Ivan Pavlov of the Team 29 legal group said.']))).toBe('Ivan Pavlov');
  });

  it('an aside after a place goes back to the person', () => {
    expect(who(one(['Anna Ivanova, of Tver, Russia, said the strike was “the only way left to be heard.”']))).toBe('Anna Ivanova');
  });

  it('a colon at the end of a paragraph announces the next one, and a signature line signs the one above', () => {
    const qs = findQuotes([
      'Dmitry Muratov, the editor of Novaya Gazeta, told the court:',
      '“We have done nothing but our job, and we will keep doing it.”',
      '“Journalism is not a crime, whatever the prosecutors say in this room.”',
      '— Yelena Milashina',
    ], 'en');
    expect(qs.map(who)).toEqual(['Dmitry Muratov', 'Yelena Milashina']);
  });

  it('a transcript label inside the quotation names the speaker', () => {
    const qs = findQuotes(['Sergei Lavrov spoke to the host.', '"LAVROV: We are ready to talk, but not on these terms."'], 'en');
    expect(who(qs[0])).toBe('Sergei Lavrov');
  });

  it('a long fragment without a verb of saying belongs to the sentence subject', () => {
    const q = one(['Alexei Navalny arrived in court on Monday.', 'Navalny mocked the judge for “staging a trial that nobody believes in.”']);
    expect(who(q)).toBe('Alexei Navalny');
    expect(q.kind).toBe('partial');
  });

  it('reads mixed marks (“…" ) as one quotation', () => {
    expect(one(['The mayor said there was “no evidence" yet that it was an act of terrorism.']).text).toBe('no evidence');
  });

  it('a Title Case line in marks is a title even when it stands alone', () => {
    expect(findQuotes(['“All Bets Are Off.”', 'The talks ended.'], 'en')).toEqual([]);
  });
});

describe('pronouns and continuations', () => {
  it('a pronoun follows a chain of pronouns, past objects named in between', () => {
    const q = one([
      'Dmitry Muratov spoke first. He then listed the newspaper’s losses, with John Kerry and Sergei Lavrov in the audience.',
      '“We will not stop,” he said.',
    ]);
    expect(who(q)).toBe('Dmitry Muratov');
  });

  it('"he said" goes to the nearest compatible person, not blindly the last name', () => {
    const qs = findQuotes([
      'Foreign Minister Sergei Lavrov met Secretary of State John Kerry in Berlin on Tuesday after talks with Kerry’s aides.',
      '“We have agreed on nothing,” he told reporters.',
    ], 'en');
    expect(who(qs[0])).toBe('Sergei Lavrov');
  });

  it('keeps relatives apart: Hillary and Bill Clinton', () => {
    const qs = findQuotes([
      'Hillary Clinton campaigned in Ohio on Monday while Bill Clinton stayed in New York.',
      '“We are going to win this state,” she said.',
      '“It will be close,” Bill Clinton said later.',
      '“I am not worried,” Hillary Clinton added, and Clinton repeated it: “Not at all worried.”',
    ], 'en');
    expect(qs.map(who)).toEqual(['Hillary Clinton', 'Bill Clinton', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('"she said" after a man and a woman goes to the woman', () => {
    const q = one([
      'Maria Zakharova said Sergei Lavrov would travel to Berlin.',
      '“We expect nothing from this trip,” she said.',
    ]);
    expect(who(q)).toBe('Maria Zakharova');
  });

  it('skips bodies and places when resolving a pronoun', () => {
    const q = one([
      'Walid Moualem arrived in Moscow on Monday.',
      'Itar-Tass did not report any other comments by Syria’s Moualem.',
      '“What is happening in Syria is a war against terrorism,” he said.',
    ]);
    expect(who(q)).toBe('Walid Moualem');
  });

  it('a quote over several paragraphs keeps its speaker (one entry per paragraph)', () => {
    const qs = findQuotes([
      'Sergei Lavrov spoke after the talks.',
      '“We are following events with alarm,” Lavrov said. “The situation is at a crossroads.',
      '“But there are also reasonable forces that understand the need for talks.”',
      'Kerry is due in Rome on Thursday.',
    ], 'en');
    expect(qs.map((q) => q.text)).toEqual([
      'We are following events with alarm',
      'The situation is at a crossroads.',
      'But there are also reasonable forces that understand the need for talks.',
    ]);
    expect(qs.map(who)).toEqual(['Sergei Lavrov', 'Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('says null when nobody can be told', () => {
    const q = one(['The talks ended on Monday.', '“We will win this war.”']);
    expect(q.speaker).toBeNull();
  });
});

describe('not quotations', () => {
  it('drops scare quotes and terms next to a real quote', () => {
    const qs = findQuotes([
      'The Prosecutor General’s Office declared the group "undesirable" and a "foreign agent" last year.',
      '"This decision is political and we will appeal it," said its director Ivan Pavlov.',
    ], 'en');
    expect(qs.map((q) => q.text)).toEqual(['This decision is political and we will appeal it']);
    expect(who(qs[0])).toBe('Ivan Pavlov');
  });

  it('drops titles of films and books', () => {
    expect(findQuotes(['Critics praised the film “The Death of Stalin” and the novel "War and Peace" this week.'], 'en')).toEqual([]);
    expect(findQuotes(['Газета «Новая газета» и общество «Мемориал» признаны «иностранными агентами».'], 'ru')).toEqual([]);
  });

  it('keeps an attributed fragment inside a sentence as a partial quote', () => {
    const q = one(['Assad said there would be no dialogue with people he called traitors or "puppets made by the West."']);
    expect(q.kind).toBe('partial');
    expect(who(q)).toBe('Assad');
  });
});

describe('Russian attribution', () => {
  it('«…», — заявил X, with the role split off', () => {
    const q = one(['«Мы не видим оснований для этого», — заявил пресс-секретарь президента Дмитрий Песков.'], 'ru');
    expect(q.speaker).toMatchObject({ name: 'Дмитрий Песков', role: 'пресс-секретарь президента' });
    expect(q.kind).toBe('direct');
  });

  it('X заявил: «…» and «…», — сообщил/отметил/сказал X', () => {
    expect(who(one(['Мария Захарова заявила: «Запад снова пытается переписать историю».'], 'ru'))).toBe('Мария Захарова');
    for (const v of ['сообщил', 'отметил', 'сказал', 'добавил', 'подчеркнул']) {
      expect(who(one([`«Переговоры будут продолжены», — ${v} Сергей Лавров.`], 'ru'))).toBe('Сергей Лавров');
    }
  });

  it('По словам X, «…» with the name in the genitive (Пескова → Песков)', () => {
    const qs = findQuotes([
      'Дмитрий Песков провел брифинг для журналистов.',
      'По словам Пескова, «переговоры зашли в тупик».',
    ], 'ru');
    expect(qs).toHaveLength(1);
    expect(who(qs[0])).toBe('Дмитрий Песков');
    expect(qs[0]!.kind).toBe('direct');
  });

  it('names a genitive-only mention in the nominative', () => {
    expect(who(one(['По словам Дмитрия Пескова, «ситуация остается сложной».'], 'ru'))).toBe('Дмитрий Песков');
  });

  it('a later surname in another case resolves to the full name', () => {
    const qs = findQuotes([
      '«Это внутреннее дело Украины», — заявил пресс-секретарь президента Дмитрий Песков.',
      'Журналисты спросили Пескова о санкциях.',
      '«Санкции не работают», — добавил Песков.',
    ], 'ru');
    expect(qs.map(who)).toEqual(['Дмитрий Песков', 'Дмитрий Песков']);
  });

  it('«…», — сказала она: the woman, not the man mentioned last', () => {
    const qs = findQuotes([
      'Официальный представитель МИД Мария Захарова прокомментировала визит Сергея Лаврова.',
      '«Ситуация остается напряженной», — сказала она журналистам.',
    ], 'ru');
    expect(who(qs[0])).toBe('Мария Захарова');
  });

  it('a quotation over two paragraphs, Russian style', () => {
    const qs = findQuotes([
      'Песков заявил: «Мы готовы к диалогу.',
      '«Но только на наших условиях», — подчеркнул он.',
    ], 'ru');
    expect(qs.map((q) => q.text)).toEqual(['Мы готовы к диалогу.', 'Но только на наших условиях']);
    expect(qs.map(who)).toEqual(['Песков', 'Песков']);
  });

  it('«…», — цитирует X ТАСС: the person quoted, not the agency; «…», — говорится в сообщении министерства', () => {
    const qs = findQuotes([
      'Минцифры расширит «белые списки» сайтов. Об этом сообщили в министерстве.',
      '«Перечень будет пересматриваться ежемесячно», — говорится в сообщении министерства.',
      '«Отключения создают неудобства для людей», — заявил глава Минцифры Максут Шадаев.',
      '«Никто не собирается отключать интернет навсегда», — цитирует Шадаева ТАСС.',
    ], 'ru');
    expect(qs.map(who)).toEqual(['Минцифры', 'Максут Шадаев', 'Максут Шадаев']);
    expect(qs[1]!.speaker!.role).toBe('глава Минцифры');
  });

  it('a body speaks: the answer after a question goes to the body that acted', () => {
    const qs = findQuotes([
      'В июле Генпрокуратура объявила издание «нежелательной» организацией.',
      'За что?',
      '«За дискредитацию решений руководства страны».',
    ], 'ru');
    expect(qs.map((q) => q.text)).toEqual(['За дискредитацию решений руководства страны']);
    expect(who(qs[0])).toBe('Генпрокуратура');
  });
});

describe('key quotes', () => {
  const paras = [
    'Foreign Minister Sergei Lavrov met Syrian Foreign Minister Walid Moualem on Monday.',
    '“We are ready for dialogue with everyone who wants it, even with those who have weapons,” Moualem said.',
    '“Yes,” Lavrov said.',
    '“The situation is at a crossroads and this is fraught with the risk of collapse,” Lavrov said.',
    'Critics called the meeting a "charade" and an "old show."',
    '“We will talk again next week,” Moualem added. “Nothing is settled.”',
    '“This is a long road that nobody has walked before,” an unnamed diplomat noted in passing.',
  ];
  const quotes = findQuotes(paras, 'en');

  it('scores attributed, informative quotes above fragments and one-word answers', () => {
    const offer = quotes.find((q) => q.text.startsWith('We are ready'))!;
    const yes = quotes.find((q) => q.text === 'Yes')!;
    expect(offer.score).toBeGreaterThan(yes.score);
  });

  it('spreads across speakers before taking a second quote from anyone, in story order', () => {
    const key = selectKeyQuotes(quotes, 2);
    expect(key.map(who).sort()).toEqual(['Sergei Lavrov', 'Walid Moualem']);
    expect(key[0]!.paragraph).toBeLessThan(key[1]!.paragraph);
    expect(selectKeyQuotes(quotes, 3)).toHaveLength(3);
    expect(selectKeyQuotes([], 5)).toEqual([]);
  });
});

describe('CLI text mode', () => {
  it('splits on blank lines and newlines and gives offsets into the input', () => {
    const text = 'Sergei Lavrov spoke on Monday.\n\n“There is no meeting planned,” Lavrov said.\nIt was cold.';
    const qs = findQuotesInText(text, 'en');
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('There is no meeting planned');
    expect(text.slice(qs[0]!.speaker!.start, qs[0]!.speaker!.end)).toBe('Lavrov');
  });
});

describe('hostile input', () => {
  it('does not read a "paragraph" no story has (over 12,000 characters)', () => {
    const huge = '“We are ready,” Lavrov said. '.repeat(2000);
    expect(findQuotes([huge], 'en')).toEqual([]);
  });

  it('reads only the first 400,000 characters of a story and stays linear beyond', () => {
    const para = '“We are ready to talk with everyone,” Lavrov said on Monday in Moscow. ';
    const paras = Array.from({ length: 20_000 }, () => para);
    const qs = findQuotes(paras, 'en');
    expect(qs.length).toBeGreaterThan(1000);
    expect(qs.length).toBeLessThan(paras.length);
    expect(qs.every((q) => q.speaker?.name === 'Lavrov')).toBe(true);
  });

  it('survives unbalanced and stray marks', () => {
    const qs = findQuotes(['” « „ ‘ " » “ ’ \' ” «', '«««««« »»»', '"""""""'], 'ru');
    expect(Array.isArray(qs)).toBe(true);
  });
});
