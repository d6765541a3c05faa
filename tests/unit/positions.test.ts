import { describe, expect, it } from 'vitest';
import {
  MAX_POSITIONS,
  POSITIONS_KEY,
  clearPositions,
  loadPositions,
  parsePositions,
  positionKey,
  positionToOffer,
  savePosition,
  withPosition,
  type LocalAreaLike,
} from '../../src/shared/positions';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const area: LocalAreaLike = {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(key) {
      delete data[key];
    },
  };
  return { area, data };
}

describe('reading positions', () => {
  it('the key is the address without fragment, tracking parameters, scheme or trailing slash', () => {
    const k = positionKey('https://www.themoscowtimes.com/2025/01/02/story-a1/?utm_source=tg&fbclid=x#part');
    expect(k).toBe('www.themoscowtimes.com/2025/01/02/story-a1');
    expect(positionKey('http://www.themoscowtimes.com/2025/01/02/story-a1')).toBe(k);
    // Other parameters can name a different article.
    expect(positionKey('https://example.org/article?id=7')).toBe('example.org/article?id=7');
    expect(positionKey('file:///tmp/a.html')).toBeNull();
    expect(positionKey('not a url')).toBeNull();
  });

  it('corrupt stored entries are dropped, valid ones kept', () => {
    expect(parsePositions(null)).toEqual({});
    expect(parsePositions([1, 2])).toEqual({});
    expect(
      parsePositions({ a: { block: 3, blocks: 10, at: 5 }, b: { block: -1, blocks: 10, at: 5 }, c: { block: 10, blocks: 10, at: 1 }, d: 'x', e: { block: 1.5, blocks: 3, at: 1 } }),
    ).toEqual({ a: { block: 3, blocks: 10, at: 5 } });
  });

  it(`keeps at most ${MAX_POSITIONS} articles, dropping the least recently read`, () => {
    let all = {};
    for (let i = 0; i < MAX_POSITIONS + 20; i++) all = withPosition(all, `site/${i}`, { block: 1, blocks: 5, at: 1000 + i });
    expect(Object.keys(all)).toHaveLength(MAX_POSITIONS);
    expect(all).not.toHaveProperty('site/0');
    expect(all).not.toHaveProperty('site/19');
    expect(all).toHaveProperty('site/20');
    // Reading an old article again makes it recent: it survives the next insertions.
    all = withPosition(all, 'site/20', { block: 2, blocks: 5, at: 9_999 });
    all = withPosition(all, 'site/new', { block: 1, blocks: 5, at: 10_000 });
    expect(all).toHaveProperty('site/20');
    expect(all).not.toHaveProperty('site/21');
  });

  it('offers a position only inside the article and past its top', () => {
    expect(positionToOffer({ block: 4, blocks: 10, at: 1 }, 10)).toEqual({ block: 4, blocks: 10, at: 1 });
    expect(positionToOffer({ block: 0, blocks: 10, at: 1 }, 10)).toBeNull();
    expect(positionToOffer({ block: 9, blocks: 10, at: 1 }, 6)).toBeNull();
    expect(positionToOffer(null, 6)).toBeNull();
  });

  it('save, load and clear through a storage area', async () => {
    const { area, data } = memoryArea({ [POSITIONS_KEY]: 'garbage', other: 1 });
    expect(await loadPositions(area)).toEqual({});
    await savePosition(area, 'a', { block: 2, blocks: 9, at: 1 });
    await savePosition(area, 'b', { block: 5, blocks: 9, at: 2 });
    expect(await loadPositions(area)).toEqual({ a: { block: 2, blocks: 9, at: 1 }, b: { block: 5, blocks: 9, at: 2 } });
    await clearPositions(area);
    expect(await loadPositions(area)).toEqual({});
    expect(data.other).toBe(1);
  });
});
