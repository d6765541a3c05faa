/**
 * The driver of scripts/core-ab.mjs: readArticle of two versions of the core, side by side inside each fixture page in
 * headless Chromium, with Readability alone as the yardstick. Each side runs batches of reads on fresh copies of the
 * page (copied before its timer starts, a GC first), one evaluate call per batch, timed by the renderer main thread's
 * CPU time (DevTools Performance.getMetrics ThreadTime) around the call: on a shared machine wall time measures the
 * other processes. Sides alternate order batch by batch. "story" sides read without quotes (readStory: what the
 * reader paints first), so the quote finder's share is the difference. --quotes-only times "quotes" sides instead: each
 * version's withQuotes on stories read in the untimed prepare step.
 */
import type { Page } from 'puppeteer-core';
import { fixtureCases } from './cases';
import { launchBrowser } from '../../tests/e2e/harness/browser';
import { startServer } from '../../tests/e2e/harness/server';
import { toHttp } from '../../tests/fixtures/index.mjs';
import { median } from './stats';

export interface AbOptions {
  /** The in-page IIFE (see scripts/core-ab.mjs): window.__coreAb with prepare(n, side, url), go(side, url), same(url). */
  bundle: string;
  refName: string;
  cases: string[] | null;
  batches: number;
  /** Only check that both versions give the same result on every page (no timing). */
  same: boolean;
  /** Time only the quotes of stories read beforehand (sides 'ref quotes', 'tree quotes'). */
  quotesOnly: boolean;
  log: (msg: string) => void;
}

const SIDES = ['readability', 'ref', 'ref story', 'tree', 'tree story'];
const QUOTE_SIDES = ['ref quotes', 'tree quotes'];
const PER_BATCH = 10;
const WARM_BATCHES = 3;

type AbWindow = { __coreAb: { prepare(n: number, side: string, url: string): void; go(side: string, url: string): void; same(url: string): string } };

async function timeSides(page: Page, url: string, batches: number, sides: string[]): Promise<Record<string, number>> {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const threadMs = async (): Promise<number> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
  const t: Record<string, number[]> = Object.fromEntries(sides.map((s) => [s, []]));
  for (let k = 0; k < WARM_BATCHES + batches; k++) {
    for (const side of k % 2 ? [...sides].reverse() : sides) {
      await page.evaluate((n: number, s: string, u: string) => (window as unknown as AbWindow).__coreAb.prepare(n, s, u), PER_BATCH, side, url);
      const t0 = await threadMs();
      await page.evaluate((s: string, u: string) => (window as unknown as AbWindow).__coreAb.go(s, u), side, url);
      const t1 = await threadMs();
      if (k >= WARM_BATCHES) t[side]!.push((t1 - t0) / PER_BATCH);
    }
  }
  await cdp.detach().catch(() => undefined);
  return Object.fromEntries(sides.map((s) => [s, median(t[s]!)]));
}

export async function run(opts: AbOptions): Promise<number> {
  const cases = fixtureCases().filter((c) => !opts.cases || opts.cases.includes(c.name));
  const server = await startServer({ fixtures: false });
  const tb = await launchBrowser('chromium', { proxyPort: server.port, extensionDir: null, chromiumArgs: ['--js-flags=--expose-gc'] });
  let differ = 0;
  try {
    const sides = opts.quotesOnly ? QUOTE_SIDES : SIDES;
    if (!opts.same) {
      const head = ['page', ...sides.map((s) => (s.startsWith('ref') ? s.replace('ref', opts.refName) : s)), ...(opts.quotesOnly ? ['tree ÷ ref'] : ['ratio ref', 'ratio tree'])];
      const ratio = opts.quotesOnly ? 'withQuotes alone on stories read before the timer' : 'ratio = readArticle ÷ Readability';
      process.stdout.write(`ms per read (renderer thread CPU time, median of ${opts.batches} batches of ${PER_BATCH}); ${ratio}\n`);
      process.stdout.write(`${head.join(' | ')}\n`);
    }
    for (const c of cases) {
      const url = toHttp(c.url);
      server.setPage(url, c.html);
      const page = await tb.openPage(url, { timeout: 60_000 });
      try {
        await page.evaluate(opts.bundle);
        if (opts.same) {
          const same = await page.evaluate((u: string) => (window as unknown as AbWindow).__coreAb.same(u), url);
          if (same !== 'same') differ++;
          process.stdout.write(`${c.name}: ${same}\n`);
          continue;
        }
        opts.log(`${c.name}`);
        const m = await timeSides(page, url, opts.batches, sides);
        const ratios = opts.quotesOnly
          ? [`${(m['tree quotes']! / m['ref quotes']!).toFixed(2)}×`]
          : [`${(m.ref! / m.readability!).toFixed(2)}×`, `${(m.tree! / m.readability!).toFixed(2)}×`];
        const row = [c.name, ...sides.map((s) => m[s]!.toFixed(2)), ...ratios];
        process.stdout.write(`${row.join(' | ')}\n`);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await tb.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
  return differ ? 1 : 0;
}
