import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { dropDanglingLabels, dropLinkTeasers } from './teasers';

const { storyBlock } = compiledProfile(TMT_PROFILE).story;
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
});
