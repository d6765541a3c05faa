import { describe } from 'vitest';
import { speakerRules } from '../../../../../tests/unit/helpers/speaker-rules';

describe('English subjects of a verb of saying (subjects.ts, nominals.ts)', () => speakerRules('en', {
  'reads the subject before the verb across an adverb and an appositive aside': [
    ['Paula Mendel, the head of the regional water board, also said: “The reservoir will not last the summer.”', ['Paula Mendel']],
  ],
  'reads an inverted subject after the verb, past a role': [
    ['“The reservoir will not last the summer,” said water board chairman Oscar Lindqvist.', ['Oscar Lindqvist']],
  ],
  'skips a place in an aside back to the person': [
    ['Walter Briggs, of Dayton, Ohio, said: “Nobody here has seen prices like this in years.”', ['Walter Briggs']],
  ],
  'keeps an unnamed source as a noun phrase with its own words': [
    ['“We are reviewing every contract signed last year,” a senior ministry official said.', ['a senior ministry official']],
  ],
}));
