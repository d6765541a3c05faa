import { describe, expect, it } from 'vitest';
import { findQuotesInText } from '../../index';
import { givenNameGender, isGivenName } from './given-names';

const speakerOf = (text: string): string | undefined => findQuotesInText(text, 'en')[0]?.speaker?.name;

describe('English given names (a frequency list, not names from stories)', () => {
  it('gives the gender of common given names and none to names of both sexes', () => {
    expect(givenNameGender('Margaret')).toBe('f');
    expect(givenNameGender('Yelena')).toBe('f');
    expect(givenNameGender('Kenneth')).toBe('m');
    expect(givenNameGender('Sergei')).toBe('m');
    expect(givenNameGender('Jordan')).toBeNull();
    expect(givenNameGender('Taylor')).toBeNull();
    expect(isGivenName('Ohio')).toBe(false);
  });

  it('resolves "she" to the woman and "he" to the man by their given names', () => {
    const text = 'Margaret Holloway met Kenneth Adair in the capital on Monday. '
      + '“We will not sign this agreement under pressure,” she said after the talks. '
      + '“The door to negotiations remains open to everyone,” he said.';
    const qs = findQuotesInText(text, 'en');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Margaret Holloway', 'Kenneth Adair']);
  });

  it('takes no gender from a lone surname that is also a given name', () => {
    // "Warren" alone is a surname here; taken as the given name it would make her a man and hide her from "she".
    const text = 'Warren met union leaders in Boston on Monday. '
      + '“This plan puts banks ahead of families and it will fail,” she said.';
    expect(speakerOf(text)).toBe('Warren');
  });
});

describe('English occupations in the lexicon', () => {
  it('an occupation written before a name at a sentence start is a role, not part of the name', () => {
    expect(speakerOf('Singer Anna Petrova said: “The concert will go ahead in the spring.”')).toBe('Anna Petrova');
    expect(speakerOf('“I am not finished yet,” Skater Irina Volkova told reporters.')).toBe('Irina Volkova');
  });
});
