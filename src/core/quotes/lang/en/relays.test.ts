/**
 * English attribution forms of wire and Moscow-style news: relays that carry words without saying them, the
 * descriptions that stand for someone named before, asides between a subject and its verb, and marks that hold
 * the name of a text. Every sentence here is invented from the general form, not taken from a story. A rule is a
 * row of a table (`speakerRules`): the stories it reads and who speaks their quotes.
 */
import { describe, expect, it } from 'vitest';
import { speakerRules, speakersOf } from '../../../../../tests/unit/helpers/speaker-rules';

describe('relays: whoever carries the words is not their speaker', () => speakerRules('en', {
  '"<agency> quoted X as saying" gives X, with a role before the name or a pronoun': [
    ['Interfax quoted Deputy Energy Minister Pavel Sorokin as saying that exports “will grow again next year.”', ['Pavel Sorokin']],
    ['Marina Belova runs the fund. The Reuters agency quoted her as saying “the money will be returned in full.”', ['Marina Belova']],
  ],
  'an inverted subject follows its verb at once: "…, wrote on Instagram" is not Instagram\'s': [
    ['Singer Anna Petrova, who was called a “traitor,” wrote on Instagram that the ban was “a sign of weakness, not strength.”', ['Anna Petrova']],
  ],
  'a negated verb of saying is no attribution: "did not comment on “…”"': [
    ['Sergei Orlov said the ministry did not comment on “rumours spread by anonymous channels.”', ['Sergei Orlov']],
  ],
  '"“…,” read the statement": an irregular past inverted after the quotation': [
    ['The company issued a short statement on Friday. “We regret the delay and will pay every customer back,” read the statement.', ['the statement']],
  ],
}));

describe('descriptions that stand for someone named before', () => {
  speakerRules('en', {
    '"the 52-year-old" is the person just named, whatever the gender': [
      ['Olga Ivanova has taught in the village for thirty years. “Nobody asked us before closing the school,” the 52-year-old said.', ['Olga Ivanova']],
      ['Pyotr Lagunov has fished the lake since 1980. “The water has never been this low,” the 67-year-old said.', ['Pyotr Lagunov']],
    ],
    '"the two-time world champion" is a person, not the words of the description': [
      ['Skater Irina Volkova missed the final. “I am not finished yet,” the two-time world champion told reporters.', ['Irina Volkova']],
    ],
    '"the regulator" is the body an aside introduced as one, not the last acronym': [[
      'Rosaviatsia, the federal air transport regulator, grounded two jets on Monday.\n\n'
        + 'The airline said its IT and GPS systems were checked. “The inspections will continue all week,” the regulator said.',
      ['Rosaviatsia'],
    ]],
    '"the federation" is a body noun for the federation named before': [
      ['The International Chess Federation met in Geneva. “Our decision is final,” the federation said.', ['International Chess Federation']],
    ],
  });

  it('a dateline in capitals is a place, never the body "the office" stands for', () => {
    const text = 'KAZAN — Prosecutors opened a case on Monday.\n\n“The inquiry will take several weeks,” the office said.';
    expect(speakersOf(text, 'en')).not.toContain('KAZAN');
  });
});

describe('asides and quotations over paragraphs', () => speakerRules('en', {
  '"A source, speaking on condition of anonymity, said" keeps the noun phrase as the source': [
    ['A senior diplomat, speaking on condition of anonymity, said the talks were “going nowhere fast.”', ['A senior diplomat']],
  ],
  'a quotation left open at its paragraph\'s end takes the speaker its continuation names': [[
    'Residents gathered by the broken pipe on Tuesday.\n\n'
      + '“This pipe was laid fifty years ago. Every winter it bursts again.\n\n'
      + '“Nobody will fix it properly,” said Nina Sokolova, who has lived on the street since 1975.',
    ['Nina Sokolova', 'Nina Sokolova'],
  ]],
}));

describe('marks that hold the name of a text are not quotations', () => speakerRules('en', {
  '"the hashtag “…”", "the slogan “…”", "headlined “…”"': [
    ['Thousands of users shared the hashtag “Nobody asked us about this law” on Sunday.', []],
    ['Protesters marched under the slogan “Give us back our elections now” in the city centre.', []],
    ['The paper ran a report headlined “Governor of a city without heat or water” on Friday.', []],
  ],
}));

