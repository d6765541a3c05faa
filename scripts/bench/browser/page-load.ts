/**
 * Page-load cost (Chromium): the content script's own main-thread time while an article page loads and the
 * reader is never opened, from a DevTools trace of each fresh load.
 */
import type { BenchCase } from '../cases';
import { serve, type Session } from './session';

export interface PageLoadResult {
  loads: number;
  /** Traced main-thread time of the content script per load (compile + top-level run + traced callbacks), ms. */
  traced: number[];
  /** Of which compiling, ms. */
  compile: number[];
  /** Content-script work inside idle callbacks (requestIdleCallback), not counted in `traced`, ms. */
  idle: number[];
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
 * `loads` fresh loads of the page in new tabs, each traced: the content script's `EvaluateScript` (compiling and
 * running its top level, which includes everything it does at start) plus any `FunctionCall`/`v8.callFunction`
 * into its code, summed without double counting nested events; work inside idle callbacks is reported apart
 * (the budget allows it).
 */
export async function pageLoadCost(s: Session, c: BenchCase, loads: number): Promise<PageLoadResult> {
  const url = serve(s, c);
  const scriptUrl = `${s.tb.extensionOrigin}/content.js`;
  // Where the build splits the content script, its stub asks the background for start.js in an idle callback; the
  // background injects it in a task of its own after that: deferred work, counted with the idle callbacks. So is
  // the reader app (app.js) where start.js asks for it in an idle callback of its own, to have it ready on articles.
  const deferredUrls = ['start.js', 'app.js'].map((f) => `${s.tb.extensionOrigin}/${f}`);
  const traced: number[] = [];
  const compile: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await s.tb.browser.newPage();
    try {
      await page.goto('about:blank');
      await page.bringToFront();
      await page.tracing.start({ categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
      await page.goto(url, { waitUntil: 'load' });
      await s.tb.waitForActionState(page, (st) => st.badgeText !== '', { timeout: 15_000 }).catch(() => undefined);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      const buf = await page.tracing.stop();
      const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const inside = (e: TraceEvent, o: TraceEvent): boolean =>
        o !== e && o.tid === e.tid && o.pid === e.pid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) >= (e.dur ?? 0);
      const idleCallbacks = events.filter((e) => e.ph === 'X' && e.name === 'FireIdleCallback');
      const of = (e: TraceEvent, url: string): boolean => e.args?.data?.url === url || e.args?.fileName === url;
      const ours = events.filter((e) => e.ph === 'X' && (of(e, scriptUrl) || deferredUrls.some((u) => of(e, u))));
      // Top-level ones only: v8.compile / v8.run nest inside EvaluateScript.
      const top = ours.filter((e) => !ours.some((o) => inside(e, o) && (o.dur ?? 0) > (e.dur ?? 0)));
      const inIdle = top.filter((e) => deferredUrls.some((u) => of(e, u)) || idleCallbacks.some((o) => inside(e, o)));
      traced.push(top.filter((e) => !inIdle.includes(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
      idle.push(inIdle.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
      compile.push(ours.filter((e) => e.name === 'v8.compile' && !inIdle.some((o) => o === e || inside(e, o))).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { loads, traced, compile, idle };
}
