// English given names and occupations: the list's own answers here, what they change in attribution in
// names.cases.json (`ruleCases`).
import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import { givenNameGender, isGivenName } from './given-names';
import cases from './names.cases.json';

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
});

ruleCases('en', cases);
