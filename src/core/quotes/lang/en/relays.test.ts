/**
 * English attribution forms of wire and Moscow-style news: relays that carry words without saying them, the
 * descriptions that stand for someone named before, asides between a subject and its verb, and marks that hold
 * the name of a text. Every sentence here is invented from the general form, not taken from a story.
 */
import { describe, expect, it } from 'vitest';
import { findQuotesInText } from '../../index';

const quotes = (text: string) => findQuotesInText(text, 'en');
const speakers = (text: string): (string | null)[] => quotes(text).map((q) => q.speaker?.name ?? null);

describe('relays: whoever carries the words is not their speaker', () => {
  it('"<agency> quoted X as saying" gives X, with a role before the name or a pronoun', () => {
    expect(speakers('Interfax quoted Deputy Energy Minister Pavel Sorokin as saying that exports “will grow again next year.”'))
      .toEqual(['Pavel Sorokin']);
    expect(speakers('Marina Belova runs the fund. The Reuters agency quoted her as saying “the money will be returned in full.”'))
      .toEqual(['Marina Belova']);
  });

  it('an inverted subject follows its verb at once: "…, wrote on Instagram" is not Instagram\'s', () => {
    expect(speakers('Singer Anna Petrova, who was called a “traitor,” wrote on Instagram that the ban was “a sign of weakness, not strength.”'))
      .toEqual(['Anna Petrova']);
  });

  it('a negated verb of saying is no attribution: "did not comment on “…”"', () => {
    expect(speakers('Sergei Orlov said the ministry did not comment on “rumours spread by anonymous channels.”'))
      .toEqual(['Sergei Orlov']);
  });

  it('"“…,” read the statement": an irregular past inverted after the quotation', () => {
    const [q] = quotes('The company issued a short statement on Friday. “We regret the delay and will pay every customer back,” read the statement.');
    expect(q?.speaker?.name).toBe('the statement');
  });
});

describe('descriptions that stand for someone named before', () => {
  it('"the 52-year-old" is the person just named, whatever the gender', () => {
    expect(speakers('Olga Ivanova has taught in the village for thirty years. “Nobody asked us before closing the school,” the 52-year-old said.'))
      .toEqual(['Olga Ivanova']);
    expect(speakers('Pyotr Lagunov has fished the lake since 1980. “The water has never been this low,” the 67-year-old said.'))
      .toEqual(['Pyotr Lagunov']);
  });

  it('"the two-time world champion" is a person, not the words of the description', () => {
    expect(speakers('Skater Irina Volkova missed the final. “I am not finished yet,” the two-time world champion told reporters.'))
      .toEqual(['Irina Volkova']);
  });

  it('"the regulator" is the body an aside introduced as one, not the last acronym', () => {
    const text = 'Rosaviatsia, the federal air transport regulator, grounded two jets on Monday.\n\n'
      + 'The airline said its IT and GPS systems were checked. “The inspections will continue all week,” the regulator said.';
    expect(speakers(text)).toEqual(['Rosaviatsia']);
  });

  it('"the federation" is a body noun for the federation named before', () => {
    expect(speakers('The International Chess Federation met in Geneva. “Our decision is final,” the federation said.'))
      .toEqual(['International Chess Federation']);
  });

  it('a dateline in capitals is a place, never the body "the office" stands for', () => {
    const text = 'KAZAN — Prosecutors opened a case on Monday.\n\n“The inquiry will take several weeks,” the office said.';
    expect(speakers(text)).not.toContain('KAZAN');
  });
});

describe('asides and quotations over paragraphs', () => {
  it('"A source, speaking on condition of anonymity, said" keeps the noun phrase as the source', () => {
    const [q] = quotes('A senior diplomat, speaking on condition of anonymity, said the talks were “going nowhere fast.”');
    expect(q?.speaker?.name).toBe('A senior diplomat');
  });

  it('a quotation left open at its paragraph\'s end takes the speaker its continuation names', () => {
    const text = 'Residents gathered by the broken pipe on Tuesday.\n\n'
      + '“This pipe was laid fifty years ago. Every winter it bursts again.\n\n'
      + '“Nobody will fix it properly,” said Nina Sokolova, who has lived on the street since 1975.';
    const qs = quotes(text);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Nina Sokolova', 'Nina Sokolova']);
  });
});

describe('marks that hold the name of a text are not quotations', () => {
  it('"the hashtag “…”", "the slogan “…”", "headlined “…”"', () => {
    expect(quotes('Thousands of users shared the hashtag “Nobody asked us about this law” on Sunday.')).toEqual([]);
    expect(quotes('Protesters marched under the slogan “Give us back our elections now” in the city centre.')).toEqual([]);
    expect(quotes('The paper ran a report headlined “Governor of a city without heat or water” on Friday.')).toEqual([]);
  });
});

