/**
 * The in-page parts (Chromium): our core bundle (page.ts) evaluated inside the loaded page, timed against
 * Readability alone on identical copies of the page; readArticle's steps one by one; quote finding alone.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import type { BenchCase } from '../cases';
import type { Stage } from '../stages';
import { median, pairStats, type PairStats } from '../stats';
import { serve, type Session } from './session';

interface PageBenchResult {
  a: number[];
  b: number[];
  paragraphs: number;
  baselineOk: boolean;
  coldA: number;
}

type Bench = {
  collect(): void;
  prepareQuotes(url: string, scale: number): number;
  runQuotes(): { wall: number; quotes: number };
  prepare(): void;
  runA(url: string): { wall: number; paragraphs: number; words: number };
  runB(): { wall: number; ok: boolean };
  noop(): { wall: number };
};
/** The page's window as page.ts leaves it (evaluate callbacks are serialized: only types may come from here). */
type BenchWindow = { __tmtBench: Bench };

/**
 * Extraction A/B inside the page (see page.ts for what is timed). Each side runs in its own evaluate call
 * so that the renderer main thread's CPU time (DevTools Performance metrics, ThreadTime) can be read around
 * it: on a loaded machine wall time mostly measures the other processes. The cost of an empty call (the
 * protocol round trip on that thread) is measured the same way and subtracted. Wall time
 * (performance.now() around the call, inside the page) is kept too.
 */
export async function pageExtraction(
  s: Session,
  c: BenchCase,
  pageBundle: string,
  warmup: number,
  runs: number,
): Promise<{ stats: PairStats; wall: PairStats; paragraphs: number; words: number; baselineOk: boolean; cold: number }> {
  return inBenchPage(s, c, pageBundle, async ({ page, url, cpuOf, overhead }) => {
    const a: number[] = [];
    const b: number[] = [];
    const aw: number[] = [];
    const bw: number[] = [];
    let paragraphs = 0;
    let words = 0;
    let baselineOk = false;
    let cold = NaN;
    for (let i = 0; i < warmup + runs; i++) {
      for (const side of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
        await page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.prepare());
        if (side === 'a') {
          const [r, cpu] = await cpuOf(() => page.evaluate((u: string) => (window as unknown as BenchWindow).__tmtBench.runA(u), url));
          paragraphs = r.paragraphs;
          words = r.words;
          if (i === 0) cold = r.wall;
          if (i >= warmup) {
            a.push(Math.max(0, cpu - overhead));
            aw.push(r.wall);
          }
        } else {
          const [r, cpu] = await cpuOf(() => page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.runB()));
          baselineOk = r.ok;
          if (i >= warmup) {
            b.push(Math.max(0, cpu - overhead));
            bw.push(r.wall);
          }
        }
      }
    }
    return { stats: pairStats(a, b), wall: pairStats(aw, bw), paragraphs, words, baselineOk, cold };
  });
}

type ThreadClock = Awaited<ReturnType<typeof threadClock>>;

/** Opens case `c` with our bundle evaluated in it and a renderer-thread clock, runs `f`, closes the page. */
async function inBenchPage<T>(s: Session, c: BenchCase, pageBundle: string, f: (p: { page: Page; url: string } & ThreadClock) => Promise<T>): Promise<T> {
  const url = serve(s, c);
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  const cdp = await page.createCDPSession();
  try {
    await page.evaluate(pageBundle);
    return await f({ page, url, ...(await threadClock(page, cdp)) });
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * CPU time of the renderer's main thread around a call (DevTools Performance metrics, ThreadTime), and
 * the cost of an empty call measured the same way (to subtract).
 */
async function threadClock(page: Page, cdp: CDPSession): Promise<{ cpuOf: <T>(f: () => Promise<T>) => Promise<[T, number]>; overhead: number }> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const threadTime = async (): Promise<number> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  const cpuOf = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
    const t0 = await threadTime();
    const r = await f();
    return [r, (await threadTime()) - t0];
  };
  const empty: number[] = [];
  for (let i = 0; i < 7; i++) empty.push((await cpuOf(() => page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.noop())))[1]);
  return { cpuOf, overhead: median(empty) };
}

/** readArticle's steps timed one by one inside the page (see stages.ts), one record per run. */
export async function pageStages(s: Session, c: BenchCase, pageBundle: string, warmup: number, runs: number): Promise<Array<Record<Stage, number>>> {
  const url = serve(s, c);
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  try {
    await page.evaluate(pageBundle);
    return (await page.evaluate(
      (u: string, w: number, n: number) => (window as unknown as { __tmtBench: { stages(u: string, w: number, n: number): unknown } }).__tmtBench.stages(u, w, n),
      url,
      warmup,
      runs,
    )) as Array<Record<Stage, number>>;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Quote finding alone inside the page, on the seed's paragraphs repeated `scale` times: renderer thread CPU ms, and wall ms. */
export async function pageQuotes(s: Session, c: BenchCase, pageBundle: string, scale: number, warmup: number, runs: number): Promise<{ ms: number; wallMs: number; quotes: number }> {
  return inBenchPage(s, c, pageBundle, async ({ page, url, cpuOf, overhead }) => {
    await page.evaluate((u: string, k: number) => (window as unknown as BenchWindow).__tmtBench.prepareQuotes(u, k), url, scale);
    const cpu: number[] = [];
    const wall: number[] = [];
    let quotes = 0;
    for (let i = 0; i < warmup + runs; i++) {
      await page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.collect());
      const [r, t] = await cpuOf(() => page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.runQuotes()));
      quotes = r.quotes;
      if (i >= warmup) {
        cpu.push(Math.max(0, t - overhead));
        wall.push(r.wall);
      }
    }
    return { ms: median(cpu), wallMs: median(wall), quotes };
  });
}
