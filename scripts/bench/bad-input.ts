/**
 * Bad input (issue 5): the pages of tests/helpers/bad-pages.ts (10 MB article, 50,000 paragraphs, 5,000-deep
 * nesting, 100,000 links, truncated, malformed, binary garbage, empty, no <body>, no document element, frameset,
 * windows-1251), each read once, and what each gives and takes:
 * - node: in a worker thread (jsdom, as the CLI reads; 3 GB heap cap), parse and readArticle() timed apart (wall ms);
 * - chromium: the page served under a Moscow Times address by the bench's site server and opened in a tab (the
 *   extension installed) up to DOMContentLoaded (the garbage page's load event did not come within a minute), then
 *   readArticle() on a copy of the parsed document inside the page (the in-page bench bundle): wall ms in the page
 *   and the renderer main thread's CPU ms; parse = the navigation's responseEnd → domInteractive.
 * Each page is bounded: a page that gets no answer within the limit is reported as timed out (the worker is replaced;
 * the browser is closed and a new one started for the next page), never waited for.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BadInputRunner, makeBadPages, resultOrClearMessage, type BadPage } from '../../tests/helpers/bad-pages';
import { toHttp } from '../../tests/fixtures/index.mjs';
import type { Session } from './browser';

/** What one read gave. `timeout` and `crash` mean no answer: a hang, or the reader's process died. */
export interface BadRead {
  status: 'result' | 'error' | 'timeout' | 'crash';
  /** Result: isArticle and the reason; error: the Error's message; timeout/crash: what happened. */
  message: string;
  isArticle?: boolean;
  paragraphs?: number;
  /** readArticle() wall ms. */
  readMs?: number;
  /** Parsing the page, wall ms (node: jsdom; chromium: responseEnd → domInteractive). */
  parseMs?: number;
  /** Chromium: renderer main thread CPU ms during readArticle(). */
  cpuMs?: number;
  /** A result with a reason or an error a user can act on (see resultOrClearMessage). */
  clear: boolean;
}

export interface BadInputRow {
  id: string;
  page: string;
  bytes: number;
  node?: BadRead;
  chromium?: BadRead;
}

export interface BadInputResult {
  limitMs: number;
  rows: BadInputRow[];
  /** Whole part, wall seconds per environment. */
  seconds: Record<string, number>;
}

export const BAD_LIMIT_MS = 60_000;

/** The pages; TMT_BENCH_BAD_PAGES=id,id… keeps only those (to look into one page). */
export function badPageList(root: string): BadPage[] {
  const only = process.env.TMT_BENCH_BAD_PAGES?.split(',').filter(Boolean);
  const pages = makeBadPages(root).pages;
  return only?.length ? pages.filter((p) => only.includes(p.id)) : pages;
}

function fromOutcome(o: { ok: boolean; error?: string; reason?: string; isArticle?: boolean }): Pick<BadRead, 'status' | 'message' | 'clear' | 'isArticle'> {
  const clear = resultOrClearMessage(o);
  return o.ok
    ? { status: 'result', message: `${o.isArticle ? 'article' : 'not an article'}: ${o.reason ?? ''}`, isArticle: o.isArticle, clear }
    : { status: 'error', message: o.error ?? '', clear };
}

/** Every page in a worker thread, one after the other. */
export async function nodeBadInput(root: string, pages: BadPage[], rows: Map<string, BadInputRow>, log: (m: string) => void, limitMs = BAD_LIMIT_MS): Promise<void> {
  const runner = await BadInputRunner.create(root, path.join(root, 'node_modules/.cache/tmt-bench/bad-input'));
  try {
    for (const p of pages) {
      log(`node: bad input ${p.name}`);
      const a = await runner.read(p, limitMs);
      const row = rows.get(p.id)!;
      if (a.kind === 'timeout') row.node = { status: 'timeout', message: `timed out (no answer within ${limitMs / 1000} s)`, clear: false };
      else if (a.kind === 'crash') row.node = { status: 'crash', message: a.message, clear: false };
      else row.node = { ...fromOutcome(a), paragraphs: a.paragraphCount, parseMs: a.parseMs, readMs: a.readMs };
    }
  } finally {
    await runner.close();
  }
}

