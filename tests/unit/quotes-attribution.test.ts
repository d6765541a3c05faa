// The attribution strategies one by one (src/core/quotes/attribution.ts), each on a sentence written from the
// general form it reads, in English and in Russian where the form exists in both.
import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/core/quotes/attribution';
import { findQuotes, selectKeyQuotes } from '../../src/core/quotes/index';
import type { Lang, Quote } from '../../src/core/types';

const speakers = (paras: string[], lang: Lang = 'en'): (string | null)[] => findQuotes(paras, lang).map((q) => q.speaker?.name ?? null);

const covered = new Set<string>();
const strategy = (name: string, fn: () => void): void => {
  covered.add(name);
  it(name, fn);
};

describe('attribution strategies', () => {
  strategy('author inside the marks', () => {
    // Russian sets an interrupted quotation in one pair of marks: the words between the dashes name the speaker.
    expect(speakers(['Олег Брандин заявил, что «переговоры окончены».', 'Анна Короткова не согласилась. «Мы не закончили, — сказала Короткова. — Мы только начали»'], 'ru'))
      .toEqual(['Олег Брандин', 'Анна Короткова']);
  });

  strategy('transcript label', () => {
    expect(speakers(['Nora Vance spoke to the host.', '“VANCE: We never agreed to that deal.”'])).toEqual(['Nora Vance']);
  });

  strategy('cue in the sentence', () => {
    expect(speakers(['“The talks are over,” Oskar Brandt said.'])).toEqual(['Oskar Brandt']);
    expect(speakers(['«Переговоры окончены», — заявил Олег Брандин.'], 'ru')).toEqual(['Олег Брандин']);
  });

  strategy('colon introduction', () => {
    // A transcript line and a headline: whoever opens the sentence before the colon, past a locative.
    expect(speakers(['Судья Анна Короткова: «Прошу отвечать на вопрос».'], 'ru')).toEqual(['Анна Короткова']);
    expect(speakers(['Брандин в Варшаве: «Мы не уйдем из переговоров»'], 'ru')).toEqual(['Брандин']);
    expect(speakers(['«Спартак» обыграл «Зенит» в Туле, Брандин: «Мы заслужили эту победу»'], 'ru')).toEqual(['Брандин']);
  });

  strategy('continuation', () => {
    const en = ['“The first thing we did was close the border,” said Oskar Brandt. “Then we waited.', '“Nobody came to help us.”'];
    expect(speakers(en)).toEqual(['Oskar Brandt', 'Oskar Brandt', 'Oskar Brandt']);
    const ru = ['Олег Брандин рассказал: «Сначала мы закрыли границу. Потом ждали.', 'Никто не пришел нам помочь».'];
    expect(speakers(ru, 'ru')).toEqual(['Олег Брандин', 'Олег Брандин']);
  });

  strategy('same voice in the paragraph', () => {
    expect(speakers(['“We are ready,” Oskar Brandt said. “We have been ready for a year.”'])).toEqual(['Oskar Brandt', 'Oskar Brandt']);
    expect(speakers(['«Мы готовы», — сказал Олег Брандин. «Мы готовы уже год».'], 'ru')).toEqual(['Олег Брандин', 'Олег Брандин']);
  });

  strategy('cue earlier in the paragraph', () => {
    expect(speakers(['Oskar Brandt spoke after the vote. He said the count was fair. “We accept the result.”'])).toEqual(['Oskar Brandt']);
  });

  strategy('subject of the sentence before', () => {
    expect(speakers(['Former captain Oskar Brandt judged the game harshly. “We played as if the title were already ours.”'])).toEqual(['Oskar Brandt']);
    expect(speakers(['Бывший капитан сборной Олег Брандин оценил игру жестче. «Мы играли так, будто титул уже наш».'], 'ru')).toEqual(['Олег Брандин']);
    // Not when the sentence before names no person as its subject.
    expect(speakers(['The game ended late. “We played as if the title were already ours.”'])).toEqual([null]);
  });

  strategy('cue later in the paragraph', () => {
    expect(speakers(['“We accept the result.” That is what Oskar Brandt said after the vote.'])).toEqual(['Oskar Brandt']);
  });

  strategy('paragraph of quotation', () => {
    // Announced by a colon at the end of the paragraph before.
    expect(speakers(['Oskar Brandt put it plainly:', '“We will not sign this agreement.”'])).toEqual(['Oskar Brandt']);
    expect(speakers(['Олег Брандин высказался прямо:', '«Мы не подпишем это соглашение».'], 'ru')).toEqual(['Олег Брандин']);
  });

  strategy('subject of an introducing sentence', () => {
    expect(speakers(['Oskar Brandt has a new message for voters: “The border stays open.”'])).toEqual(['Oskar Brandt']);
  });

  strategy('speaker of a long fragment', () => {
    expect(speakers(['Oskar Brandt mocked his rival for “having nothing to say about taxes.”'])).toEqual(['Oskar Brandt']);
  });

  it('every strategy has a test here', () => {
    expect(STRATEGIES.map((s) => s.name).filter((n) => !covered.has(n))).toEqual([]);
  });
});

