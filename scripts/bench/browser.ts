/**
 * Browser parts: the built extension in Debian's headless Chromium and Firefox ESR, launched by the
 * e2e harness, with the fixture pages served under their real Moscow Times addresses by its proxy.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { launchBrowser, waitFor, type BrowserName, type TestBrowser } from '../../tests/e2e/harness/browser';
import { startServer, type SiteServer } from '../../tests/e2e/harness/server';
import { toHttp } from '../../tests/e2e/harness/fixtures';
import type { BenchCase } from './cases';
import type { Stage } from './stages';
import { median, pairStats, quartiles, type PairStats } from './stats';

export interface Session {
  name: BrowserName;
  server: SiteServer;
  tb: TestBrowser;
  close(): Promise<void>;
}

/**
 * One browser with the built extension (from `extensionDir`), and the site server every request goes through.
 * `exposeGc`: `gc()` in pages, so in-page extraction runs start from a collected heap (Chromium only; Firefox has
 * no such flag). The parts that time the extension itself run in a browser started without it.
 */
export async function openSession(name: BrowserName, extensionDir: string, opts: { exposeGc?: boolean } = {}): Promise<Session> {
  const server = await startServer({ fixtures: false });
  try {
    const tb = await launchBrowser(name, {
      proxyPort: server.port,
      extensionDir,
      chromiumArgs: name === 'chromium' && opts.exposeGc ? ['--js-flags=--expose-gc'] : [],
    });
    return {
      name,
      server,
      tb,
      close: async () => {
        await tb.close().catch(() => undefined);
        await server.close().catch(() => undefined);
      },
    };
  } catch (e) {
    await server.close().catch(() => undefined);
    throw e;
  }
}

/** The address a case is served at (generated long pages get a query so each has its own). */
export function serve(s: Session, c: BenchCase): string {
  const url = toHttp(c.url) + (c.scale > 1 ? `?bench=x${c.scale}` : '');
  s.server.setPage(url, c.html);
  return url;
}

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
  runA(url: string): { wall: number; paragraphs: number };
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
): Promise<{ stats: PairStats; wall: PairStats; paragraphs: number; baselineOk: boolean; cold: number }> {
  const url = serve(s, c);
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  const cdp = await page.createCDPSession();
  try {
    await page.evaluate(pageBundle);
    const { cpuOf, overhead } = await threadClock(page, cdp);
    const a: number[] = [];
    const b: number[] = [];
    const aw: number[] = [];
    const bw: number[] = [];
    let paragraphs = 0;
    let baselineOk = false;
    let cold = NaN;
    for (let i = 0; i < warmup + runs; i++) {
      for (const side of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
        await page.evaluate(() => (window as unknown as BenchWindow).__tmtBench.prepare());
        if (side === 'a') {
          const [r, cpu] = await cpuOf(() => page.evaluate((u: string) => (window as unknown as BenchWindow).__tmtBench.runA(u), url));
          paragraphs = r.paragraphs;
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
    return { stats: pairStats(a, b), wall: pairStats(aw, bw), paragraphs, baselineOk, cold };
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
  const url = serve(s, c);
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  const cdp = await page.createCDPSession();
  try {
    await page.evaluate(pageBundle);
    const { cpuOf, overhead } = await threadClock(page, cdp);
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
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- the reader

type ReaderReply = { ok: true; open: boolean } | { ok: false; error: string };

/**
 * Sends {type:'tmt:reader', action} to the tab from the background, as the popup button, the shortcut and
 * the context menu do ('toggle' there; here 'open' and 'close', the two paths a toggle takes, because they
 * are idempotent: a message retried after a lost reply cannot flip the reader back). Returns the
 * background's wall clock (Date.now()) just before sending, and the reply. Retries while the content
 * script is not listening yet.
 */
async function send(s: Session, tabId: number, action: 'open' | 'close'): Promise<{ t0: number; reply: ReaderReply }> {
  return waitFor(
    () =>
      s.tb.evalInBackground(
        async ({ api }, id: number, a: string) => {
          const t0 = Date.now();
          const reply = await api.tabs.sendMessage(id, { type: 'tmt:reader', action: a });
          return { t0, reply };
        },
        tabId,
        action,
      ),
    { timeout: 15_000, interval: 50, what: `the content script to answer a reader ${action}` },
  ) as Promise<{ t0: number; reply: ReaderReply }>;
}

/**
 * Arms a watcher in the page's own world: when a new element is appended to <html> (the reader's host;
 * its shadow root is closed, so the page cannot look inside), wait for the next animation frame (it runs
 * just before the frame that shows the dialog is painted) and record Date.now() in the first task after
 * it, once that frame is painted. Also
 * checks that the element is what the page shows at the centre of the viewport (the modal is on top).
 */
async function armPaintWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchPaint?: Promise<{ tPaint: number; onTop: boolean; connected: boolean }>; __benchHost?: Element | null; __benchLog?: string[] };
    const before = new Set(Array.from(document.documentElement.children));
    w.__benchHost = null;
    // What happens to <html>'s children from now on, for the error message if the reader does not stay.
    const log: string[] = (w.__benchLog = []);
    const t0 = performance.now();
    // One logger at a time (an observer per cycle would pile up in the heap the memory part measures).
    const ww = w as unknown as { __benchLogger?: MutationObserver };
    ww.__benchLogger?.disconnect();
    ww.__benchLogger = new MutationObserver((recs) => {
      for (const r of recs) {
        for (const n of Array.from(r.addedNodes)) log.push(`+${n.nodeName}@${Math.round(performance.now() - t0)}`);
        for (const n of Array.from(r.removedNodes)) log.push(`-${n.nodeName}@${Math.round(performance.now() - t0)}`);
      }
    });
    ww.__benchLogger.observe(document.documentElement, { childList: true });
    w.__benchPaint = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        const host = Array.from(document.documentElement.children).find((el) => !before.has(el) && el.tagName === 'DIV');
        if (!host) return;
        mo.disconnect();
        w.__benchHost = host;
        // The frame that shows the reader is produced right after its animation-frame callbacks, in the same
        // task: a message posted from one runs after that paint (a second animation frame would also wait for
        // whatever the page or the reader does after painting, such as adding the key quotes).
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            const tPaint = Date.now();
            const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
            resolve({ tPaint, onTop: top === host, connected: host.isConnected });
          };
          ch.port2.postMessage(null);
        });
      });
      mo.observe(document.documentElement, { childList: true });
    });
  });
}

