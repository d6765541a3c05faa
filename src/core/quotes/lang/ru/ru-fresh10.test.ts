// Russian forms of the fresh batch ru-dev-074…078 (session 10), each written from its general form with invented
// people (ru-fresh10.cases.json, `ruleCases`): a relay's words belong to the genitive after the noun of words
// («приводит агентство слова главы региона»), and a man's surname read from the genitive stays a man's.
import { describe, expect, it } from 'vitest';
import { quotesOf, ruleCases } from '../../../../../tests/unit/helpers/speaker-rules';
import cases from './ru-fresh10.cases.json';

ruleCases('ru', cases);

describe('a relay of words named by the speaker’s genitive', () => {
  it('«— приводит слова Аркадия Семина ТАСС»: the noun of words is shown as no role of the speaker', () => {
    const [q] = quotesOf('«Мы не будем комментировать слухи о переговорах», — приводит слова Аркадия Семина ТАСС.', 'ru');
    expect(q?.speaker?.name).toBe('Аркадий Семин');
    expect(q?.speaker?.role ?? null).toBeNull();
  });
});
