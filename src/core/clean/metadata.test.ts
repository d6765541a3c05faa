import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TMT_PROFILE } from '../../sites';
import { compiledProfile } from '../profile';
import { StoryKeeper } from './keeper';
import { dropHeadline, readMetadata } from './metadata';
import { findLandmarks } from './root';

const tmt = compiledProfile(TMT_PROFILE);

function read(body: string, head = '', lang = 'en') {
  const doc = new JSDOM(`<head>${head}</head><body><article class="article">${body}</article></body>`).window.document;
  const copy = doc.querySelector('article')!;
  const marks = findLandmarks(copy, tmt.story);
  const keeper = new StoryKeeper(copy, marks.pieces);
  return { copy, keeper, meta: readMetadata(doc, copy, marks, keeper, true, lang) };
}

const header = '<header class="article__header"><h1>Headline</h1><h2>The standfirst.</h2></header>';
const byline = (names: string[], time = '') =>
  `<div class="article__byline byline">${names.map((n) => `<a class="byline__author__name">${n}</a>`).join(', ')}${time}</div>`;

describe('metadata: what the story is called, who wrote it and when', () => {
  it('reads the title, standfirst and authors joined as the page shows them', () => {
    const { meta } = read(header + byline(['Anna', 'Boris', 'Anna', 'Clara']));
    expect(meta).toMatchObject({ title: 'Headline', standfirst: 'The standfirst.', byline: 'Anna, Boris and Clara' });
    expect(read(header + byline(['Анна', 'Борис']), '', 'ru').meta.byline).toBe('Анна и Борис');
  });

  it('reads the datetime, not the visible date, and prefers the page metadata when the datetime has no zone', () => {
    const zoned = '<time class="byline__datetime" datetime="2026-03-31T13:40:00+02:00">2 hours ago</time>';
    expect(read(header + byline(['A'], zoned)).meta.published).toBe('2026-03-31T13:40:00+02:00');
    const bare = '<time class="byline__datetime" datetime="2026-03-31T13:40">x</time>';
    const meta = '<meta property="article:published_time" content="2026-03-31T13:40:00+02:00">';
    expect(read(header + byline(['A'], bare), meta).meta.published).toBe('2026-03-31T13:40:00+02:00');
  });

  it('takes no author or date from inside the story (a live post a byline left open swallowed)', () => {
    const post = '<div class="article__content"><div class="article__block--html"><a class="byline__author__name">Post author</a><p>Text.</p></div></div>';
    expect(read(header + byline(['Anna']) + post).meta.byline).toBe('Anna');
  });

  it('falls back to og:title, and takes the headline out of the story', () => {
    expect(read('<p>x</p>', '<meta property="og:title" content="From meta">').meta.title).toBe('From meta');
    const { copy, keeper, meta } = read(header + '<p>Story.</p>');
    dropHeadline(copy, meta.titleEl, true, keeper);
    expect(copy.querySelector('h1')).toBeNull();
    expect(copy.textContent).toContain('Story.');
  });
});