async function paintTime(page: Page): Promise<{ tPaint: number; onTop: boolean; connected: boolean }> {
  return page.evaluate(() => (window as unknown as { __benchPaint: Promise<{ tPaint: number; onTop: boolean; connected: boolean }> }).__benchPaint);
}

class VanishedError extends Error {}

/** Opens that had to be tried again because the reader vanished at once, and the last such message. */
export interface Flakes {
  n: number;
  last?: string;
}

/**
 * openAndTime, tried again once if the reader vanished right after opening (seen intermittently under
 * load: the host is removed a few ms after it is added; see closeReader). Counts those in `flakes`.
 */
async function openTimed(s: Session, page: Page, tabId: number, flakes: Flakes): Promise<{ ms: number; onTop: boolean }> {
  try {
    return await openAndTime(s, page, tabId);
  } catch (e) {
    if (!(e instanceof VanishedError)) throw e;
    flakes.n++;
    flakes.last = e.message;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    return openAndTime(s, page, tabId);
  }
}

async function openAndTime(s: Session, page: Page, tabId: number): Promise<{ ms: number; onTop: boolean }> {
  await armPaintWatch(page);
  const { t0, reply } = await send(s, tabId, 'open');
  if (!reply?.ok) throw new Error(`opening the reader failed: ${JSON.stringify(reply)}`);
  if (!reply.open) throw new Error('the reader did not open');
  const { tPaint, onTop, connected } = await paintTime(page);
  if (!connected) {
    const log = await page.evaluate(() => (window as unknown as { __benchLog?: string[] }).__benchLog ?? []);
    throw new VanishedError(`the reader host left the page before it was painted (children of <html> added/removed, ms after the toggle: ${log.join(' ')})`);
  }
  return { ms: tPaint - t0, onTop };
}

