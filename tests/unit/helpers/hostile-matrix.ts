/**
 * The matrix of generated hostile pages (tests/fixtures/xss/hostile.ts) as unit tests: every story fixture with N
 * vectors of the attack corpus between, inside and around its story blocks, read with the whole pipeline (jsdom, as
 * the CLI reads). The story must come out whole and in order, no text of a non-prose element may show, and the
 * clean HTML must hold nothing that could run, load or restyle.
 *
 * The unit suite runs a fixed sample: SAMPLE_SEEDS seeds per fixture and N (more where pages are cheap) and the
 * KEPT_CELLS, split over two test files so that both cores work. HOSTILE_SEEDS=<k> runs seeds 1..k for every N
 * (<from>-<to>: those seeds): `npm run test:hostile` runs the whole matrix (10 seeds) in slices.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readArticle } from '../../../src/core';
import { NOT_GENERATED, STORY_NOT_JUDGED, closeGenerator, generatePage, judgeStory } from '../../fixtures/xss/hostile';
import { loadVectors } from '../../fixtures/xss/inject';
import { domOf, loadCases } from './fixtures';

export const NS = [1, 5, 20, 40, 200];
/** Seeds per N in the unit suite's sample: a page of 200 vectors costs about ten of one. */
const SAMPLE_SEEDS: Record<number, number> = { 1: 3, 5: 3, 20: 2, 40: 2, 200: 1 };
/** Cells of the full matrix that once failed, in the sample too (cheap ones that caught a class of page the sample's
 *  seeds miss). */
const KEPT_CELLS: Record<string, (readonly [number, number])[]> = {
  // A <span> injected into a quotation's text split it in three paragraphs (flatten made the span a block).
  'tmt-dev/longread-embeds-2025': [[40, 10]],
};
/** HOSTILE_SEEDS=<k> or <from>-<to>: those seeds for every N instead of the sample (scripts/test-hostile.mjs runs 1-10 in
 *  slices, one process each: jsdom keeps ~2.4 MB of every window it made, closed or not, so one process cannot hold
 *  the whole matrix). */
const SEEDS = /^(\d+)(?:-(\d+))?$/.exec(process.env.HOSTILE_SEEDS ?? '');
const FULL = SEEDS ? { from: SEEDS[2] ? Math.max(1, Number(SEEDS[1])) : 1, to: Math.max(1, Number(SEEDS[2] ?? SEEDS[1])) } : null;

export const vectors = loadVectors();
export const stories = loadCases().filter((c) => c.expected.isArticle && (c.expected.body?.length ?? 0) > 0 && !NOT_GENERATED.has(c.name));

export function read(html: string | Buffer, url: string) {
  const dom = domOf(html, url);
  try {
    return readArticle(dom.window.document, url, { quotes: false });
  } finally {
    dom.window.close();
  }
}

/** What in the clean HTML could run, load or restyle (the sanitizer's own tests go vector by vector). */
const ACTIVE_TAGS = new Set(['script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'template', 'textarea', 'select', 'button', 'input', 'form', 'base', 'meta', 'link']);
function active(html: string): string[] {
  const out: string[] = [];
  for (const el of Array.from(JSDOM.fragment(html).querySelectorAll('*'))) {
    if (ACTIVE_TAGS.has(el.localName)) out.push(`<${el.localName}>`);
    for (const a of Array.from(el.attributes)) if (/^(on|style$|srcdoc$|formaction$)/i.test(a.name)) out.push(`${el.localName} @${a.name}`);
  }
  return out;
}

/** The matrix for the story fixtures of one half (by their index: `part` 0 or 1 of 2). */
export function hostileMatrix(part: number): void {
  afterAll(() => closeGenerator());
  const mine = stories.filter((_, i) => i % 2 === part);
  describe.each(mine.map((c) => [c.name, c] as const))('%s with vectors of the attack corpus', (_name, c) => {
    const url = c.expected.url;
    const fx = { name: c.name, url, html: c.html };
    const clean = read(c.html, url).paragraphs;
    const first = FULL?.from ?? 1;
    const count = FULL ? FULL.to - FULL.from + 1 : null;
    const cells = NS.flatMap((n) => Array.from({ length: count ?? SAMPLE_SEEDS[n] ?? 1 }, (_, i) => [n, first + i] as const));
    if (!FULL) for (const kept of KEPT_CELLS[c.name] ?? []) if (!cells.some(([n, s]) => n === kept[0] && s === kept[1])) cells.push(kept);

    it.each(cells)('N=%i, seed %i: the whole story, in order, and no text of what is not prose', (n, seed) => {
      const page = generatePage(fx, vectors, clean, n, seed);
      expect(page.unplaced, 'vectors that fit nowhere in the page').toEqual([]);
      expect(page.placed).toHaveLength(n);
      const r = read(page.html, url);
      expect(r.isArticle, r.reason).toBe(true);
      if (!STORY_NOT_JUDGED.has(c.name)) expect(judgeStory(page, clean, r.paragraphs)).toEqual([]);
      expect(active(r.html)).toEqual([]);
    });
  });
}