describe('subjects by their shape', () => {
  const mention = (paras: string[], lang: Lang = 'en'): string[] => findQuotes(paras, lang).map((q) => {
    const sp = q.speaker;
    return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
  });

  it('a determiner, modifiers and any noun make a nominal subject, kept with its offsets', () => {
    expect(mention(['“The plan would cost nothing,” the retired surgeon said.'])).toEqual(['the retired surgeon']);
    expect(mention(['“We will see,” said the veteran broadcaster.'])).toEqual(['the veteran broadcaster']);
    expect(mention(['The memo said: “Nobody is to leave the building.”'])).toEqual(['The memo']);
  });

  it('a pronoun keeps its own offsets, with the resolved name', () => {
    const paras = ['Rosa Delgado spoke first.', '“We are not done,” she said.'];
    expect(mention(paras)).toEqual(['she']);
    expect(findQuotes(paras, 'en')[0]!.speaker!.name).toBe('Rosa Delgado');
    const ru = ['Анна Короткова выступила первой.', '«Мы не закончили», — сказала она.'];
    expect(mention(ru, 'ru')).toEqual(['она']);
    expect(findQuotes(ru, 'ru')[0]!.speaker!.name).toBe('Анна Короткова');
  });
});

describe('structure over lists', () => {
  it('“…,” <subject> <verb>: the clause after the quotation attributes it, whatever the verb', () => {
    expect(speakers(['“We will win this state,” Rosa Delgado gushed.'])).toEqual(['Rosa Delgado']);
    expect(speakers(['Rosa Delgado met her rival.', '“We are fine,” she emailed.'])).toEqual(['Rosa Delgado']);
    expect(speakers(['“Get out of my office,” fumed Oskar Brandt.'])).toEqual(['Oskar Brandt']);
  });

  it('a verb-like word after a closed statement is not read as attribution', () => {
    // The quotation ends its sentence: what follows is a new clause, not its attribution.
    expect(speakers(['“We will win this state.” Rosa Delgado travels to Ohio next week.'])).toEqual([null]);
  });
});

describe('asides around an English subject', () => {
  it('an aside of a role or party and a place, or a place after a preposition, is not the speaker', () => {
    expect(speakers(['“We are ready,” Representative Nora Vance, Democrat of Ohio, told reporters.'])).toEqual(['Nora Vance']);
    expect(speakers(['“It was a long year,” Oskar Brandt, now 81 and retired in Eastbridge, Wash., said by phone.'])).toEqual(['Oskar Brandt']);
  });

  it('a verb-like word inside the subject and its aside is no attribution of its own', () => {
    // "state" in "the Ohio state nurses union" and "resources" in "human resources executive" are not verbs here.
    expect(speakers(['“They trust him,” Oskar Brandt, the president of the Ohio state nurses union, said of the members.'])).toEqual(['Oskar Brandt']);
    expect(speakers(['“We found nothing,” the chief human resources executive, Nora Vance, told the paper.'])).toEqual(['Nora Vance']);
  });

  it('after the verb, a possessive and role words lead to the person, and a closing aside names them', () => {
    expect(speakers(['“This is new,” said Vance’s top policy aide Oskar Brandt.'])).toEqual(['Oskar Brandt']);
    expect(speakers(['“We are anxious,” said another forum user, Nora Vance.'])).toEqual(['Nora Vance']);
    expect(speakers(['“We will see,” said the ministry’s spokeswoman, Nora Vance.'])).toEqual(['Nora Vance']);
    const [q] = findQuotes(['“We will see,” said the ministry’s spokeswoman.'], 'en');
    expect(q!.speaker!.start).toBe('“We will see,” said '.length);
    // A contraction is no possessive: "it’s why X" does not make X the subject of "adding".
    expect(speakers(['Oskar Brandt said there is “only one candidate who can win this race,” adding that it’s why Nora Vance “attacks us every day.”'])).toEqual(['Oskar Brandt', 'Oskar Brandt']);
  });
});

