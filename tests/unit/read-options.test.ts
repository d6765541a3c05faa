/** readArticle's options: quotes later (the reader paints the story first, then adds the key quotes). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle, withQuotes } from '../../src/core';
import { domOf, FIXTURE_ROOT } from './helpers/fixtures';

const seedUrl = 'https://www.themoscowtimes.com/2013/02/25/syria-says-ready-to-talk-with-armed-opposition-a21771';
const seedHtml = readFileSync(path.join(FIXTURE_ROOT, 'tmt/seed-syria-2013/source.html'), 'utf8');
const doc = () => domOf(seedHtml, seedUrl).window.document;

describe('quotes later', () => {
  it('{ quotes: false } gives the same story with no quotes yet, and says they are pending', () => {
    const full = readArticle(doc(), seedUrl, { keyQuotes: 3 });
    const later = readArticle(doc(), seedUrl, { keyQuotes: 3, quotes: false });
    expect(full.quotes.length).toBeGreaterThan(3);
    expect(later.quotesPending).toBe(true);
    expect(later.quotes).toEqual([]);
    expect(later.keyQuotes).toEqual([]);
    expect({ ...later, quotesPending: undefined, quotes: full.quotes, keyQuotes: full.keyQuotes }).toEqual({ ...full, quotesPending: undefined });
  });

  it('withQuotes() then gives exactly what a full read gives', () => {
    const full = readArticle(doc(), seedUrl, { keyQuotes: 3 });
    const added = withQuotes(readArticle(doc(), seedUrl, { quotes: false }), { keyQuotes: 3 });
    expect(added).toEqual(full);
    expect('quotesPending' in added).toBe(false);
    // A complete result is left as it is.
    expect(withQuotes(full, { keyQuotes: 1 })).toBe(full);
  });
});
