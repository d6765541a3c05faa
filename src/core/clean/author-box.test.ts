import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { dropAuthorBoxes } from './author-box';

const tmt = compiledProfile(TMT_PROFILE);
const author = tmt.storyByMarkup.author;
const STORY = '<p>The long lines at noon, if they appear, will be remembered longer than the percentage that the commission reads out.</p>';
const BIO = 'Political scientist who has studied regional elections for a decade.';

function cleaned(html: string, byline: string | null = 'Yelena Baranova'): string {
  const part = new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;
  dropAuthorBoxes(part, author, byline, undefined, { url: 'https://www.themoscowtimes.com/2024/03/14/story-a84463', profile: tmt });
  return part.innerHTML;
}

describe('author boxes: the box about the author after the story', () => {
  it('goes whole: a link to the author page, the bio, an e-mail address and a handle', () => {
    const box = `<div class="k1"><a href="/author/yelena-baranova"><h3>Yelena Baranova</h3><img src="y.jpg"><span>${BIO}</span></a>`
      + '<a href="mailto:yb@example.org">&nbsp;yb@example.org</a> <a href="https://x.com/yb">&nbsp;@yb_writes</a></div>';
    expect(cleaned(STORY + box)).toBe(STORY);
    // Twice (one box per screen size): both go.
    expect(cleaned(STORY + box + box)).toBe(STORY);
  });

  it('is known by the byline\'s name when it has no author link', () => {
    const box = `<div><div><strong>Yelena Baranova</strong></div><div>${BIO}</div><a href="mailto:yb@example.org">Write to her</a></div>`;
    expect(cleaned(STORY + box)).toBe(STORY);
    expect(cleaned(STORY + box, 'Ivan Petrov and Yelena Baranova')).toBe(STORY);
    expect(cleaned(STORY + box, 'Ivan Petrov')).toBe(STORY + box);
  });

  it('stays before more story, and a story line with an address or a share link stays', () => {
    const box = `<div><h3>Yelena Baranova</h3><div>${BIO}</div><a href="mailto:yb@example.org">yb@example.org</a></div>`;
    expect(cleaned(box + STORY)).toBe(box + STORY);
    const line = '<div><p>Yelena Baranova wrote to us (<a href="mailto:yb@example.org">yb@example.org</a>).</p></div>';
    expect(cleaned(STORY + line)).toBe(STORY + line);
    const share = '<div><a href="/author/yelena-baranova">Yelena Baranova</a> <a href="mailto:?subject=Shared">Share by e-mail</a></div>';
    expect(cleaned(STORY + share)).toBe(STORY + share);
  });
  it('is known without a contact by a link to the author\'s page that names them, in a box with a bio', () => {
    const box = '<div class="k2"><img src="y.jpg"><p><strong>Yelena Baranova</strong> is a political scientist who studies regional elections.</p>'
      + '<a href="https://www.themoscowtimes.com/author/yelena-baranova">More stories by Yelena Baranova</a></div>';
    expect(cleaned(STORY + box)).toBe(STORY);
    // Not before more story, not without a bio, not another author's, not a link off the site's author pages.
    expect(cleaned(box + STORY)).toBe(box + STORY);
    const noBio = '<div><strong>Yelena Baranova</strong> <a href="/author/yelena-baranova">More by Yelena Baranova</a></div>';
    expect(cleaned(STORY + noBio)).toBe(STORY + noBio);
    expect(cleaned(STORY + box, 'Ivan Petrov')).toBe(STORY + box);
    const elsewhere = box.replace('https://www.themoscowtimes.com/author/', 'https://example.org/author/');
    expect(cleaned(STORY + elsewhere)).toBe(STORY + elsewhere);
  });
});