describe('English clause shapes', () => {
  const mention = (paras: string[]): (string | null)[] => findQuotes(paras, 'en').map((q) => {
    const sp = q.speaker;
    return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : null;
  });

  it('a capitalised opener of time, a participle or a contraction is not the sentence’s subject', () => {
    expect(speakers(['Hours later, Oskar Brandt returned the compliment, telling reporters, “He is an amazing man.”'])).toEqual(['Oskar Brandt']);
    expect(speakers(['Reached by phone, Nora Vance denied it, saying she was “taking a day off for once.”'])).toEqual(['Nora Vance']);
    expect(speakers(['I’m old enough to remember Oskar Brandt going on TV and telling voters that “we need to shift to plentiful coal.”'])).toEqual(['Oskar Brandt']);
  });

  it('a verb joined by "and" takes the first verb’s subject; a verb that takes an object is not inverted', () => {
    expect(speakers(['When asked whom she supported, Ms. Vance smiled and said, “I am waiting for someone else.”'])).toEqual(['Vance']);
    expect(speakers(['But Nora Vance showed no sign of backing down, releasing a statement that, while condemning violence, accused the Democratic leadership of using “its power to prevent a fair process.”'])).toEqual(['Nora Vance']);
  });

  it('an age between commas is an aside, and a short surname is no state abbreviation', () => {
    expect(speakers(['“It was hard for all of us,” Lenz, 49, told the paper.'])).toEqual(['Lenz']);
    expect(speakers(['“It was hard for all of us,” Harry Bond, 30, of Raleigh, N.C., said on Monday.'])).toEqual(['Harry Bond']);
  });

  it('“…,” <subject> <verb>. attributes with an irregular verb that ends the clause', () => {
    expect(speakers(['“Let me talk, please,” Oskar Brandt shot back.'])).toEqual(['Oskar Brandt']);
    expect(mention(['“We have spoken to him twice,” the statement read.'])).toEqual(['the statement']);
  });

  it('a noun phrase opening the sentence before its verb is the subject: an age, "The Ohio senator"', () => {
    expect(mention(['“He is a leader of men,” said the 46-year-old.'])).toEqual(['the 46-year-old']);
    expect(mention(['The Ohio senator sought to calm supporters, saying a heckler would “not get beat up at this rally.”'])).toEqual(['The Ohio senator']);
  });
});

describe('who "he" can stand for', () => {
  it('a capitalised word only ever seen opening a sentence is no person for "he" to stand for', () => {
    expect(speakers(['Oskar Brandt spoke first.', 'Audiences can expect a long night.', '“It is straight from the heart,” he said.'])).toEqual(['Oskar Brandt']);
  });
});

describe('who "he" or "she" stands for: clause subjects', () => {
  it('a name opening the sentence after one adverb, before an aside, is its subject', () => {
    expect(speakers(['“We see it,” Rosa Delgado said.', 'Meanwhile Nora Vance, who was honored that night, spoke about self-love.', '“The minute you love yourself, you are free,” she said.'])).toEqual(['Rosa Delgado', 'Nora Vance']);
  });

  it('the last speaker loses its claim on "he" once another person has become the subject', () => {
    expect(speakers(['“There is no place for this in the party,” Oskar Brandt said on Twitter.', 'Mr. Lenz, who has called the remarks toxic, portrayed the nominee as a passing affliction.', '“For the next several months, he will have the loudest voice,” he said.'])).toEqual(['Oskar Brandt', 'Lenz']);
  });
});

