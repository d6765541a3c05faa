import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { figuresByShape, isCreditLine, normalizeFigures, resolveLazyImage, takeLeadFigure } from './figures';
import { StoryKeeper } from './keeper';

const tmt = compiledProfile(TMT_PROFILE);
const dom = (html: string) => new JSDOM(`<body><div id="c">${html}</div></body>`).window.document;

describe('figures: one <figure> per image, caption and credit apart', () => {
  it('rebuilds an image block as image, caption, and credit in <small>', () => {
    const doc = dom(
      '<div class="article__block--image"><figure class="article__image"><img src="a.jpg"><figcaption><span class="article__image__caption">A street.</span><span class="article__image__credits">Photo / TASS</span></figcaption></figure></div>',
    );
    const part = doc.getElementById('c')!;
    normalizeFigures(part, tmt.story, new StoryKeeper(part, []));
    expect(part.innerHTML).toBe('<figure><img src="a.jpg"><figcaption>A street. <small>Photo / TASS</small></figcaption></figure>');
  });

  it('shows the real image of a lazy loader, not its placeholder', () => {
    const img = dom('<img src="data:image/gif;base64,R0lGOD" data-src="real.jpg" data-srcset="real-2x.jpg 2x" class="lazyload">').querySelector('img')!;
    resolveLazyImage(img);
    expect(img.outerHTML).toBe('<img src="real.jpg" class="" srcset="real-2x.jpg 2x">');
  });

  it('takes the lead figure out of the story, its image address made absolute', () => {
    const doc = dom(
      '<figure class="article__featured-image"><img src="/img/lead.jpg" alt=""><figcaption><span class="featured-image__caption">Kremlin.</span><span class="featured-image__credits">Pool</span></figcaption></figure><p>Story.</p>',
    );
    const copy = doc.getElementById('c')!;
    const lead = takeLeadFigure(copy, Array.from(copy.querySelectorAll('figure')), tmt.story, true, 'https://www.themoscowtimes.com/x', new StoryKeeper(copy, []));
    expect(lead.image).toEqual({ src: 'https://www.themoscowtimes.com/img/lead.jpg', caption: 'Kremlin.', credit: 'Pool' });
    expect(lead.element?.outerHTML).toBe('<figure><img src="https://www.themoscowtimes.com/img/lead.jpg" alt="Kremlin."><figcaption>Kremlin. <small>Pool</small></figcaption></figure>');
    expect(copy.innerHTML).toBe('<p>Story.</p>');
  });

  it('without a lead figure of the profile, takes a captioned image box before the body (any class naming a caption)', () => {
    const page = (html: string) => {
      const copy = dom(html).getElementById('c')!;
      return { copy, lead: takeLeadFigure(copy, [], tmt.story, true, 'https://www.themoscowtimes.com/x', new StoryKeeper(copy, [])) };
    };
    const { copy, lead } = page('<h1>Headline</h1><div class="pic"><img src="/up/a.jpg"><div class="pic-caption">Residents at a meeting.</div></div><div class="article__content"><p>Story.</p></div>');
    expect(lead.image).toMatchObject({ src: 'https://www.themoscowtimes.com/up/a.jpg', caption: 'Residents at a meeting.' });
    expect(copy.textContent).toBe('HeadlineStory.');
    // An image without a caption, or one after the body or inside it, is no lead figure.
    expect(page('<div class="pic"><img src="/up/a.jpg"></div><div class="article__content"><p>Story.</p></div>').lead.image).toBeNull();
    expect(page('<div class="article__content"><p>Story.</p></div><div class="pic"><img src="/up/a.jpg"><div class="pic-caption">Later.</div></div>').lead.image).toBeNull();
  });

  it('takes a redesign\'s lead picture without <figure> or known classes: the smallest box of the image and a <figcaption>', () => {
    const url = 'https://www.themoscowtimes.com/x';
    const page = (html: string) => {
      const copy = dom(html).getElementById('c')!;
      return { copy, lead: takeLeadFigure(copy, [], tmt.storyByMarkup, false, url, new StoryKeeper(copy, [])) };
    };
    const { copy, lead } = page(
      '<h1>Headline</h1><div class="k1"><picture><source srcset="/a.webp"><img src="/a.jpg"></picture>'
        + '<figcaption class="k2"><span class="k3">The Prosecutor General’s Office.</span> <span class="k4">Ivan Petrov / TASS</span></figcaption></div>'
        + '<div itemprop="articleBody"><p>Story.</p></div>',
    );
    expect(lead.image).toEqual({ src: 'https://www.themoscowtimes.com/a.jpg', caption: 'The Prosecutor General’s Office.', credit: 'Ivan Petrov / TASS' });
    expect(copy.textContent).toBe('HeadlineStory.');
    // A box with more than the picture (a header of headline, byline and long text) is not the picture.
    const long = 'A long standfirst that tells the story in brief. '.repeat(10);
    expect(page(`<div class="k0"><h1>Headline</h1><p>${long}</p><div class="k1"><img src="/a.jpg"></div><figcaption>Caption.</figcaption></div><div itemprop="articleBody"><p>Story.</p></div>`).lead.image).toBeNull();
  });

  it('without the profile\'s markup, sets the last of a plain caption\'s spans apart as the lead figure\'s credit', () => {
    const copy = dom(
      '<figure class="k1"><img src="/img/lead.jpg"><figcaption class="k2"><span class="k3">Residents at a meeting.</span><span class="k4">Ivan Petrov / Agency</span></figcaption></figure><div><p>Story.</p><p>More.</p></div>',
    ).getElementById('c')!;
    const lead = takeLeadFigure(copy, [], tmt.storyByMarkup, false, 'https://www.themoscowtimes.com/x', new StoryKeeper(copy, []));
    expect(lead.image).toEqual({ src: 'https://www.themoscowtimes.com/img/lead.jpg', caption: 'Residents at a meeting.', credit: 'Ivan Petrov / Agency' });
    expect(lead.element?.querySelector('figcaption')?.innerHTML).toBe('Residents at a meeting. <small>Ivan Petrov / Agency</small>');
    // One span is all caption: nothing in it is taken for a credit.
    const one = dom('<figure><img src="/a.jpg"><figcaption><span>Residents at a meeting.</span> Ivan Petrov</figcaption></figure><div><p>Story.</p></div>').getElementById('c')!;
    expect(takeLeadFigure(one, [], tmt.storyByMarkup, false, 'https://www.themoscowtimes.com/x', new StoryKeeper(one, [])).image)
      .toMatchObject({ caption: 'Residents at a meeting. Ivan Petrov', credit: null });
  });

  it('without any markup naming it, sets a gallery item\'s credit apart: an image, then a caption line and a credit line', () => {
    const doc = dom(
      '<p>Story.</p><div class="k1"><img src="a.jpg"><div class="k2"><div class="k3"><h6></h6><div class="k4">The Zvezda cinema in 2017.</div><div class="k5">Mikhail Zorin</div></div></div></div>'
        + '<div class="k1"><img src="b.jpg"><div class="k2"><div class="k4">A mosaic on a wall</div><div class="k5">Ivan Petrov / Moskva Agency</div></div></div>',
    );
    const part = doc.getElementById('c')!;
    figuresByShape(part);
    expect(part.innerHTML).toBe(
      '<p>Story.</p><figure><img src="a.jpg"><figcaption>The Zvezda cinema in 2017. <small>Mikhail Zorin</small></figcaption></figure>'
        + '<figure><img src="b.jpg"><figcaption>A mosaic on a wall <small>Ivan Petrov / Moskva Agency</small></figcaption></figure>',
    );
  });

  it('sets apart the last span of a caption of two or more, a caption written after its figure too', () => {
    const doc = dom('<div><figure><img src="a.jpg"></figure><figcaption><span>A camera image of the plant.</span><span>NPP / YouTube</span></figcaption></div>');
    const part = doc.getElementById('c')!;
    figuresByShape(part);
    expect(part.querySelector('figcaption')?.innerHTML).toBe('<span>A camera image of the plant.</span><small>NPP / YouTube</small>');
  });

  it('leaves a picture whose last line is no credit, and a paragraph with an image in it', () => {
    const same = (html: string) => {
      const part = dom(html).getElementById('c')!;
      figuresByShape(part);
      expect(part.innerHTML).toBe(html);
    };
    // The last line a sentence, a caption of one line, a short line after a caption that ends no sentence.
    same('<div><img src="a.jpg"><div>The Zvezda cinema.</div><div>It was sold in 2013.</div></div>');
    same('<div><img src="a.jpg"><div>Mikhail Zorin</div></div>');
    same('<div><img src="a.jpg"><div>Cinemas of Moscow</div><div>Zvezda</div></div>');
    same('<div>He said <img src="a.jpg"> it was <span>The Zvezda cinema.</span><span>Mikhail Zorin</span></div>');
  });

  it('knows a credit by its shape', () => {
    expect(isCreditLine('Mikhail Zorin', 'The cinema in 2017.')).toBe(true);
    expect(isCreditLine('Сергей Киселев / Агентство «Москва»', 'Пользователь смартфона')).toBe(true);
    expect(isCreditLine('Mikhail Zorin', 'The cinema in 2017')).toBe(false);
    expect(isCreditLine('It was sold in 2013.', 'The cinema.')).toBe(false);
    expect(isCreditLine('the building, now a supermarket', 'The cinema.')).toBe(false);
    expect(isCreditLine('Moscow’s Soviet cinemas were built as the heart of each district', 'The cinema.')).toBe(false);
  });
});
