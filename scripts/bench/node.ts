/**
 * Node part: the DOM the CLI uses (jsdom), the core compiled from src/ the way dist/core.js is. Each measurement
 * below runs in a process of its own (node-jobs.ts), which takes jsdom's heap with it.
 *
 * Extraction, timed per run: A = readArticle(document, url) (TMT Reader's full pipeline: detection,
 * copying and cleaning the current article, Readability, DOMPurify, paragraphs, quotes), B = new
 * Readability(document).parse() with default options. Each run of each side gets its own untouched
 * copy of the page, parsed by jsdom like the CLI does (see Copies); parsing and copying are not timed. Pairs run
 * back to back, alternating which side goes first. A minor GC (a scavenge of the young generation) runs before each
 * run, as a full GC does in Chromium, so that no run pays for the garbage of the one before (measured:
 * docs/performance.md).
 * Both the process's CPU time (process.cpuUsage: what the work costs, steady when other processes
 * compete for the cores) and wall time (performance.now) are recorded; the table ranks by CPU time.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readArticle, findQuotes } from '../../src/core';
import { countWords } from '../../src/core/text';
import type { BenchCase } from './cases';
import { stageTimes, type Stage } from './stages';
import { median, pairStats, type PairStats } from './stats';


/** V8's gc(), made available at run time (the bench is not started with --expose-gc). */
const gc = ((): ((o?: { type: 'minor' | 'major' }) => void) => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as (o?: { type: 'minor' | 'major' }) => void;
})();

/** Empty the young generation before a timed run (see the top of this file). */
function scavenge(): void {
  gc({ type: 'minor' });
}

function parse(c: BenchCase): JSDOM {
  return new JSDOM(c.html, { url: c.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/**
 * Fresh copies of a page without re-parsing it each time: the page is parsed once (as the CLI does)
 * into a pristine template and once into a working document; before each run the working document's
 * <html> is replaced with a deep copy of the template's, so every run reads an untouched page in a
 * document that has its window (the sanitizer needs it).
 */
class Copies {
  private readonly template: JSDOM;
  private readonly work: JSDOM;
  constructor(c: BenchCase) {
    this.template = parse(c);
    this.work = parse(c);
  }
  next(): Document {
    const doc = this.work.window.document;
    doc.replaceChild(doc.importNode(this.template.window.document.documentElement, true), doc.documentElement);
    return doc;
  }
  close(): void {
    this.template.window.close();
    this.work.window.close();
  }
}

function freshDocument(c: BenchCase): { doc: Document; close: () => void } {
  const dom = parse(c);
  return { doc: dom.window.document, close: () => dom.window.close() };
}

export interface ExtractionResult {
  case: string;
  scale: number;
  bytes: number;
  /** Story size as TMT Reader extracted it. */
  paragraphs: number;
  words: number;
  quotes: number;
  /** Whether the baseline found an article at all. */
  baselineOk: boolean;
  /** CPU time (user + system) of the process during each run. */
  stats: PairStats;
  /** Wall time of each run. */
  wall: PairStats;
}

/** Runs `f`, returning its result, wall ms and CPU ms. */
function timed<T>(f: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [r, wall, (c.user + c.system) / 1000];
}

export function nodeExtraction(c: BenchCase, warmup: number, runs: number): ExtractionResult {
  const a: number[] = [];
  const b: number[] = [];
  const aw: number[] = [];
  const bw: number[] = [];
  let paragraphs: string[] = [];
  let quotes = 0;
  let baselineOk = false;
  const copies = { a: new Copies(c), b: new Copies(c) };
  for (let i = 0; i < warmup + runs; i++) {
    const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const side of order) {
      const doc = copies[side].next();
      scavenge();
      if (side === 'a') {
        const [r, wall, cpu] = timed(() => readArticle(doc, c.url));
        if (!r.isArticle) throw new Error(`bench: ${c.name} is not read as an article: ${r.reason}`);
        paragraphs = r.paragraphs;
        quotes = r.quotes.length;
        if (i >= warmup) {
          a.push(cpu);
          aw.push(wall);
        }
      } else {
        const [parsed, wall, cpu] = timed(() => new Readability(doc).parse());
        baselineOk = !!parsed?.content;
        if (i >= warmup) {
          b.push(cpu);
          bw.push(wall);
        }
      }
    }
  }
  copies.a.close();
  copies.b.close();
  return { case: c.name, scale: c.scale, bytes: c.bytes, paragraphs: paragraphs.length, words: countWords(paragraphs), quotes, baselineOk, stats: pairStats(a, b), wall: pairStats(aw, bw) };
}

/** The story paragraphs TMT Reader extracts from a page (input for the quotes runs). */
export function storyParagraphs(c: BenchCase): { paragraphs: string[]; lang: 'en' | 'ru' } {
  const { doc, close } = freshDocument(c);
  const r = readArticle(doc, c.url);
  close();
  return { paragraphs: r.paragraphs, lang: r.lang === 'ru' ? 'ru' : 'en' };
}

export interface QuotesResult {
  case: string;
  scale: number;
  words: number;
  quotes: number;
  runs: number;
  /** Median CPU ms for the whole article. */
  ms: number;
  /** The same per 10,000 words. */
  msPer10k: number;
}

/** Quote finding alone on an article's paragraphs (what readArticle runs after extraction). */
export function nodeQuotes(name: string, scale: number, paragraphs: string[], lang: 'en' | 'ru', warmup: number, runs: number): QuotesResult {
  const t: number[] = [];
  let quotes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    scavenge();
    const [q, , cpu] = timed(() => findQuotes(paragraphs, lang));
    quotes = q.length;
    if (i >= warmup) t.push(cpu);
  }
  const words = countWords(paragraphs);
  const m = median(t);
  return { case: name, scale, words, quotes, runs, ms: m, msPer10k: (m / words) * 10_000 };
}

/** readArticle's steps timed one by one in jsdom (CPU time), one record per run; see stages.ts. */
export function nodeStages(c: BenchCase, warmup: number, runs: number): Array<Record<Stage, number>> {
  const copies = new Copies(c);
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const out: Array<Record<Stage, number>> = [];
  for (let i = 0; i < warmup + runs; i++) {
    const doc = copies.next();
    scavenge();
    const t = stageTimes(doc, c.url, cpuNow);
    if (i >= warmup) out.push(t);
  }
  copies.close();
  return out;
}
