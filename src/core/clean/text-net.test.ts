import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { dropByText } from './text-net';

const tmt = compiledProfile(TMT_PROFILE);
const story = '<div class="article__block--html"><p>The Moscow Times was named a foreign agent and an undesirable organization, the ministry said on Monday in a long statement.</p><p>Officials gave no reason for the decision, which lawyers said they would appeal in court.</p></div>';

function clean(html: string): string {
  const doc = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document;
  const root = doc.getElementById('c')!;
  dropByText(root, tmt);
  return root.textContent ?? '';
}

describe('text net: appeals recognised by their words whatever their markup', () => {
  it('drops a renamed donation box whole, and keeps story that mentions the same subjects', () => {
    const box = '<div class="x-new"><p>A Message from The Moscow Times:</p><p>Dear readers,</p><p>Please help.</p></div>';
    const out = clean(story + box);
    expect(out).not.toContain('Message from');
    expect(out).not.toContain('Dear readers');
    expect(out).toContain('foreign agent and an undesirable organization');
  });

  it('drops a box whose lines are mostly appeal vocabulary, but not a story block', () => {
    const buttons = '<div class="x-pay"><span>Once</span><span>Monthly</span><span>Annual</span><span>Continue</span></div>';
    expect(clean(story + buttons)).not.toContain('Monthly');
    const quoted = '<div class="article__block--html"><p>Once</p><p>Monthly</p></div>';
    expect(clean(story + quoted)).toContain('Monthly');
  });

  it('drops an appeal paragraph whose box was lost, with the appeal-worded paragraphs after it, up to the story', () => {
    const lost = '<p>… we have a small favor to ask.</p><p>We, the journalists of The Moscow Times, refuse to be silenced.</p><p>Your support makes a world of difference.</p><p>The talks resume on Friday.</p>';
    expect(clean(lost)).toBe('The talks resume on Friday.');
  });

  it('drops an unrendered embed code\'s call to view the post on its platform, keeping the post and a sentence that says it', () => {
    const embed = '<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/"><div></div><div>View this post on Instagram</div></a>' +
      '<p><a href="https://www.instagram.com/p/x/">Our holiday loaf is ready.</a></p><p>A post shared by Bakery (@bakery)</p></div></blockquote>';
    expect(clean(`<p>She asked readers to view this post on Instagram.</p>${embed}`)).toBe(
      'She asked readers to view this post on Instagram.Our holiday loaf is ready.A post shared by Bakery (@bakery)',
    );
  });

  it('drops an embed\'s link to open the post on its platform (Telegram, X, YouTube; English and Russian), keeping the post', () => {
    const tg = '<blockquote class="x-embed"><p>Повестка считается врученной через 7 дней.</p><footer><a href="https://t.me/ch/1">Открыть в Telegram</a></footer></blockquote>';
    expect(clean(tg)).toBe('Повестка считается врученной через 7 дней.');
    const x = '<blockquote class="x-embed"><p>The vote is on Friday.</p><a href="https://x.com/a/status/1">View on X</a> <a href="https://youtu.be/1">Watch on YouTube</a></blockquote>';
    expect(clean(x)).toBe('The vote is on Friday. ');
    // A sentence that says it is story.
    expect(clean('<p>Open in Telegram, the post shows the list.</p>')).toBe('Open in Telegram, the post shows the list.');
  });

  it('drops a call to readers to write to the outlet at an address, and keeps a story line about writing to someone', () => {
    const call = '<div class="x-call"><p><strong>Have a question about the coronavirus in Russia?</strong> Write to us at <a href="mailto:q@themoscowtimes.com">q@themoscowtimes.com</a> and we will try to answer it.</p></div>';
    expect(clean(story + call)).not.toContain('Write to us');
    expect(clean('<p>Есть вопрос? Пишите нам на <a href="mailto:q@moscowtimes.ru">q@moscowtimes.ru</a>.</p>')).toBe('');
    const told = '<p>“Write to us at any time,” the letter told families, giving the ministry’s address, help@mil.ru.</p>';
    expect(clean(told)).toContain('Write to us at any time');
  });

  it('drops a gallery\'s slide counter ("1 / 5", «1 из 5») on a line of its own, not a score inside a sentence', () => {
    const controls = '<div class="x-ctl"><button>Previous</button><span>1 / 5</span><button>Next</button></div>';
    expect(clean(story + controls)).not.toContain('1 / 5');
    expect(clean('<div><span>3 из 12</span></div>')).toBe('');
    expect(clean('<p>The court ruled 4 / 3 in favour.</p>')).toBe('The court ruled 4 / 3 in favour.');
  });

  it('drops a section label written as a line among story paragraphs with the lists and lines of nothing but links after it', () => {
    const block = '<div class="article__block--html"><p>Аренда выросла вдвое.</p><p><strong>Читайте также</strong></p>' +
      '<ul><li><a href="/2024/09/03/a-a147220">В Екатеринбурге закрылся книжный</a></li><li><a href="/2024/10/17/b-a148611">Издатели предупредили о росте цен</a></li></ul>' +
      '<p><a href="/2024/08/01/c-a146000">Книжные уходят в интернет</a></p><p>С весны магазин снял с полок 200 книг.</p>' +
      '<ul><li><a href="https://example.com/report">Отчет ассоциации</a></li></ul></div>';
    expect(clean(block)).toBe('Аренда выросла вдвое.С весны магазин снял с полок 200 книг.Отчет ассоциации');
    // A list whose items have words of their own is story, label or not.
    const story = '<div class="article__block--html"><p><b>See also</b></p><ul><li>The ruling, <a href="/r">published</a> on Monday.</li></ul></div>';
    expect(clean(story)).toBe('The ruling, published on Monday.');
  });

  it('drops the link a section label opens (a related card injected mid-sentence), keeping the sentence around it', () => {
    const card = '<a class="x-card" href="/2019/08/21/schools-a66980"><span>Related</span> <span>Russia Closed 300 Schools</span></a>';
    expect(clean(`<p>The school would close ${card} within a year.</p>`)).toBe('The school would close  within a year.');
    // A link whose label is not its first content is not a card: it stays, with the label's word, part of its text.
    expect(clean('<p>See <a href="/x">the ruling <span>Related</span></a> here.</p>')).toBe('See the ruling Related here.');
  });

  it('a section label that is a link (among an article\'s tools) heads no section: the story after it stays', () => {
    const tools = '<div class="tools"><a href="#comments">Comments</a> <span>A A A</span><div>The decision was taken without a public discussion, the letter says.</div></div>';
    expect(clean(tools)).toBe(' A A AThe decision was taken without a public discussion, the letter says.');
  });

  it('drops an appeal\'s short salutation before its strong line (an appeal pasted into a story block), not a long story line', () => {
    const pasted = '<div class="article__block--html"><p>Students cannot receive money from home.</p><p><strong>Dear readers,</strong></p>' +
      '<p>The Moscow Times needs your help more than ever as we cover this devastating invasion and its sweeping impacts on Russian society.</p>' +
      '<p>The ministry expects students from Central Asia.</p></div>';
    expect(clean(pasted)).toBe('Students cannot receive money from home.The ministry expects students from Central Asia.');
    const monthly = '<p>Prices rose 2% monthly, and officials said they would support us, the ministry said in a statement on Monday evening.</p>';
    expect(clean(monthly + '<p>Support The Moscow Times!</p>')).toBe(monthly.replace(/<\/?p>/g, ''));
  });

  it('drops the opinion disclaimer in its variants', () => {
    const v = '<p>The views and opinions expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.</p>';
    expect(clean(v + '<p>The views expressed in this column do not necessarily reflect the views of The Moscow Times</p><p>Story.</p>')).toBe('Story.');
    expect(clean('<p>The views expressed in the report do not reflect reality, the ministry said.</p>')).toContain('the ministry said');
  });

  it('drops chrome labels anywhere', () => {
    expect(clean('<p>Read more</p><p>3 Min read</p><p>Время чтения: 4 мин.</p><p>Story.</p>')).toBe('Story.');
  });

  it('drops a label and its links written in an inline element of their own (a font-size control among tools), not inside a sentence', () => {
    const tools = '<div><a href="/print">Print</a> <a href="/mail">E-mail</a> <span>Text size <a href="#">+</a> <a href="#">–</a></span></div>';
    expect(clean(`<p>Story.</p>${tools}`).trim()).toBe('Story.');
    expect(clean('<p>He said <span>Read more <a href="/x">here</a></span> on Monday.</p>')).toBe('He said Read more here on Monday.');
  });

  it('drops the label over an ad slot, keeps a sentence that names advertising', () => {
    const slot = '<div><div>Advertisement</div><amp-ad width="300" height="250"></amp-ad></div><div>Реклама</div>';
    expect(clean(`<p>Story.</p>${slot}<p>Advertisement revenue fell by half.</p>`)).toBe('Story.Advertisement revenue fell by half.');
    // Its box left open (the page lost its </div>s) holds the story after it: the label's words go, the story stays.
    expect(clean('<p>Story.</p><div>Advertisement <amp-ad></amp-ad><div><p>More story.</p></div></div>')).toBe('Story.More story.');
  });

  it('keeps a label\'s word inside a sentence: it is the sentence\'s ("He wrote on <a>Facebook</a> that …")', () => {
    expect(clean('<p>He wrote on <a href="https://facebook.com/x">Facebook</a> that he would resign.</p>')).toBe('He wrote on Facebook that he would resign.');
    expect(clean('<p>Officials said the <span>Updated</span> rules apply.</p><p><a href="#">Facebook</a> <a href="#">Twitter</a></p>')).toBe('Officials said the Updated rules apply.');
  });

  it('drops standing notes, share buttons written as words and a bare time; keeps sentences that name them', () => {
    const chrome =
      '<div>The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times.</div>' +
      '<div><span>Facebook</span></div><div>Twitter</div><a href="#">Share on Telegram</a><p>Поделиться</p><p>19:20</p><span>9:05 a.m.</span>' +
      '<div><time datetime="2022-03-04T17:05">17:05</time><div><p>A live post.</p></div></div>';
    const story = '<p>Twitter was blocked at <time>19:20</time>.</p><p>The views expressed in opinion pieces differ, he said.</p>';
    expect(clean(chrome + story)).toBe('A live post.Twitter was blocked at 19:20.The views expressed in opinion pieces differ, he said.');
  });

  it('drops a line of nothing but a related-links label and links, in any case or language; keeps a sentence around a link', () => {
    const lines =
      '<p><strong>Read more:</strong> <a href="/2020/03/30/parks-a69801">Moscow Closes Parks</a></p>' +
      '<p>READ MORE: <a href="/2020/03/25/flights-a69744">Russia Suspends Flights</a>, <a href="/x">And Another</a></p>' +
      '<ul><li>Читайте также: <a href="/2025/01/01/x-a1">Суд арестовал экономиста</a></li></ul>' +
      '<h4>See also <a href="https://example.com/report">The report</a></h4>';
    const kept = '<p>Read more: the ruling is <a href="/doc">here</a>.</p><p><a href="/2020/01/01/y-a2">A link on its own</a></p><p>Story.</p>';
    expect(clean(lines + kept)).toBe('Read more: the ruling is here.A link on its ownStory.');
  });

  it('judges a line whole when one inline element wraps all of it: the label or appeal inside it takes the line', () => {
    const wrapped =
      '<p><em>Read more: <a href="/2025/02/03/rules-a88100">Russia Tightens Rules</a></em></p>' +
      '<h3><span><strong>See also:</strong> <a href="/x">Another Story</a></span></h3>';
    const kept = '<p><em>Read more: the ruling is <a href="/doc">here</a>.</em></p><p><em><a href="/y">A link on its own</a></em></p>';
    expect(clean(wrapped + kept + '<p>Story.</p>')).toBe('Read more: the ruling is here.A link on its ownStory.');
    // An appeal's heading in bold on a line of its own, inside a story block, goes with the appeal-worded lines after it.
    const ru = '<p><strong>Поддержите The Moscow Times!</strong></p><p>Каждое пожертвование помогает нам работать.</p><p><a href="/contribute">Поддержать</a></p>';
    const en = '<p><b><span>Support The Moscow Times!</span></b></p><p>Every contribution makes a difference.</p>';
    const block = (inner: string): string => `<div class="article__block--html">${inner}</div>`;
    expect(clean(block(`${ru}<p>Аптеки закрываются.</p>`) + block(`${en}<p>The talks resume on Friday.</p>`))).toBe('Аптеки закрываются.The talks resume on Friday.');
  });

  it('reads links joined by a short word ("and", "или") as one teaser line; a clause between links is story', () => {
    const joined =
      '<p>Read more: <a href="/a">Banks Block Transfers</a> and <a href="/b">Police Raid Dormitories</a></p>' +
      '<p>Читайте также: <a href="/c">Суд арестовал экономиста</a> или <a href="/d">ЦБ сохранил ставку</a></p>';
    const clause = '<p>Read more: <a href="/a">the ruling</a> and what the court said about <a href="/b">the appeal</a></p>';
    expect(clean(joined + clause)).toBe('Read more: the ruling and what the court said about the appeal');
  });

  it('reads a div of a label and links alone as a teaser line (a tags line); a div holding blocks or a sentence stays', () => {
    const tags = '<div class="k7">Read more about: <a href="/tag/a">Ukraine war</a>, <a href="/tag/b">Energy</a></div>';
    const box = '<div>Read more about: <div><p>The talks resume on Friday.</p></div></div>';
    const sentence = '<div>Read more about: the ruling is <a href="/doc">here</a>.</div>';
    // (The box holding blocks stays; its label's own words go, text-net's leading label rule.)
    expect(clean(tags + box + sentence)).toBe('The talks resume on Friday.Read more about: the ruling is here.');
  });

  it('reads a phrase broken by invisible characters (zero-width spaces, soft hyphens) as the phrase, whatever elements split it', () => {
    const zw = '\u200b';
    const shy = '\u00ad';
    const box =
      `<div data-v="1"><p><b>A Mes${zw}sage</b><i> from The Moscow Times:</i></p><p><span>Dear</span> <span>read${shy}ers,</span></p>` +
      `<p>We are fac${zw}ing challenges.</p><p>Not ready to sup${zw}port today? <a href="#">Re${zw}mind me later.</a></p></div>`;
    expect(clean(story + box)).not.toMatch(/Mes|Dear|challenges|mind me later/);
    // A soft hyphen in a story word is not an appeal.
    expect(clean(`<div class="article__block--html"><p>The ferry${shy}men are paid monthly.</p></div>`)).toBe(`The ferry${shy}men are paid monthly.`);
  });

  it('drops a box a section label opens (related stories with ledes, comments), in any markup; not the story', () => {
    const readAlso =
      '<div class="article__block--html"><p>Story before.</p><div class="x-also"><div class="x-also__title">Читайте также</div>' +
      '<ul><li><a href="/2024/06/02/a-a1">Почему закрываются школы</a> <span>За пять лет — на треть.</span></li>' +
      '<li><a href="/2024/04/18/b-a2">Автобус раз в неделю</a> <span>Репортаж.</span></li></ul></div><p>Story after.</p></div>';
    expect(clean(readAlso)).toBe('Story before.Story after.');
    // The label's own </div> lost: the box whose first words are the label is the section.
    const open = '<p>Story.</p><div class="x-also">Читайте также<ul><li><a href="/a">Школы закрываются</a> <span>Лид.</span></li></ul></div>';
    expect(clean(open)).toBe('Story.');
    const comments =
      '<div class="c9"><a name="comments"></a><h3>Comments (2)</h3><div><b>reader1</b><p>I was there and it was worse than this.</p></div>' +
      '<div><b>reader2</b><p>Long overdue.</p></div><h3>Add a comment</h3></div>';
    expect(clean(`<p>Story.</p>${comments}`)).toBe('Story.');
    // In a story block, or after other content in its box, a label takes only its own line.
    expect(clean('<div class="article__block--html"><p>Read more</p><p>The talks resume on Friday.</p></div>')).toBe('The talks resume on Friday.');
    expect(clean('<div><div class="article__block--html"><p>Read more</p></div><div class="article__block--html"><p>Talks.</p></div></div>')).toBe('Talks.');
    expect(clean('<div><p>The talks resume on Friday.</p><p>See also:</p><p>Officials said nothing.</p></div>')).toBe(
      'The talks resume on Friday.Officials said nothing.',
    );
  });
  it('knows section labels, sponsored labels, share lines, comment calls and opinion notes of other common wordings (round pages7)', () => {
    const block = (inner: string): string => `<div class="article__block--html">${inner}</div>`;
    // A related-links heading of another wording, as a line of its own with a list of headline links after it.
    const topic = block('<p>Answer one.</p><p><strong>More on this topic</strong></p><ul><li><a href="/articles/a-1">Museum Changes Hands</a></li></ul><p>Answer two.</p>');
    const poTeme = block('<p>Ответ.</p><p><b>По теме</b></p><ul><li><a href="/2022/09/20/a-a1">Госдума ввела понятия</a></li></ul><p>Дальше.</p>');
    expect(clean(topic + poTeme)).toBe('Answer one.Answer two.Ответ.Дальше.');
    // A box such a heading opens: cards of other pages, a sponsored link, a box about the author, a comments teaser.
    const cards = '<div class="m1"><h4>Keep reading</h4><a href="/2024/07/30/s-a1"><img src="s.jpg"><span>A Summer on Solovki</span></a></div>';
    const sponsored = '<div class="m2"><span>Sponsored</span><a href="https://ads.example/x"><img src="c.jpg"><strong>Arctic cruises</strong></a></div>';
    const about = '<div class="m3"><h4>Об авторе</h4><p>Игорь Садовников — экономист, бывший аналитик ЦБ.</p></div>';
    const talk = '<div class="m4"><h4>Обсуждение</h4><p>Комментарии доступны подписчикам.</p><a href="#c">Показать комментарии (37)</a></div>';
    expect(clean(`<p>Story.</p>${cards}${sponsored}${about}${talk}`)).toBe('Story.');
    // Share lines and calls to comments written as words; the Russian opinion note.
    const lines = '<p>Share this interview: <a href="https://facebook.com/s">Facebook</a> | <a href="https://twitter.com/s">Twitter</a></p>' +
      '<div><a href="#comments">14 comments</a> <a href="#comments">Join the discussion</a></div>' +
      '<p><i>Мнение автора может не совпадать с позицией редакции The Moscow Times.</i></p>';
    expect(clean(`<p>Story.</p>${lines}`).trim()).toBe('Story.');
    // Sentences that use the same words stay.
    const kept = '<p>Sponsored content rose by half, and readers kept reading.</p><p>Мнение автора совпадает с позицией редакции, сказал он.</p>';
    expect(clean(kept)).toBe('Sponsored content rose by half, and readers kept reading.Мнение автора совпадает с позицией редакции, сказал он.');
  });
});
