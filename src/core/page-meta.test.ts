import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pageMeta } from './page-meta';

const URL_ = 'https://example.com/2026/03/31/story';
const doc = (head: string, body = '<p>x</p>') => new JSDOM(`<head>${head}</head><body>${body}</body>`).window.document;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const updated = (head: string, body?: string, published: string | null = '2026-03-31T10:00:00+02:00') =>
  pageMeta(doc(head, body), URL_, published, 'en').updated;

describe('page metadata: the last update', () => {
  const shown = '<p>Updated <time itemprop="dateModified" datetime="2026-03-31T15:00:00+02:00">3 pm</time></p>';
  const meta = '<meta property="article:modified_time" content="2026-03-31T14:00:00+02:00">';
  const ldMod = ld({ '@graph': [{ '@type': 'WebPage', dateModified: '2020-01-01T00:00:00Z' }, { '@type': 'NewsArticle', dateModified: '2026-03-31T13:00:00+02:00' }] });

  it('the time the page shows, else article:modified_time, else the article\'s JSON-LD dateModified', () => {
    expect(updated(meta + ldMod, shown)).toBe('2026-03-31T15:00:00+02:00');
    expect(updated(meta + ldMod)).toBe('2026-03-31T14:00:00+02:00');
    expect(updated(ldMod)).toBe('2026-03-31T13:00:00+02:00');
    expect(updated('')).toBeNull();
  });

  it('skips a source without a time zone for the next one, and an update at publication time is none', () => {
    const bare = '<time itemprop="dateModified" datetime="2026-03-31T15:00">3 pm</time>';
    expect(updated(meta, bare)).toBe('2026-03-31T14:00:00+02:00');
    expect(updated(meta, '', '2026-03-31T14:00:00+02:00')).toBeNull();
  });
});
