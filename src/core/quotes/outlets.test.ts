import { describe, expect, it } from 'vitest';
import { findQuotesInText } from './index';
import { outletPattern } from './frame';
import { withQuotes } from '../with-quotes';
import type { ReadResult } from '../types';

const OUTLETS = ['The Moscow Times'];
const speakers = (text: string, lang: 'en' | 'ru', outlets?: string[]): (string | null)[] =>
  findQuotesInText(text, lang, { outlets }).map((q) => q.speaker?.name ?? null);

describe('the site\'s own outlet relays quotes and never speaks (FindOptions.outlets)', () => {
  it('English: "…," X told <outlet> is X\'s', () => {
    expect(speakers('"We will not leave the town before the spring comes," Pavel Orlov told The Moscow Times.', 'en', OUTLETS))
      .toEqual(['Pavel Orlov']);
  });

  it('English: "<outlet> reported" names no speaker, though an outlet not listed still does', () => {
    const text = '"The plant will close next month and its workers will be sent home," The Moscow Times reported.';
    expect(speakers(text, 'en', OUTLETS)).toEqual([null]);
    expect(speakers(text, 'en')).toEqual(['Moscow Times']);
  });

  it('Russian: «…», — рассказал <outlet> X is X\'s; «…», — сообщила <outlet> names nobody', () => {
    expect(speakers('«Мы не уедем из города до весны», — рассказал The Moscow Times Павел Орлов.', 'ru', OUTLETS))
      .toEqual(['Павел Орлов']);
    expect(speakers('«Завод закроют в следующем месяце, а рабочих отправят домой», — сообщила The Moscow Times.', 'ru', OUTLETS))
      .toEqual([null]);
  });

  it('withQuotes() takes the outlets a read found in the site profile', () => {
    const read = {
      isArticle: true, lang: 'en', quotesPending: true, outlets: OUTLETS, quotes: [], keyQuotes: [],
      paragraphs: ['"The plant will close next month and its workers will be sent home," The Moscow Times reported.'],
    } as unknown as ReadResult;
    expect(withQuotes(read).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('outletPattern', () => {
  it('is made once for a site and again for another list, and is reusable across reads', () => {
    const a = outletPattern(['The Moscow Times', 'MT']);
    expect(outletPattern(['The Moscow Times', 'MT'])).toBe(a);
    const b = outletPattern(['Meduza']);
    expect(b).not.toBe(a);
    expect(outletPattern([])).toBeNull();
    const text = 'Ivanov told The Moscow Times.';
    expect(text.replace(a!, '#')).toBe('Ivanov told #.');
    expect(text.replace(outletPattern(['The Moscow Times', 'MT'])!, '#')).toBe('Ivanov told #.');
  });
});