describe('English subjects and asides, more forms', () => {
  const mention = (paras: string[]): (string | null)[] => findQuotes(paras, 'en').map((q) => {
    const sp = q.speaker;
    return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : null;
  });

  it('an adverb between commas stands between subject and verb', () => {
    expect(mention(['The two lawmakers, however, argue that “there is clear precedent for prosecution here,” citing a case.'])).toEqual(['two lawmakers']);
  });

  it('whoever speaks to an outlet is the speaker, not the outlet', () => {
    expect(mention(['Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”'])).toEqual(['Another intelligence source']);
  });

  it('a first name in -ly before a surname is a name, not an adverb opening the sentence', () => {
    expect(speakers(['Carly Vance said Oskar Brandt “says whatever he needs to say to get elected.”'])).toEqual(['Carly Vance']);
  });

  it('a noun phrase with an irregular past tense opens the sentence: "The president left …, saying"', () => {
    expect(mention(['The president left no doubt of his support, saying that “there has never been anyone more qualified for the job.”'])).toEqual(['The president']);
  });

  it('a name after a place and a comma goes on with the place ("from Sumter, South Carolina")', () => {
    expect(speakers(['“We will leave here with momentum,” Dean Brandt, a 55-year-old salesman from Sumter, South Carolina, said.'])).toEqual(['Dean Brandt']);
  });

  it('a verb’s bare form right after a singular name is no verb; a name after a possessive and role words is', () => {
    expect(speakers(['“We want to use this soon,” Oskar Brandt’s Ohio state director, Nora Vance, said.'])).toEqual(['Nora Vance']);
    expect(speakers(['In October, Oskar Brandt’s Ohio state director, Nora Vance, reached out, writing in an email: “We want to use this soon.”'])).toEqual(['Nora Vance']);
  });

  it('"As X put it, “…”" attributes the quotation to X', () => {
    expect(speakers(['As Nora Vance, a professor of law at Yale, put it, “Senators should remember that a compromise is better.”'])).toEqual(['Nora Vance']);
    expect(speakers(['As the chief executive, Nora Vance, put it in her memo, “Imagine a world where we lead.”'])).toEqual(['Nora Vance']);
  });

  it('a bare verb form after a singular noun is no verb ("his home state because …")', () => {
    expect(mention(['The Ohio senator is telling reporters that he is looking ahead to the contest in his home state because he will have “a lot of delegates after Tuesday.”'])).toEqual(['The Ohio senator']);
  });

  it('a dateline opening the paragraph is no subject', () => {
    expect(speakers(['WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Nora Vance rallied supporters, saying: “We have to be ready to stop him.”'])).toEqual(['Nora Vance']);
  });

  it('a participle after a quotation is never inverted: its subject is the sentence’s', () => {
    expect(speakers(['Speaking in Ohio, Oskar Brandt insisted that he has “expanded the party a great deal,” claiming that he is responsible for higher voter turnout.'])).toEqual(['Oskar Brandt']);
  });
});

describe('who "he" or "she" stands for, more forms', () => {
  it('a title joined by "of" or "for" is not a person', () => {
    expect(speakers(['Nora Vance spoke on Monday.', 'Her book, The Conservative Case for Reform, argues that voters want change.', '“Voters finally have a real choice this time,” she said.'])).toEqual(['Nora Vance']);
  });

  it('a name before a role noun ("Brandt strategist") qualifies it and is not who "he" is', () => {
    expect(speakers(['Nora Vance arrived late on Monday.', 'Oskar Brandt strategist Tom Lenz disagreed. “We see a close race,” he said.'])).toEqual(['Tom Lenz']);
  });
});

describe('never a nationality or party adjective', () => {
  it('an adjective of place or party before a role and a name gives the person, with the role split off', () => {
    const [q] = findQuotes(['Democratic presidential candidate Rosa Delgado slammed the plan, saying “it will never pass the Senate.”'], 'en');
    expect(q!.speaker).toMatchObject({ name: 'Rosa Delgado', role: 'Democratic presidential candidate' });
    const [r] = findQuotes(['Austrian Foreign Minister Karl Weber said: “We stand together.”'], 'en');
    expect(r!.speaker).toMatchObject({ name: 'Karl Weber', role: 'Austrian Foreign Minister' });
  });
});

describe('Russian attribution by structure', () => {
  const speakerOf = (paras: string[]): (string | null)[] => findQuotes(paras, 'ru').map((q) => q.speaker?.name ?? null);
  const mention = (paras: string[]): string[] => findQuotes(paras, 'ru').map((q) => {
    const sp = q.speaker;
    return sp && sp.start !== undefined ? paras[sp.paragraph ?? q.paragraph]!.slice(sp.start, sp.end) : '';
  });

  it('after the verb: role words and bodies in the genitive, then the person; a place after the name is not part of it', () => {
    expect(speakerOf(['«Решение принято», — заявил глава совета директоров «Северной верфи» Олег Брандин на встрече в Туле.'])).toEqual(['Олег Брандин']);
  });

  it('a name governed by a preposition after the verb is a place or an object, never the speaker', () => {
    expect(speakerOf(['«Мы готовы», — сказал в Варшаве министр Олег Брандин.'])).toEqual(['Олег Брандин']);
  });

  it('a publication in Latin script between the verb and the speaker only relays the words', () => {
    expect(speakerOf(['«Мы готовы», — рассказал Reuters депутат Олег Брандин.'])).toEqual(['Олег Брандин']);
  });

  it('an unnamed source keeps its noun phrase as the mention, after an agency that relays it', () => {
    expect(mention(['«Сроки сдвинутся», — сказал «Интерфаксу» источник в правительстве.'])).toEqual(['источник в правительстве']);
    expect(mention(['Сотрудник мэрии, попросивший не называть его имени, рассказал: «Денег нет».'])).toEqual(['Сотрудник мэрии']);
  });

  it('a body with its own complement speaks as itself', () => {
    expect(speakerOf(['Пресс-служба областного суда сообщила, что заседание «пройдет в закрытом режиме».'])).toEqual(['Пресс-служба областного суда']);
  });

  it('names met in oblique cases are given in the nominative', () => {
    const paras = ['Министр встретился с Дмитрием Соколовым и Ольгой Брандиной.', '«Мы договорились», — сказал он.', '«Работы много», — сказала она.'];
    expect(speakerOf(paras)).toEqual(['Дмитрий Соколов', 'Ольга Брандина']);
  });
});

