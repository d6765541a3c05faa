import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { dropDanglingLabels, dropLinkTeasers } from './teasers';

const tmt = compiledProfile(TMT_PROFILE);
const { storyBlock } = tmt.story;
const part = (html: string) => new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;

describe('teasers: links to other stories inside this one', () => {
  it('drops a box of nothing but a short link, keeps a box with a paragraph', () => {
    const el = part('<p>Story.</p><div><span>news</span><a href="/2024/x-a1">Zelensky Calls for Easter Ceasefire</a></div><div><a href="/y">a link</a><p>and prose</p></div>');
    dropLinkTeasers(el, storyBlock);
    expect(el.innerHTML).toBe('<p>Story.</p><div><a href="/y">a link</a><p>and prose</p></div>');
  });

  it('keeps a story block that is only a link', () => {
    const el = part('<div class="article__block--html"><a href="/doc">The full text of the decree</a></div>');
    dropLinkTeasers(el, storyBlock);
    expect(el.textContent).toBe('The full text of the decree');
  });

  it('drops a label left dangling at the end, not one with a link after it', () => {
    const el = part('<p>Story.</p><p>Related articles:</p><div><h3>See also:</h3></div>');
    dropDanglingLabels(el);
    expect(el.textContent).toBe('Story.');
    const linked = part('<p>Story.</p><p>Documents: <a href="/d">decree</a></p>');
    dropDanglingLabels(linked);
    expect(linked.textContent).toBe('Story.Documents: decree');
  });

  it('drops a bare link on its own line to this page itself (an AMP copy\'s "full version"), whatever box holds it; keeps one in a sentence', () => {
    const url = 'https://www.themoscowtimes.com/2019/05/28/landfill-a65612?amp';
    const own = 'https://www.themoscowtimes.com/2019/05/28/landfill-a65612';
    const el = part(
      `<article><p>The story, long enough.</p><p>As <a href="${own}">we reported</a>, the site closes.</p>` +
        `<a href="${own}">View the full version of this article</a></article>` +
        '<div><a href="#top">Back to top</a><p>More story.</p></div>',
    );
    dropLinkTeasers(el, storyBlock, url);
    expect(el.textContent).toBe('The story, long enough.As we reported, the site closes.Back to topMore story.');
  });

  it('drops the short box around a button to the site\'s donation page, whatever its words, class or host', () => {
    const url = 'https://www.themoscowtimes.com/2025/11/03/story-a91244';
    const en =
      '<div class="x-drive"><h3>Journalism that readers keep alive</h3><div>People like you chip in.</div><a href="/contribute?utm_source=x">Give now</a></div>';
    const ru =
      '<div class="article__block--html"><p>Рассказ.</p><div class="x-don"><p><strong>Помогите нам</strong></p><p>300 рублей в месяц.</p>' +
      '<p><a href="https://www.moscowtimes.ru/contribute">Помочь редакции</a></p></div></div>';
    const el = part(`<div class="article__block--html"><p>The story goes on for a while, long enough to be a story of its own.</p></div>${en}${ru}`);
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe('The story goes on for a while, long enough to be a story of its own.Рассказ.');
  });

  it('keeps a story\'s own link to the donation page, a long link, and another site\'s donation page', () => {
    const url = 'https://www.themoscowtimes.com/2024/07/10/story-a85677';
    const html =
      '<div class="article__block--html"><p>Readers can <a href="/contribute">give</a> to the newsroom.</p></div>' +
      '<div><p>The fund\'s page: <a href="/contribute">a page that explains where every donation of our readers goes, line by line</a></p></div>' +
      '<div><p>Other outlets ask too.</p><a href="https://example.org/contribute">Give</a></div>' +
      '<div class="article__block--html"><p>The story goes on for a while, long enough to be a story.</p></div>';
    const el = part(html);
    const before = el.textContent;
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe(before);
  });

  it('drops the short box around a button to a messenger or social network when it names the publication (its own channel\'s promo)', () => {
    const url = 'https://www.themoscowtimes.com/2025/10/09/story-a91377';
    const promo =
      '<div class="x-promo"><div class="x-icon"><i></i></div><div><strong>The Moscow Times is on Telegram.</strong> Get the day’s stories in one channel.</div>' +
      '<a class="button" href="https://t.me/some_channel">Join our channel</a></div>';
    const vk = '<div class="x-vk"><p>Читайте The Moscow Times во «ВКонтакте»</p><p><a href="https://m.vk.com/somepage">Подписаться</a></p></div>';
    const story = '<div class="article__block--html"><p>The story goes on for a while, long enough to be a story of its own.</p></div>';
    const el = part(`${story}${promo}${vk}`);
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe('The story goes on for a while, long enough to be a story of its own.');
  });

  it('keeps a channel link that is no promo of the publication\'s: another\'s channel, a story block\'s, a long box\'s', () => {
    const url = 'https://www.themoscowtimes.com/2025/10/09/story-a91377';
    const html =
      '<div class="x-source"><p>The governor announced it on his channel.</p><a href="https://t.me/governor">Channel</a></div>' +
      '<div class="article__block--html"><p>The Moscow Times asked on <a href="https://t.me/moscowtimes">Telegram</a>.</p></div>' +
      '<div class="article__block--aside"><div class="article__aside"><p>Who runs it: The Moscow Times.</p><a href="https://t.me/x">Channel</a></div></div>' +
      '<div class="x-long"><p>' + 'The Moscow Times reported on the blockade of the channel for weeks. '.repeat(6) + '</p><a href="https://t.me/y">Channel</a></div>' +
      '<div class="article__block--html"><p>The story goes on for a while, long enough to be a story. '.repeat(8) + '</p></div>';
    const el = part(html);
    const before = el.textContent;
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe(before);
  });
  it('drops an ask line written into the story (a donation link in a line in the outlet\'s voice), not the story around it', () => {
    const url = 'https://www.themoscowtimes.com/2024/08/23/story-a86217';
    const story = '<p>The Rusakovs’ contract ends in 2026, and nobody has told them whether it will be renewed next spring.</p>' +
      '<p>Svetlana has already packed the ledgers into boxes for the regional archive, in case they must leave.</p>';
    const ask = '<p><em>If you value reporting like this, <a href="https://www.themoscowtimes.com/contribute?utm_source=x">become a supporter of our newsroom</a>.</em></p>';
    // In a story block, and in a block whose class says nothing (a redesign): the line goes, the story stays.
    for (const block of ['<div class="article__block--html">', '<div class="x9">']) {
      const el = part(`${block}${story}${ask}</div>`);
      dropLinkTeasers(el, storyBlock, url, { profile: tmt });
      expect(el.textContent).toBe(story.replace(/<\/?p>/g, ''));
    }
    // A story's line that links to the donation page without speaking as the outlet stays.
    const own = '<div class="x9"><p>Readers can <a href="/contribute">give</a> to the newsroom, the editor said in a long interview.</p></div>';
    const el = part(own);
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe('Readers can give to the newsroom, the editor said in a long interview.');
  });

  it('drops a box with a button to a channel or podcast platform when it speaks as the outlet or to the reader, though it names no outlet', () => {
    const url = 'https://www.themoscowtimes.com/2022/09/21/story-a26312';
    const tg = '<div class="article__block--html"><div class="x1"><p>Самые важные новости — в нашем телеграм-канале.</p><a href="https://t.me/x_ru">Подписаться</a></div></div>';
    const pod = '<div class="article__block--html"><div class="x2"><h4>Never miss an episode</h4><p>Find them wherever you get your podcasts.</p>' +
      '<a href="https://podcasts.apple.com/podcast/x/id1">Apple Podcasts</a> · <a href="/podcasts/rss">RSS feed</a></div></div>';
    const story = '<div class="article__block--html"><p>The story goes on for a while, long enough to be a story of its own.</p></div>';
    const el = part(`${story}${tg}${pod}`);
    dropLinkTeasers(el, storyBlock, url, { profile: tmt });
    expect(el.textContent).toBe('The story goes on for a while, long enough to be a story of its own.');
    // A source's channel (third person), or a link inside a sentence that says "we", stays.
    const kept = '<div class="article__block--html"><div class="x3"><p>Губернатор написал об этом в своем канале.</p><a href="https://t.me/gov">Канал губернатора</a></div></div>' +
      '<div class="x4"><p>“We will rebuild,” he wrote on <a href="https://t.me/gov">Telegram</a>.</p></div>';
    const k = part(kept);
    const before = k.textContent;
    dropLinkTeasers(k, storyBlock, url, { profile: tmt });
    expect(k.textContent).toBe(before);
  });
});
