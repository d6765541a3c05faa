/**
 * In-page part, bundled as an IIFE (minified like the extension's content script, same library
 * patches) and evaluated in the fixture page in Chromium. It times with performance.now():
 * A = readArticle(copy, url), B = new Readability(copy).parse(), each on its own deep copy of the
 * page's document made before the timer starts (copying is not timed; the HTML was parsed by the
 * browser when the page loaded). Pairs alternate which side runs first; a GC runs before each side
 * when the page has `gc` (Chromium started with --js-flags=--expose-gc).
 */
import { Readability } from '@mozilla/readability';
import { readArticle, findQuotes } from '../../src/core';
import { stageTimes, type Stage } from './stages';

interface PageBench {
  extract(url: string, warmup: number, runs: number): { a: number[]; b: number[]; paragraphs: number; baselineOk: boolean; coldA: number; coldB: number };
  stages(url: string, warmup: number, runs: number): Array<Record<Stage, number>>;
  /** One side at a time, so the driver can read the renderer's thread CPU time around each call. */
  prepare(): void;
  runA(url: string): { wall: number; paragraphs: number; words: number };
  runB(): { wall: number; ok: boolean };
  noop(): { wall: number };
  /** Quotes one call at a time: the paragraphs of the page's story repeated `scale` times. */
  prepareQuotes(url: string, scale: number): number;
  runQuotes(): { wall: number; quotes: number };
  collect(): void;
  /**
   * One readArticle() on a copy of the page as loaded (bad input, see tests/helpers/bad-pages.ts): its wall time,
   * and what it gave, or the Error it threw. `removeRoot`: read a document without a document element.
   */
  readBad(url: string, removeRoot: boolean): { ms: number; ok: boolean; error?: string; isArticle?: boolean; reason?: string; paragraphs?: number; title?: string | null };
}

declare global {
  interface Window {
    __tmtBench?: PageBench;
    gc?: () => void;
  }
}

// A snapshot taken once: the page's own scripts may keep changing the live DOM (late pop-ups).
const snapshot = document.cloneNode(true) as Document;
const collect = (): void => window.gc?.();
let current: Document | null = null;
let quoteInput: { paragraphs: string[]; lang: 'en' | 'ru' } | null = null;

window.__tmtBench = {
  extract(url, warmup, runs) {
    const a: number[] = [];
    const b: number[] = [];
    let paragraphs = 0;
    let baselineOk = false;
    // The very first call of each side on this page, before any warm-up: what a user's first open pays.
    let coldA = NaN;
    let coldB = NaN;
    for (let i = 0; i < warmup + runs; i++) {
      for (const side of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
        const copy = snapshot.cloneNode(true) as Document;
        collect();
        if (side === 'a') {
          const t0 = performance.now();
          const r = readArticle(copy, url);
          const t = performance.now() - t0;
          if (!r.isArticle) throw new Error(`not read as an article: ${r.reason}`);
          paragraphs = r.paragraphs.length;
          if (i === 0) coldA = t;
          if (i >= warmup) a.push(t);
        } else {
          const t0 = performance.now();
          const parsed = new Readability(copy).parse();
          const t = performance.now() - t0;
          baselineOk = !!parsed?.content;
          if (i === 0) coldB = t;
          if (i >= warmup) b.push(t);
        }
      }
    }
    return { a, b, paragraphs, baselineOk, coldA, coldB };
  },
  prepare() {
    current = snapshot.cloneNode(true) as Document;
    collect();
  },
  runA(url) {
    const copy = current!;
    current = null;
    const t0 = performance.now();
    const r = readArticle(copy, url);
    const wall = performance.now() - t0;
    if (!r.isArticle) throw new Error(`not read as an article: ${r.reason}`);
    return { wall, paragraphs: r.paragraphs.length, words: r.wordCount };
  },
  runB() {
    const copy = current!;
    current = null;
    const t0 = performance.now();
    const parsed = new Readability(copy).parse();
    return { wall: performance.now() - t0, ok: !!parsed?.content };
  },
  noop() {
    const t0 = performance.now();
    return { wall: performance.now() - t0 };
  },
  collect() {
    collect();
  },
  prepareQuotes(url, scale) {
    const r = readArticle(snapshot.cloneNode(true) as Document, url);
    const paragraphs: string[] = [];
    for (let i = 0; i < scale; i++) paragraphs.push(...r.paragraphs);
    quoteInput = { paragraphs, lang: r.lang === 'ru' ? 'ru' : 'en' };
    return paragraphs.length;
  },
  runQuotes() {
    const { paragraphs, lang } = quoteInput!;
    const t0 = performance.now();
    const quotes = findQuotes(paragraphs, lang).length;
    return { wall: performance.now() - t0, quotes };
  },
  readBad(url, removeRoot) {
    const copy = snapshot.cloneNode(true) as Document;
    if (removeRoot) copy.documentElement?.remove();
    collect();
    const t0 = performance.now();
    try {
      const r = readArticle(copy, url);
      return { ms: performance.now() - t0, ok: true, isArticle: r.isArticle, reason: r.reason, paragraphs: r.paragraphs.length, title: r.title };
    } catch (e) {
      return { ms: performance.now() - t0, ok: false, error: String((e as Error)?.message ?? e) };
    }
  },
  stages(url, warmup, runs) {
    const out: Array<Record<Stage, number>> = [];
    for (let i = 0; i < warmup + runs; i++) {
      const copy = snapshot.cloneNode(true) as Document;
      collect();
      const t = stageTimes(copy, url, () => performance.now());
      if (i >= warmup) out.push(t);
    }
    return out;
  },
};