describe('names and subjects around a quotation', () => {
  it('a name after an opening preposition is a place, not the subject: "At X, Y … suggested"', () => {
    expect(speakers('At Green Hollow, Mark Tillman, the club’s president, suggested the losses were bad luck. “It was only a matter of time,” he said.'))
      .toEqual(['Mark Tillman']);
  });

  it('"Jr." and "III" are no surname: "Robert T. Avery Jr." and "Mr. Avery" are one person', () => {
    expect(speakers('Robert T. Avery Jr. spoke in Albany on Monday. Mr. Avery smiled. “We are not done yet,” he said.'))
      .toEqual(['Robert T. Avery']);
  });

  it('a given name that is also a stop word opens a name inside a sentence: "said Will Doyle", not at its start', () => {
    expect(speakers('“The model is expensive,” said Will Doyle, a professor of economics.')).toEqual(['Will Doyle']);
    expect(speakers('Will Moscow agree? “We will see,” Pavel Ostrov said.')).toEqual(['Pavel Ostrov']);
  });

  it('an aside left open before its verb: the person named before it speaks, not the body of its role', () => {
    expect(speakers('Nina Rask, the communications director for the Lakeside Party said: “There are no ballots to recount.”'))
      .toEqual(['Nina Rask']);
    expect(speakers('“The ad raises new questions,” Tom Vail, who is chairman of Our Future Fund said in a statement.'))
      .toEqual(['Tom Vail']);
  });

  it('a statement alone after a paragraph about someone is theirs; a sentence opened by a common word names no one', () => {
    expect(speakers('The singer joined the governor at the rally.\n\nOlga Marsh praised his handling of the floods.\n\n“We need someone who gets things done.”'))
      .toEqual(['Olga Marsh']);
    expect(speakers('Wait, it gets better.\n\n“We need someone who gets things done.”')).toEqual([null]);
  });
});

describe('noun phrases that open a sentence', () => {
  it('a name\'s possessive or "her" determines the phrase, adverbs before the verb are not part of it', () => {
    const [a] = quotes('Kemp’s campaign shrugged off the remarks, telling reporters, “Nobody on our team has asked for an endorsement.”');
    expect(a?.speaker?.name).toBe('Kemp’s campaign');
    const [b] = quotes('Her campaign quickly sent out an email to supporters saying, “We are closer than ever to winning this state.”');
    expect(b?.speaker?.name).toBe('Her campaign');
  });

  it('"A spokeswoman for the <body>" is one source, not the body', () => {
    const [q] = quotes('A spokeswoman for the Regional Water Board emailed reporters the text of the rule, arguing, “The rule says nothing of the kind.”');
    expect(q?.speaker?.name).toBe('A spokeswoman for the Regional Water Board');
  });
});

describe('relative clauses', () => {
  it('"X, who mused / told / tweeted …" is said by whoever "who" stands for', () => {
    expect(speakers('The probe gave fodder to rivals such as Sen. Ann Kerr of Ohio, who mused that the governor was “unfit to lead the state.”'))
      .toEqual(['Ann Kerr']);
    expect(speakers('Among the replies was one from Dale Pruitt who tweeted, “Nobody in this race respects the rules anymore.”'))
      .toEqual(['Dale Pruitt']);
  });
});

describe('a body that opens the sentence with its article', () => {
  it('"The Kremlin on Wednesday dismissed …, calling the claims “…”" is the Kremlin\'s, not a person named later', () => {
    expect(speakers('The Kremlin on Wednesday dismissed reports that President Ivan Sorin was ill, calling the claims “pure and simple speculation.”'))
      .toEqual(['Kremlin']);
    expect(speakers('The Energy Ministry last week rejected the plan drawn up by Governor Oleg Marin, calling it “a road to nowhere at all.”'))
      .toEqual(['Energy Ministry']);
  });
});

describe('a description right after a quotation', () => {
  it('"the 59-year-old" is the voice just quoted, not the person named last', () => {
    const text = 'Kremlin spokesman Dmitry Orlov took questions on Monday.\n\n'
      + 'Asked whether President Ivan Sorin had met the minister, the spokesman said the two men “see each other all the time.”\n\n'
      + '“I would not read anything into the calendar,” the 59-year-old said.';
    expect(speakers(text)).toEqual(['Dmitry Orlov', 'Dmitry Orlov']);
  });
});
