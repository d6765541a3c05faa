import { describe, expect, it } from 'vitest';
import { findQuotesInText } from '../../index';

const speakers = (text: string): (string | undefined)[] => findQuotesInText(text, 'en').map((q) => q.speaker?.name);

describe('English subjects of a verb of saying (subjects.ts, nominals.ts)', () => {
  it('reads the subject before the verb across an adverb and an appositive aside', () => {
    expect(speakers('Paula Mendel, the head of the regional water board, also said: “The reservoir will not last the summer.”'))
      .toEqual(['Paula Mendel']);
  });

  it('reads an inverted subject after the verb, past a role', () => {
    expect(speakers('“The reservoir will not last the summer,” said water board chairman Oscar Lindqvist.'))
      .toEqual(['Oscar Lindqvist']);
  });

  it('skips a place in an aside back to the person', () => {
    expect(speakers('Walter Briggs, of Dayton, Ohio, said: “Nobody here has seen prices like this in years.”'))
      .toEqual(['Walter Briggs']);
  });

  it('keeps an unnamed source as a noun phrase with its own words', () => {
    const q = findQuotesInText('“We are reviewing every contract signed last year,” a senior ministry official said.', 'en')[0];
    expect(q?.speaker?.name).toBe('a senior ministry official');
  });
});
