/** The story's line to its other-language version: taken out of the story, kept as an alternate, only when it is one. */
import { describe, expect, it } from 'vitest';
import { takeLanguageLines } from './language-lines';
import { TMT_PROFILE } from '../../sites';
import { JSDOM } from 'jsdom';

const EN = 'https://www.themoscowtimes.com/2025/08/13/calls-a90221';
const RU = 'https://ru.themoscowtimes.com/2025/08/13/zvonki-a171321';

function run(body: string, url = EN, lang = 'en') {
  const doc = new JSDOM(`<!doctype html><body><div id="s">${body}</div></body>`, { url }).window.document;
  const part = doc.getElementById('s')!;
  const alternates = takeLanguageLines(part, url, lang, TMT_PROFILE);
  return { alternates, text: Array.from(part.querySelectorAll('p')).map((p) => p.textContent) };
}

describe('the other-language line', () => {
  it('"Читайте русскую версию здесь." goes; its link is the Russian version', () => {
    const r = run(`<div class="article__block"><p><em>Читайте русскую версию <a href="${RU}">здесь</a>.</em></p></div><p>Story.</p>`);
    expect(r.alternates).toEqual([{ lang: 'ru', url: RU }]);
    expect(r.text).toEqual(['Story.']);
  });

  it('"Read the English version here" on a Russian story, with a relative link', () => {
    const r = run('<p>Текст.</p><p><a href="/2020/07/16/hackers-a70917">Read the English version here</a>.</p>', 'https://www.themoscowtimes.com/ru/2020/07/16/hakery-a117315', 'ru');
    expect(r.alternates).toEqual([{ lang: 'en', url: 'https://www.themoscowtimes.com/2020/07/16/hackers-a70917' }]);
    expect(r.text).toEqual(['Текст.']);
  });

  it('a translation\'s note about its original goes; its link is the version in the original\'s language', () => {
    const EN_ORIGINAL = 'https://www.themoscowtimes.com/2022/11/18/students-a79411';
    const ruPage = 'https://www.moscowtimes.ru/2022/11/21/studenti-a27904';
    const r = run(`<p><em>Это перевод материала The Moscow Times. <a href="${EN_ORIGINAL}">Оригинал на английском языке</a>.</em></p><p>Текст.</p>`, ruPage, 'ru');
    expect(r.alternates).toEqual([{ lang: 'en', url: EN_ORIGINAL }]);
    expect(r.text).toEqual(['Текст.']);
    const en = run(`<p>This article is a translation from The Moscow Times' Russian service. <a href="${RU}">Read the original here</a>.</p><p>Story.</p>`);
    expect(en.alternates).toEqual([{ lang: 'ru', url: RU }]);
    expect(en.text).toEqual(['Story.']);
    // A sentence of the story about a translation stays.
    expect(run('<p>Это перевод романа, который вышел в 1972 году, сказал редактор.</p>', ruPage, 'ru').text).toHaveLength(1);
  });

  it('a line that is only a link to the same article id on the other-language service', () => {
    const same = 'https://www.themoscowtimes.com/ru/2020/07/16/hakery-a70917';
    const r = run(`<p>Story.</p><p><a href="${same}">Британия обвинила российских хакеров</a></p>`, 'https://www.themoscowtimes.com/2020/07/16/hackers-a70917');
    expect(r.alternates).toEqual([{ lang: 'ru', url: same }]);
    expect(r.text).toEqual(['Story.']);
  });

  it('story text stays: a link to another Russian story, the phrase inside a longer paragraph, unsafe or missing links', () => {
    const prose = `<p>The regulator said so in a statement <a href="${RU.replace('a171321', 'a170000')}">on its site</a>, adding that text messages were not affected.</p>`;
    const long = `<p>Читайте русскую версию здесь. ${'Это длинный абзац истории, а не строка навигации. '.repeat(4)}</p>`;
    const r = run(`${prose}${long}<p><a href="javascript:alert(1)">Story link</a></p>`);
    expect(r.alternates).toEqual([]);
    expect(r.text).toHaveLength(3);
    // The line without a link is still navigation: it goes, with nothing to keep.
    const bare = run('<p>Story.</p><p>Читайте русскую версию здесь.</p>');
    expect(bare.alternates).toEqual([]);
    expect(bare.text).toEqual(['Story.']);
    // A line in the page's own language is not about another language.
    expect(run(`<p><a href="${EN}">Read the English version here</a></p>`).text).toHaveLength(1);
  });
});