describe('key quotes a reader would pick', () => {
  const q = (text: string, speaker: string | null, kind: 'direct' | 'partial', paragraph: number, score: number): Quote => ({
    text, kind, paragraph, start: 0, end: text.length, score, speaker: speaker ? { name: speaker, role: null } : null,
  });

  it('a full statement before a fragment of the same speaker, and no fragment under five words while a longer quote exists', () => {
    const quotes = [
      q('against terrorism', 'Rosa Delgado', 'partial', 0, 0.9),
      q('We will fight terrorism with every tool the law gives us', 'Rosa Delgado', 'direct', 3, 0.8),
      q('a very costly and dangerous mistake', 'Rosa Delgado', 'partial', 1, 0.85),
    ];
    expect(selectKeyQuotes(quotes, 2).map((x) => x.text)).toEqual(['a very costly and dangerous mistake', 'We will fight terrorism with every tool the law gives us']);
    expect(selectKeyQuotes(quotes, 5).map((x) => x.text)).not.toContain('against terrorism');
  });

  it('one quote per speaker before anyone’s second, attributed before unattributed, shown in story order', () => {
    const quotes = [
      q('The budget will be balanced by the end of next year', 'Rosa Delgado', 'direct', 0, 0.9),
      q('Nobody in this building believes the budget figures at all', null, 'direct', 1, 0.95),
      q('The budget figures were written to please the markets', 'Oskar Brandt', 'direct', 2, 0.5),
      q('We have cut spending in every ministry this year already', 'Rosa Delgado', 'direct', 3, 0.85),
    ];
    expect(selectKeyQuotes(quotes, 2).map((x) => x.paragraph)).toEqual([0, 2]);
    expect(selectKeyQuotes(quotes, 3).map((x) => x.paragraph)).toEqual([0, 2, 3]);
    expect(selectKeyQuotes(quotes, 4).map((x) => x.paragraph)).toEqual([0, 1, 2, 3]);
  });
});

describe('not quotations, and bodies in the locative', () => {
  it('a Title Case name of a show or a book standing alone is a title, small words and all', () => {
    expect(findQuotes(['Her favourite series, “Orange Is the New Black,” returns in June.'], 'en')).toEqual([]);
  });

  it('a body in the locative speaks in the nominative: «в Минфине заявили» → Минфин', () => {
    expect(speakers(['В Минфине заявили, что бюджет «будет исполнен без секвестра».'], 'ru')).toEqual(['Минфин']);
  });
});

describe('question-and-answer interviews with speaker labels', () => {
  it('"I" in a paragraph opened by a speaker label is the person the label names, asking or answering', () => {
    const paras = [
      'Nadia Orlov, a hydrologist, has measured the Volga for a decade. Maria Ivanova spoke to her in Samara.',
      'The Moscow Times: What did you tell the ministry?',
      'Orlov: Many things. In 2021 I told them, “The river is dying faster than your reports say.”',
      'Ivanova: I once wrote, “Nothing changes on the Volga.” Was I wrong?',
      'Orlov: One official, Pavel Grin, answered me: “We will look at it next year.”',
      'Q: And now? I said, “Try again.”',
    ];
    expect(speakers(paras)).toEqual(['Nadia Orlov', 'Maria Ivanova', 'Pavel Grin', null]);
    const ru = ['Гидролог Надежда Орлова десять лет изучает Волгу.', 'Орлова: Я тогда сказала министерству: «Река умирает быстрее, чем пишут в отчетах».'];
    expect(speakers(ru, 'ru')).toEqual(['Надежда Орлова']);
  });
});