type BadBench = { __tmtBench: { readBad(url: string, removeRoot: boolean): { ms: number; ok: boolean; error?: string; isArticle?: boolean; reason?: string; paragraphs?: number } } };

class Timeout extends Error {}
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)))]).finally(() => clearTimeout(timer));
}

/**
 * Every page in Chromium: served at the page's address (+ ?bad=<id>) and loaded in a new tab, the in-page bench
 * bundle evaluated, one readArticle(). `open` starts a browser session; a timed-out page costs its session.
 */
export async function chromiumBadInput(
  open: () => Promise<Session>,
  pageBundle: string,
  pages: BadPage[],
  rows: Map<string, BadInputRow>,
  log: (m: string) => void,
  limitMs = BAD_LIMIT_MS,
): Promise<void> {
  let s: Session | null = null;
  try {
    for (const p of pages) {
      log(`chromium: bad input ${p.name}`);
      s ??= await open();
      const url = `${toHttp(p.url)}${p.url.includes('?') ? '&' : '?'}bad=${p.id}`;
      s.server.setPage(url, Buffer.from(p.bytes), { 'content-type': p.contentType });
      const row = rows.get(p.id)!;
      let page: Page | null = null;
      let lost = false;
      let step = 'loading the page';
      try {
        page = await s.tb.browser.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: limitMs });
        const parseMs = await within(
          page.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            return nav ? nav.domInteractive - nav.responseEnd : NaN;
          }),
          limitMs,
        );
        step = 'starting the bench bundle in it';
        await within(page.evaluate(pageBundle), limitMs);
        const cdp = await page.createCDPSession();
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
        const threadMs = async (): Promise<number> => {
          const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
          return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
        };
        const c0 = await threadMs();
        step = 'readArticle()';
        const r = await within(
          page.evaluate((u: string, rm: boolean) => (window as unknown as BadBench).__tmtBench.readBad(u, rm), p.url, p.removeRoot ?? false),
          limitMs,
        );
        const cpuMs = (await threadMs()) - c0;
        await cdp.detach().catch(() => undefined);
        row.chromium = { ...fromOutcome(r), paragraphs: r.paragraphs, readMs: r.ms, cpuMs, parseMs };
      } catch (e) {
        const timedOut = e instanceof Timeout || /timeout|timed out/i.test((e as Error).message);
        row.chromium = timedOut
          ? { status: 'timeout', message: `timed out ${step} (no answer within ${limitMs / 1000} s)`, clear: false }
          : { status: 'crash', message: `${step} failed: ${(e as Error).message.split('\n')[0]}`, clear: false };
        // A renderer stuck in a loop may not even close its tab: give up this browser, start another for the rest.
        lost = true;
      } finally {
        s.server.removePage(url);
        if (page && !lost) await within(page.close(), 10_000).catch(() => (lost = true));
        if (lost) {
          const dead = s;
          s = null;
          await within(dead.close(), 20_000).catch(() => undefined);
        }
      }
    }
  } finally {
    if (s) await s.close();
  }
}

export async function runBadInput(opts: {
  root: string;
  node: boolean;
  chromium: (() => Promise<Session>) | null;
  pageBundle: () => Promise<string>;
  log: (m: string) => void;
}): Promise<BadInputResult> {
  const pages = badPageList(opts.root);
  const rows = new Map<string, BadInputRow>(pages.map((p) => [p.id, { id: p.id, page: p.name, bytes: p.bytes.length }]));
  const seconds: Record<string, number> = {};
  if (opts.node) {
    const t0 = Date.now();
    await nodeBadInput(opts.root, pages, rows, opts.log);
    seconds.node = Math.round((Date.now() - t0) / 1000);
  }
  if (opts.chromium) {
    const t0 = Date.now();
    await chromiumBadInput(opts.chromium, await opts.pageBundle(), pages, rows, opts.log);
    seconds.chromium = Math.round((Date.now() - t0) / 1000);
  }
  return { limitMs: BAD_LIMIT_MS, rows: [...rows.values()], seconds };
}
