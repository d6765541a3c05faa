/**
 * Reads in one window share its inert story document (clean/root.ts reuses it, read after read): nothing of one read
 * may reach the next. Each page read after others in the same window gives what it gives read alone.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core';
import { prepareRead } from '../../src/core/read';
import { pageCase } from '../fixtures/index.mjs';
import { domOf } from './helpers/fixtures';

const pages = ['seed-syria-2013', 'ru-service-2020', 'gallery-2023', 'old-site-2014-cp1251'].map((name) => pageCase(name));

/** A page's result read in a window of its own. */
const alone = (c: (typeof pages)[number]) => {
  const dom = domOf(c.html, c.url);
  const r = readArticle(dom.window.document, c.url);
  dom.window.close();
  return r;
};

describe('reads in one window', () => {
  it('give each page what it gives read alone, whatever was read before', () => {
    const expected = pages.map(alone);
    for (const r of expected) expect(r.isArticle).toBe(true);
    // One window, its page replaced by each in turn (as a reader re-reading after infinite scroll), twice over.
    const work = domOf('<!doctype html><html><body></body></html>', pages[0]!.url);
    const doc = work.window.document;
    for (let round = 0; round < 2; round++) {
      pages.forEach((c, i) => {
        const page = domOf(c.html, c.url).window.document;
        doc.replaceChild(doc.importNode(page.documentElement, true), doc.documentElement);
        expect(readArticle(doc, c.url)).toEqual(expected[i]);
      });
    }
    work.window.close();
  });

  it('prepared ahead (prepareRead, as the in-page reader does in idle time), give what they give unprepared', () => {
    const expected = pages.map(alone);
    for (const c of pages) {
      const dom = domOf(c.html, c.url);
      prepareRead(dom.window as unknown as Window);
      expect(readArticle(dom.window.document, c.url)).toEqual(expected[pages.indexOf(c)]);
      dom.window.close();
    }
  });
});
