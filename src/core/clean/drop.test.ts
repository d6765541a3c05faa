import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { cutAtBodyEnd, dropListed, dropNotProse } from './drop';
import { StoryKeeper } from './keeper';
import { findLandmarks } from './root';

const tmt = compiledProfile(TMT_PROFILE);
const copyOf = (html: string) => new JSDOM(`<body><article>${html}</article></body>`).window.document.querySelector('article')!;

describe('drop: what the profile says is not story', () => {
  it('cuts everything after the end marker', () => {
    const copy = copyOf('<div><p>Story.</p><div class="article__bottom"></div><div class="article__tags">Read more about: x</div></div>');
    cutAtBodyEnd(copy, Array.from(copy.querySelectorAll('.article__bottom')), new StoryKeeper(copy, []));
    expect(copy.textContent).toBe('Story.');
  });

  it('drops the listed and the hidden, and returns what stays', () => {
    const copy = copyOf('<p>Story.</p><div class="contribute-article">Support us</div><p hidden>Hidden.</p><p style="display: none">Also.</p>');
    const kept = dropListed(copy, tmt.story.drop, new StoryKeeper(copy, []));
    expect(copy.textContent).toBe('Story.');
    expect(kept.map((el) => el.textContent)).toEqual(['Story.', 'Hidden.', 'Also.']);
  });

  it('drops a third-party comment thread by its embed container, wherever the story root reaches', () => {
    const copy = copyOf('<p>Story.</p><div id="disqus_thread"><div>14 comments</div><ul><li>Thank you.</li></ul></div><div id="hypercomments_widget">Комментарии (7)</div>');
    dropListed(copy, tmt.story.drop, new StoryKeeper(copy, []));
    expect(copy.textContent).toBe('Story.');
  });

  it('keeps the story a dropped element swallowed (its tag left open)', () => {
    const copy = copyOf('<div class="byline">By A<div class="article__content"><p>Story.</p></div></div>');
    const keeper = new StoryKeeper(copy, Array.from(copy.querySelectorAll('.article__content')));
    dropListed(copy, tmt.story.drop, keeper);
    expect(copy.innerHTML).toBe('<div class="article__content"><p>Story.</p></div>');
  });

  it('drops a footnote\'s back-link (arrows or a caret linking within the page), not the note or a link with words', () => {
    const copy = copyOf(
      '<p>Claim.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">A note. <a href="#r1">↩</a></li>' +
        '<li id="fn2">Another. <a href="https://example.com/page#r2">↑</a> <a href="#r3">^</a> <a href="#top">Back to top</a></li></ol>',
    );
    dropListed(copy, tmt.story.drop, new StoryKeeper(copy, []));
    expect(copy.innerHTML).toBe(
      '<p>Claim.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">A note. </li><li id="fn2">Another.   <a href="#top">Back to top</a></li></ol>',
    );
  });

  it('drops the short box around a field to type into that speaks of signing up (a newsletter form of any class), never story or the headline', () => {
    const copy = copyOf(
      '<div class="story"><p>Story one.</p><div class="x-signup"><div>The Daily</div><p>Get the top stories in your inbox.</p>' +
        '<input type="email"><input type="submit" value="Go"></div><p>Story two. Fill in: <input type="text"></p></div>' +
        '<div class="head"><h1>Title</h1><input type="search"></div><label><input type="checkbox"> I agree</label>',
    );
    const story = copy.querySelector('.story')!;
    const marks = {
      pieces: [story], notProse: Array.from(copy.querySelectorAll('input')), titles: [], h1s: Array.from(copy.querySelectorAll('h1')),
      standfirsts: [], authors: [], times: [], leadFigures: [], ends: [],
    };
    dropNotProse(marks, new StoryKeeper(copy, [story]), tmt.text.appealWeak);
    expect(copy.innerHTML).toBe('<div class="story"><p>Story one.</p><p>Story two. Fill in: </p></div><div class="head"><h1>Title</h1></div><label> I agree</label>');
  });

  it('drops a sign-up pop-up whole, its title, text and "no, thanks" link with its form, up to story beside it', () => {
    const copy = copyOf(
      '<div class="article__content"><div class="b1"><p>Story one.</p></div>' +
        '<div class="popup" style="position: fixed"><button>×</button><div>Вечерняя рассылка</div><div>Главные новости дня — каждый вечер.</div>' +
        '<form><input type="email"><button>Подписаться</button></form><a href="#">Спасибо, не надо</a></div>' +
        '<div class="b2"><p>Story two.</p></div><div class="mixed"><p>Story three.</p><p>Story four, in the same box.</p><form>Our newsletter: <input type="email"></form></div></div>',
    );
    const pieces = Array.from(copy.querySelectorAll('.article__content, .b1, .b2'));
    const marks = { pieces, notProse: Array.from(copy.querySelectorAll('input, button')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, pieces), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Story one.Story two.Story three.Story four, in the same box.');
  });

  it('drops a sign-up box whose words sit in its own paragraphs beside a form that says only its button, not story paragraphs beside a form', () => {
    const copy = copyOf(
      '<div class="article__content"><div class="b1"><p>Story one.</p></div>' +
        '<div class="b2"><div class="x-brief"><p>Get our daily coronavirus briefing</p><p>The day’s most important news on the pandemic, in your inbox every evening.</p>' +
        '<form><input type="email"> <button>Sign me up</button></form></div></div>' +
        '<div class="b3"><div class="x"><p>Officials said the printed newsletter of the ministry would stop in May, and that nobody had been told who would keep its archive after that.</p>' +
        '<p>Lawyers will appeal.</p><form><input type="text"> <button>Go</button></form></div></div></div>',
    );
    const pieces = Array.from(copy.querySelectorAll('.article__content, .b1, .b2, .b3'));
    const marks = { pieces, notProse: Array.from(copy.querySelectorAll('input, button')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, pieces), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Story one.Officials said the printed newsletter of the ministry would stop in May, and that nobody had been told who would keep its archive after that.Lawyers will appeal. ');
  });

  it('keeps a box around a field that does not speak of signing up (a field injected into story, an unclosed box)', () => {
    const copy = copyOf('<div class="story"><div><p>Officials gave no reason.</p><input type="text"><p>Lawyers will appeal.</p></div></div>');
    const story = copy.querySelector('.story')!;
    const marks = { pieces: [story], notProse: Array.from(copy.querySelectorAll('input')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, [story]), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Officials gave no reason.Lawyers will appeal.');
  });

  it('drops the short box around a group of options (a poll, a quiz), not a lone radio button or a story piece', () => {
    const copy = copyOf(
      '<div class="article__content"><div class="b1"><p>Story one.</p></div><div class="b2"><div class="poll"><div>Опрос</div><div>Would you study here?</div>' +
        '<label><input type="radio" name="p1"> Yes</label><label><input type="radio" name="p1"> No</label><button>Vote</button><div>1,204 votes</div></div></div>' +
        '<div class="b3"><p>Story two. <label><input type="radio" name="x"> alone</label></p></div></div>',
    );
    const pieces = Array.from(copy.querySelectorAll('.article__content, .b1, .b2, .b3'));
    const marks = { pieces, notProse: Array.from(copy.querySelectorAll('input, button')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, pieces), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Story one.Story two.  alone');
  });

  it('drops a poll whose box was left open, moving out the story it swallowed', () => {
    const copy = copyOf(
      '<div class="article__content"><div class="poll"><div>Poll</div><label><input type="radio" name="p"> Yes</label><label><input type="radio" name="p"> No</label>' +
        '<div class="b"><p>Story after the poll.</p></div></div></div>',
    );
    const pieces = Array.from(copy.querySelectorAll('.article__content, .b'));
    const marks = { pieces, notProse: Array.from(copy.querySelectorAll('input')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, pieces), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Story after the poll.');
  });

  it('drops a window laid over the story (role dialog or alertdialog, aria-modal), moving out story it swallowed', () => {
    const copy = copyOf(
      '<div class="story"><p>One.</p><div class="gate" role="dialog"><p>Create a free account to continue reading</p><a href="/register">Register</a></div>' +
        '<section aria-modal="true"><p>Sign in</p></section><div role="alertdialog">Saved.</div><div role="note"><p>Two.</p></div></div>',
    );
    dropListed(copy, tmt.story.drop, new StoryKeeper(copy, []));
    expect(copy.textContent).toBe('One.Two.');
    const open = copyOf('<div role="dialog">Veil<div class="article__content"><p>Story.</p></div></div>');
    dropListed(open, tmt.story.drop, new StoryKeeper(open, Array.from(open.querySelectorAll('.article__content'))));
    expect(open.textContent).toBe('Story.');
  });

  it('drops a <noscript> copy of the story whole: a browser running scripts never parses its content as story', () => {
    const copy = copyOf('<div class="article__content"><p>One.</p><noscript><div class="article__content"><p>One.</p></div></noscript></div>');
    const pieces = Array.from(copy.querySelectorAll('.article__content, p'));
    const marks = { pieces, notProse: Array.from(copy.querySelectorAll('noscript')), titles: [], h1s: [], standfirsts: [], authors: [], times: [], leadFigures: [], ends: [] };
    dropNotProse(marks, new StoryKeeper(copy, pieces), tmt.text.appealWeak);
    expect(copy.innerHTML).toBe('<div class="article__content"><p>One.</p></div>');
  });
  it('drops an audio player with its show, times and links, not a recording with a caption or the story around it', () => {
    const player = '<div class="x1"><div>Moscow Unfiltered <span>Episode 41</span></div><div>Listen to this episode</div><audio controls src="e.mp3"></audio>' +
      '<div><span>00:00</span> / <span>28:41</span></div><div>Listen on <a href="https://podcasts.apple.com/p">Apple Podcasts</a></div>' +
      '<a href="/2019/11/14/t-a68191">Read the full transcript</a></div>';
    const recording = '<figure class="x2"><audio src="call.mp3"></audio><figcaption>The recording of the call.</figcaption></figure>';
    const copy = copyOf(`<div class="x0"><p>Story.</p></div>${player}${recording}<div class="x0"><p>More story.</p></div>`);
    const marks = findLandmarks(copy, tmt.story);
    dropNotProse(marks, new StoryKeeper(copy, []), tmt.text.appealWeak);
    expect(copy.textContent).toBe('Story.The recording of the call.More story.');
    // An <audio> in a caption written in a <div> (a script's, an injected one): the caption stays.
    const caption = copyOf('<div class="x5"><div class="x6">A mosaic on the wall of the former Ural cinema, restored by volunteers in 2019 after a fire.<audio src="a.mp3"></audio></div></div>');
    dropNotProse(findLandmarks(caption, tmt.story), new StoryKeeper(caption, []), tmt.text.appealWeak);
    expect(caption.textContent).toBe('A mosaic on the wall of the former Ural cinema, restored by volunteers in 2019 after a fire.');
  });
});
