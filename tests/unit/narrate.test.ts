import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/narrate/sentences';
import { pickVoice, primaryLang, speechLang, voicesFor, type VoiceLike } from '../../src/core/narrate/voices';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences: English', () => {
  it('splits plain sentences and keeps their end marks', () => {
    expect(sentences('The talks ended. Nobody won! Who will pay? Time will tell…')).toEqual([
      'The talks ended.',
      'Nobody won!',
      'Who will pay?',
      'Time will tell…',
    ]);
  });

  it('a title before a name does not end a sentence', () => {
    expect(sentences('Mr. Lavrov met Dr. Smith and Gen. Gerasimov on Monday. They talked.')).toEqual([
      'Mr. Lavrov met Dr. Smith and Gen. Gerasimov on Monday.',
      'They talked.',
    ]);
  });

  it('dotted abbreviations and initials stay inside the sentence', () => {
    expect(sentences('The U.S. Embassy said George W. Bush and J. F. Kennedy, e.g. Presidents, agreed. Then it closed.')).toEqual([
      'The U.S. Embassy said George W. Bush and J. F. Kennedy, e.g. Presidents, agreed.',
      'Then it closed.',
    ]);
  });

  it('numbers, addresses and dates do not split', () => {
    expect(sentences('Inflation was 7.5% on Jan. 5 and No. 3 on themoscowtimes.com stayed. Prices rose.')).toEqual([
      'Inflation was 7.5% on Jan. 5 and No. 3 on themoscowtimes.com stayed.',
      'Prices rose.',
    ]);
    expect(sentences('It happened in 2013. 15 people died.')).toEqual(['It happened in 2013.', '15 people died.']);
  });

  it('a quote that ends a sentence splits after the closing mark; a quote inside one does not', () => {
    expect(sentences('He said: "We will win." Then he left.')).toEqual(['He said: "We will win."', 'Then he left.']);
    expect(sentences('"Why?" he asked. "Because," she said.')).toEqual(['"Why?" he asked.', '"Because," she said.']);
    expect(sentences('It was over. "Next time," he said.')).toEqual(['It was over.', '"Next time," he said.']);
  });

  it('text without an end mark is one sentence; white space around is trimmed; empty text has none', () => {
    expect(sentences('  A headline without a period  ')).toEqual(['A headline without a period']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('a lower-case word after a period continues the sentence (an abbreviation the lists do not know)', () => {
    expect(sentences('It costs approx. ten dollars and so on. Yes.')).toEqual(['It costs approx. ten dollars and so on.', 'Yes.']);
  });
});

describe('splitSentences: Russian', () => {
  it('splits plain sentences', () => {
    expect(sentences('Переговоры закончились. Никто не победил! Кто заплатит?')).toEqual([
      'Переговоры закончились.',
      'Никто не победил!',
      'Кто заплатит?',
    ]);
  });

  it('initials («В. В. Путин») and «т. е.» stay inside the sentence', () => {
    expect(sentences('Об этом заявил В. В. Путин, т. е. Кремль согласен. Дальше — тишина.')).toEqual([
      'Об этом заявил В. В. Путин, т. е. Кремль согласен.',
      'Дальше — тишина.',
    ]);
    expect(sentences('Так сказал А.Б. Иванов. Все молчали.')).toEqual(['Так сказал А.Б. Иванов.', 'Все молчали.']);
  });

  it('«г.» before a name or after a year, «ст.» before a number, «млн руб.» before a lower-case word', () => {
    expect(sentences('В 1999 г. Путин стал премьером, а в г. Москве по ст. 205 УК возбудили дело. Это всё.')).toEqual([
      'В 1999 г. Путин стал премьером, а в г. Москве по ст. 205 УК возбудили дело.',
      'Это всё.',
    ]);
    expect(sentences('Ущерб — 5 млн. руб. и т. д. Суд продолжится.')).toEqual(['Ущерб — 5 млн. руб. и т. д.', 'Суд продолжится.']);
  });

  it('«…» — сказал он: the dash of attribution continues the sentence; a new line of dialogue does not', () => {
    expect(sentences('«Мы победим!» — сказал он. «Когда?» — спросили его.')).toEqual([
      '«Мы победим!» — сказал он.',
      '«Когда?» — спросили его.',
    ]);
    expect(sentences('Он ответил: «Нет». — Почему? — Потому.')).toEqual(['Он ответил: «Нет».', '— Почему?', '— Потому.']);
  });

  it('a sentence ending in a closing quote or bracket splits after it', () => {
    expect(sentences('Он назвал это «провокацией». Кремль промолчал (как обычно.) Потом всё стихло.')).toEqual([
      'Он назвал это «провокацией».',
      'Кремль промолчал (как обычно.)',
      'Потом всё стихло.',
    ]);
  });
});

const V = (voiceURI: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ voiceURI, name: voiceURI, lang, ...extra });

describe('voices', () => {
  it('speechLang gives a full tag for a bare language, and keeps a given one', () => {
    expect(speechLang('ru')).toBe('ru-RU');
    expect(speechLang('en')).toBe('en-US');
    expect(speechLang('en-GB')).toBe('en-GB');
    expect(speechLang('de')).toBe('de');
    expect(speechLang('')).toBe('en-US');
    expect(primaryLang('en_US')).toBe('en');
  });

  const voices = [V('amy', 'en-GB'), V('bob', 'en-US', { localService: false }), V('carol', 'en-US'), V('ivan', 'ru_RU'), V('fr', 'fr-FR', { default: true })];

  it('only voices of the language, the usual region and local voices first', () => {
    expect(voicesFor(voices, 'en').map((v) => v.voiceURI)).toEqual(['carol', 'bob', 'amy']);
    expect(voicesFor(voices, 'ru').map((v) => v.voiceURI)).toEqual(['ivan']);
    expect(voicesFor(voices, 'de')).toEqual([]);
  });

  it("the engine's default voice comes first when it speaks the language", () => {
    expect(pickVoice([...voices, V('dflt', 'en-AU', { default: true })], 'en')?.voiceURI).toBe('dflt');
  });

  it("the reader's saved choice wins while the engine has it; otherwise the best match", () => {
    expect(pickVoice(voices, 'en', 'amy')?.voiceURI).toBe('amy');
    expect(pickVoice(voices, 'en', 'gone')?.voiceURI).toBe('carol');
    // A saved voice of another language is not used for this one.
    expect(pickVoice(voices, 'en', 'ivan')?.voiceURI).toBe('carol');
  });

  it('no voice for the language gives null, never a voice of another language', () => {
    expect(pickVoice(voices, 'de')).toBeNull();
    expect(pickVoice([V('amy', 'en-GB')], 'ru')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });
});
