// The quote finder skips work only where nothing can become a quote (src/core/quotes/index.ts): a story whose
// quotation marks hold no possible speech has no quotes, and the paragraphs around a quotation (with no marks of
// their own, before it or after it) still name its speaker.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index';

describe('work skipped only where nothing can be a quote', () => {
  it('finds nothing in a story whose marks hold only titles, terms and one-word fragments, verbs of saying or not', () => {
    expect(findQuotes([
      'Foreign Minister Sergei Lavrov said the film “The Death of Stalin” would not be shown.',
      'He said the group was declared a “foreign agent” last year, and called the ruling “unjust.”',
    ], 'en')).toEqual([]);
    expect(findQuotes(['Пресс-секретарь Дмитрий Песков заявил, что фильм «Смерть Сталина» не покажут.'], 'ru')).toEqual([]);
  });

  it('keeps a one-word statement that a verb of saying attributes', () => {
    const qs = findQuotes(['“Never,” Lavrov said.'], 'en');
    expect(qs.map((q) => [q.text, q.speaker?.name])).toEqual([['Never', 'Lavrov']]);
  });

  it('names the speaker from paragraphs with no marks, before and after the quotation', () => {
    const qs = findQuotes([
      'The film “The Death of Stalin” was not shown.',
      'The talks in Geneva ended on Friday.',
      '“We will not leave,” Lavrov said.',
      'Foreign Minister Sergei Lavrov spoke to reporters in Moscow afterwards.',
    ], 'en');
    expect(qs.map((q) => [q.text, q.speaker?.name, q.paragraph])).toEqual([['We will not leave', 'Sergei Lavrov', 2]]);
  });
});