async function closeReader(s: Session, page: Page, tabId: number): Promise<void> {
  const { reply } = await send(s, tabId, 'close');
  if (!reply?.ok || reply.open) throw new Error(`closing the reader failed: ${JSON.stringify(reply)}`);
  // The dialog's "close" event (which removes the host) fires in a later task.
  await waitFor(() => page.evaluate(() => !(window as unknown as { __benchHost?: Element | null }).__benchHost?.isConnected), {
    timeout: 5_000,
    what: 'the reader to be removed',
  });
  // The watcher's own reference must not keep the closed reader's DOM alive for the memory part.
  await page.evaluate(() => void ((window as unknown as { __benchHost?: Element | null }).__benchHost = null));
  // Let the closed dialog's queued "close" event fire before the next open: Reader.close() tears down at
  // once and the dialog's late "close" listener then tears down whatever reader is current, so an open
  // within those few ms vanishes again (src/content/reader/index.ts, Reader.build; reported).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}

/** Opens the page in a new tab and waits until the content script has reported it (toolbar badge). */
async function openArticle(s: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  await page.bringToFront();
  const tabId = await s.tb.tabId(page);
  await s.tb.waitForActionState(page, (st) => st.badgeText !== '', { timeout: 15_000, what: 'the article badge' }).catch(() => undefined);
  // Let the page's own load work finish, as it would before a person reaches for the button.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
  return { page, tabId };
}

export interface ReaderTiming {
  /** First open on a freshly loaded page (extraction + settings + render + paint), ms per load. */
  first: number[];
  /** Re-opening on the same page (article cached), ms. */
  again: number[];
  /** Whether the reader was the top element at the viewport's centre after the paint, every time. */
  onTop: boolean;
  flakes: Flakes;
}

/** Toggle -> reader painted, `n` fresh page loads: first open, close, open again. */
export async function timeToReader(s: Session, c: BenchCase, n: number): Promise<ReaderTiming> {
  const url = serve(s, c);
  const first: number[] = [];
  const again: number[] = [];
  let onTop = true;
  const flakes: Flakes = { n: 0 };
  for (let i = 0; i < n; i++) {
    const { page, tabId } = await openArticle(s, url);
    try {
      const a = await openTimed(s, page, tabId, flakes);
      first.push(a.ms);
      await closeReader(s, page, tabId);
      const b = await openTimed(s, page, tabId, flakes);
      again.push(b.ms);
      onTop &&= a.onTop && b.onTop;
      await closeReader(s, page, tabId);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { first, again, onTop, flakes };
}

// ---------------------------------------------------------------- memory (Chromium)

export interface HeapSample {
  /** V8 heap in use after a full GC (the page's and the content script's worlds share the isolate). */
  jsHeap: number;
  /**
   * The same heap without V8's compiled code (bytecode, baseline and optimised machine code, feedback
   * vectors: heap-snapshot nodes of type "code"), which grows as the JIT warms up and levels off. What is
   * left is the objects the page and the extension keep: where a leak shows.
   */
  jsObjects: number;
  /** Of jsHeap, compiled code (snapshot nodes of type "code"). */
  jsCode: number;
  /** Blink/Oilpan heap in use (DOM objects), when Chromium reports it. */
  embedderHeap: number | null;
  nodes: number;
  listeners: number;
  documents: number;
}

export interface MemoryResult {
  after1: HeapSample;
  after50: HeapSample;
  toggles: number;
  /** JS heap after 1, 10, 25 and 50 cycles: a leak keeps climbing, warming up (JIT code, caches) levels off. */
  trend: Array<{ toggles: number; jsHeap: number; jsObjects: number }>;
  flakes: Flakes;
}

/** Page heap after 1 open+close of the reader vs after `toggles` of them (Chromium DevTools protocol). */
export async function memory(s: Session, c: BenchCase, toggles: number): Promise<MemoryResult> {
  const url = serve(s, c);
  const { page, tabId } = await openArticle(s, url);
  // Attached only after the first cycle: a DevTools session attached before the first open made
  // the reader's dialog close again before it painted (seen in Chromium 156; not investigated further).
  const holder: { cdp?: CDPSession } = {};
  const sample = async (): Promise<HeapSample> => {
    holder.cdp ??= await page.createCDPSession();
    const cdp = holder.cdp;
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
    const split = await heapByType(cdp);
    return { jsHeap: heap.usedSize, jsObjects: split.objects, jsCode: split.code, embedderHeap: heap.embedderHeapUsedSize ?? null, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  try {
    let after1: HeapSample | null = null;
    const trend: MemoryResult['trend'] = [];
    const flakes: Flakes = { n: 0 };
    for (let i = 1; i <= toggles; i++) {
      await openTimed(s, page, tabId, flakes);
      await closeReader(s, page, tabId);
      if (i === 1) {
        after1 = await sample();
        trend.push({ toggles: 1, jsHeap: after1.jsHeap, jsObjects: after1.jsObjects });
      } else if (i === 10 || i === 25) {
        const t = await sample();
        trend.push({ toggles: i, jsHeap: t.jsHeap, jsObjects: t.jsObjects });
      }
    }
    const last = await sample();
    if (!trend.some((t) => t.toggles === toggles)) trend.push({ toggles, jsHeap: last.jsHeap, jsObjects: last.jsObjects });
    return { after1: after1!, after50: last, toggles, trend, flakes };
  } finally {
    await holder.cdp?.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * A heap snapshot of the page's isolate, summed by node type: `code` (V8's compiled code and its metadata)
 * and `objects` (every other JavaScript-heap node; Blink's own "native" nodes are left out: the DOM is
 * counted by Memory.getDOMCounters).
 */
async function heapByType(cdp: CDPSession): Promise<{ code: number; objects: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false } as never);
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iSize = fields.indexOf('self_size');
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!];
    const size = snap.nodes[i + iSize]!;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { code, objects };
}

// ---------------------------------------------------------------- page-load cost (Chromium)

export interface PageLoadResult {
  loads: number;
  /** Traced main-thread time of the content script per load (compile + top-level run + traced callbacks), ms. */
  traced: number[];
  /** Of which compiling, ms. */
  compile: number[];
  /** Content-script work inside idle callbacks (requestIdleCallback), not counted in `traced`, ms. */
  idle: number[];
  /** Sampled JS time with a content-script frame on the stack over the whole load, ms (second method). */
  sampled: number[];
  /** Sampled self time per load of each content-script function: minified name and 0-based position in content.js. */
  hot: Array<{ fn: string; line: number; column: number; ms: number }>;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * The content script's own cost while an article page loads and the reader is never opened. Two methods,
 * on alternate fresh loads of the seed page in new tabs:
 * - a DevTools trace: the content script's `EvaluateScript` (compiling and running its top level, which
 *   includes everything it does at start) plus any `FunctionCall`/`v8.callFunction` into its code, summed
 *   without double counting nested events; work inside idle callbacks is reported apart (allowed);
 * - a CPU profile sampled every 50 µs: time of samples with a frame of content.js on the stack, from
 *   navigation until 0.5 s after the page reported itself (covers later callbacks such as the settings read).
 */
export async function pageLoadCost(s: Session, c: BenchCase, loads: number): Promise<PageLoadResult> {
  const url = serve(s, c);
  const scriptUrl = `${s.tb.extensionOrigin}/content.js`;
  const traced: number[] = [];
  const compile: number[] = [];
  const idle: number[] = [];
  const sampled: number[] = [];
  const hot = new Map<string, { fn: string; line: number; column: number; ms: number }>();
  for (let i = 0; i < loads * 2; i++) {
    const page = await s.tb.browser.newPage();
    try {
      await page.goto('about:blank');
      await page.bringToFront();
      if (i % 2 === 0) {
        await page.tracing.start({ categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
        await page.goto(url, { waitUntil: 'load' });
        await s.tb.waitForActionState(page, (st) => st.badgeText !== '', { timeout: 15_000 }).catch(() => undefined);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const buf = await page.tracing.stop();
        const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
        const inside = (e: TraceEvent, o: TraceEvent): boolean =>
          o !== e && o.tid === e.tid && o.pid === e.pid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) >= (e.dur ?? 0);
        const idleCallbacks = events.filter((e) => e.ph === 'X' && e.name === 'FireIdleCallback');
        const ours = events.filter((e) => e.ph === 'X' && (e.args?.data?.url === scriptUrl || e.args?.fileName === scriptUrl));
        // Top-level ones only: v8.compile / v8.run nest inside EvaluateScript.
        const top = ours.filter((e) => !ours.some((o) => inside(e, o) && (o.dur ?? 0) > (e.dur ?? 0)));
        // Work the script defers to idle time (requestIdleCallback) is what the issue allows: counted apart.
        const inIdle = top.filter((e) => idleCallbacks.some((o) => inside(e, o)));
        traced.push(top.filter((e) => !inIdle.includes(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
        idle.push(inIdle.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
        compile.push(ours.filter((e) => e.name === 'v8.compile').reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
      } else {
        const cdp = await page.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await page.goto(url, { waitUntil: 'load' });
        await s.tb.waitForActionState(page, (st) => st.badgeText !== '', { timeout: 15_000 }).catch(() => undefined);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        await cdp.detach().catch(() => undefined);
        sampled.push(attribute(profile, scriptUrl, hot));
      }
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  const hotList = [...hot.values()].map((h) => ({ ...h, ms: h.ms / Math.max(1, sampled.length) })).sort((a, b) => b.ms - a.ms);
  return { loads, traced, compile, idle, sampled, hot: hotList };
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * ms of samples with a frame from `scriptUrl` on the stack. Adds each sample's time to `hot` under the
 * innermost content.js frame (native calls and the browser's API bindings count for their caller).
 */
function attribute(profile: CpuProfile, scriptUrl: string, hot: Map<string, { fn: string; line: number; column: number; ms: number }>): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = n?.callFrame.url === scriptUrl || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample: charge it to this sample's stack.
    const dt = (profile.timeDeltas ?? [])[i] ?? 0;
    if (!isOurs(id)) return;
    total += dt;
    let cur: number | undefined = id;
    while (cur !== undefined && byId.get(cur)?.callFrame.url !== scriptUrl) cur = parent.get(cur);
    const f = byId.get(cur ?? id)!.callFrame;
    const key = `${f.lineNumber}:${f.columnNumber}`;
    const h = hot.get(key) ?? { fn: f.functionName || '(top level)', line: f.lineNumber, column: f.columnNumber, ms: 0 };
    h.ms += dt / 1000;
    hot.set(key, h);
  });
  return total / 1000;
}

export { median, quartiles };