describe('names and subjects around a quotation', () => speakerRules('en', {
  'a name after an opening preposition is a place, not the subject: "At X, Y … suggested"': [
    ['At Green Hollow, Mark Tillman, the club’s president, suggested the losses were bad luck. “It was only a matter of time,” he said.', ['Mark Tillman']],
  ],
  '"Jr." and "III" are no surname: "Robert T. Avery Jr." and "Mr. Avery" are one person': [
    ['Robert T. Avery Jr. spoke in Albany on Monday. Mr. Avery smiled. “We are not done yet,” he said.', ['Robert T. Avery']],
  ],
  'a given name that is also a stop word opens a name inside a sentence: "said Will Doyle", not at its start': [
    ['“The model is expensive,” said Will Doyle, a professor of economics.', ['Will Doyle']],
    ['Will Moscow agree? “We will see,” Pavel Ostrov said.', ['Pavel Ostrov']],
  ],
  'an aside left open before its verb: the person named before it speaks, not the body of its role': [
    ['Nina Rask, the communications director for the Lakeside Party said: “There are no ballots to recount.”', ['Nina Rask']],
    ['“The ad raises new questions,” Tom Vail, who is chairman of Our Future Fund said in a statement.', ['Tom Vail']],
  ],
  'a statement alone after a paragraph about someone is theirs; a sentence opened by a common word names no one': [
    ['The singer joined the governor at the rally.\n\nOlga Marsh praised his handling of the floods.\n\n“We need someone who gets things done.”', ['Olga Marsh']],
    ['Wait, it gets better.\n\n“We need someone who gets things done.”', [null]],
  ],
}));

describe('noun phrases that open a sentence', () => speakerRules('en', {
  'a name\'s possessive or "her" determines the phrase, adverbs before the verb are not part of it': [
    ['Kemp’s campaign shrugged off the remarks, telling reporters, “Nobody on our team has asked for an endorsement.”', ['Kemp’s campaign']],
    ['Her campaign quickly sent out an email to supporters saying, “We are closer than ever to winning this state.”', ['Her campaign']],
  ],
  '"A spokeswoman for the <body>" is one source, not the body': [
    ['A spokeswoman for the Regional Water Board emailed reporters the text of the rule, arguing, “The rule says nothing of the kind.”', ['A spokeswoman for the Regional Water Board']],
  ],
}));

describe('relative clauses', () => speakerRules('en', {
  '"X, who mused / told / tweeted …" is said by whoever "who" stands for': [
    ['The probe gave fodder to rivals such as Sen. Ann Kerr of Ohio, who mused that the governor was “unfit to lead the state.”', ['Ann Kerr']],
    ['Among the replies was one from Dale Pruitt who tweeted, “Nobody in this race respects the rules anymore.”', ['Dale Pruitt']],
  ],
}));

describe('a body that opens the sentence with its article', () => speakerRules('en', {
  '"The Kremlin on Wednesday dismissed …, calling the claims “…”" is the Kremlin\'s, not a person named later': [
    ['The Kremlin on Wednesday dismissed reports that President Ivan Sorin was ill, calling the claims “pure and simple speculation.”', ['Kremlin']],
    ['The Energy Ministry last week rejected the plan drawn up by Governor Oleg Marin, calling it “a road to nowhere at all.”', ['Energy Ministry']],
  ],
}));

describe('a description right after a quotation', () => speakerRules('en', {
  '"the 59-year-old" is the voice just quoted, not the person named last': [[
    'Kremlin spokesman Dmitry Orlov took questions on Monday.\n\n'
      + 'Asked whether President Ivan Sorin had met the minister, the spokesman said the two men “see each other all the time.”\n\n'
      + '“I would not read anything into the calendar,” the 59-year-old said.',
    ['Dmitry Orlov', 'Dmitry Orlov'],
  ]],
}));

describe('a name written after "the" is a thing\'s', () => speakerRules('en', {
  '"the No Teacher Left Behind law", "the Young Farmer Grant Scheme" are never the "he" of a quotation': [
    ['Ivan Petrov spoke first.\n\nMaria Orlova said she voted for the No Teacher Left Behind law.\n\n“It changed the town,” he said.', ['Ivan Petrov']],
    ['Governors backed the Young Farmer Grant Scheme last year.\n\n“It changed the town,” he said.', [null]],
  ],
  'a role between "the" and the name keeps the person: "the former mayor Ivan Petrov", "the Democrat Ivan Petrov"': [
    ['Voters cheered the former mayor Ivan Petrov on Monday.\n\n“It changed the town,” he said.', ['Ivan Petrov']],
    ['Voters cheered the Democrat Ivan Petrov on Monday.\n\n“It changed the town,” he said.', ['Ivan Petrov']],
  ],
}));

describe('a nationality or party adjective after the verb', () => speakerRules('en', {
  '"said the American ambassador", "said a Chinese diplomat in Geneva": the adjective is part of the description, not a name': [
    ['“We are ready,” said the American ambassador.', ['the American ambassador']],
    ['“We will not leave,” said a Chinese diplomat in Geneva.', ['a Chinese diplomat']],
    ['“The bill is dead,” said a Republican senator from Ohio.', ['a Republican senator']],
  ],
  'a person or body after it still speaks: "said Kremlin spokesman Dmitry Peskov", "said Russian President Vladimir Putin"': [
    ['“We are ready,” said Kremlin spokesman Dmitry Peskov.', ['Dmitry Peskov']],
    ['“We are ready,” said Russian President Vladimir Putin.', ['Vladimir Putin']],
  ],
}));
