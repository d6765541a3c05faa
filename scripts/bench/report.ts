/** The human-readable report of a bench run: what each part measured, how, and the budget table. */
import { BAD_LIMIT_MS, type BadRead } from './bad-input';
import type { BenchCase } from './cases';
import type { Results } from './results';
import { STAGES } from './stages';
import { kb, median, ms, table, times } from './stats';

function iqr(x: [number, number]): string {
  return `${x[0].toFixed(1)}–${x[1].toFixed(1)}`;
}

export function render(res: Results, seed: BenchCase): string {
  const out: string[] = [];
  const m = res.meta;
  out.push(`TMT Reader benchmark — ${m.date}, commit ${m.commit}, Node ${m.node}, ${m.cpus} CPUs, load average ${(m.loadAverageAtStart as number[]).join(' ')} → ${(m.loadAverageAtEnd as number[]).join(' ')}, ${m.seconds} s${m.quick ? ' (quick)' : ''}`);
  out.push('');
  out.push('1. Extraction: TMT Reader = readArticle(doc, url) (detect, copy + clean the current article, Readability, DOMPurify, paragraphs, quotes);');
  out.push('   Readability = new Readability(doc).parse(). Each run gets its own untouched copy of the page: node = jsdom (the CLI\'s DOM),');
  out.push('   a deep copy of the parsed page put into a document with a window, each page in a Node process of its own (jsdom\'s heap');
  out.push('   goes with it); chromium = document.cloneNode(true) of the loaded page,');
  out.push('   inside the page. Parsing and copying are not timed. Pairs interleaved (A B, B A, …) after warm-up (30 pairs per fixture,');
  out.push('   3 on ×10, 1 on ×100); a GC before each run (node: a minor one, chromium: a full one). ms = medians of CPU time, so that');
  out.push('   other processes on the machine do not count: node = process.cpuUsage(); chromium = the renderer main thread (DevTools');
  out.push('   Performance.getMetrics ThreadTime around each call, minus an empty call). ratio = median of the per-pair ratios');
  out.push('   TMT ÷ Readability, with its IQR; wall ratio = the same on wall time (performance.now()).');
  out.push(
    table(
      ['env', 'page', 'KB', 'words', 'pairs', 'TMT Reader', 'Readability', 'ratio', 'ratio IQR', 'wall ratio'],
      res.extraction.map((r) => [r.env, r.case, r.kb.toFixed(0), String(r.words), String(r.stats.runs), ms(r.stats.a), ms(r.stats.b) + (r.baselineOk ? '' : ' (no article)'), times(r.stats.ratio), iqr(r.stats.ratioIqr), r.wall ? times(r.wall.ratio) : '']),
    ),
  );
  const cold = res.extraction.filter((r) => r.env === 'chromium' && r.cold !== undefined && r.scale === 1);
  if (cold.length) out.push(`   chromium, first readArticle() call on a freshly loaded page (cold code), median over fixtures: ${ms(median(cold.map((r) => r.cold!)))}`);
  const cols = Object.entries(res.stages).flatMap(([env, byCase]) => Object.keys(byCase).map((c) => ({ env, c, st: byCase[c]! })));
  if (cols.length) {
    out.push(`   Where TMT Reader's time goes on ${seed.name} and on each environment's worst fixture (median per step, same calls as readArticle;`);
    out.push('   node = CPU time, chromium = wall time):');
    for (const k of res.stagesSkipped) out.push(`   (${k.env}: ${k.case} passed over, read by the generic reader, which has none of these steps)`);
    const base = (env: string, c: string) => res.extraction.find((r) => r.env === env && r.case === c)?.stats.b;
    out.push(
      table(
        ['step', ...cols.map((k) => `${k.env} ${k.c}`)],
        [
          ...STAGES.map((st) => [st, ...cols.map((k) => ms(k.st[st]))]),
          ['sum of steps', ...cols.map((k) => ms(STAGES.reduce((sum, st) => sum + k.st[st], 0)))],
          ['Readability alone on the whole page', ...cols.map((k) => ms(base(k.env, k.c)))],
        ],
      ).replace(/^/gm, '   '),
    );
  }
  if (res.growth.length) {
    out.push(`   Growth ×10→×100 (exponent k in t ∝ size^k; 1 = linear): ${res.growth.map((g) => `${g.env} ${g.side} ${g.exponent.toFixed(2)}`).join(', ')}`);
  }
  out.push('');
  out.push(`2. Quotes alone: findQuotes(paragraphs, lang) on ${seed.name}'s extracted paragraphs (repeated ×N), median CPU time (node: process; chromium: renderer main thread).`);
  out.push(
    table(
      ['env', 'size', 'words', 'quotes', 'ms/article', 'ms per 10,000 words'],
      res.quotes.map((q) => [q.env, `×${q.scale}`, String(q.words), String(q.quotes), ms(q.ms), ms(q.msPer10k)]),
    ),
  );
  if (res.quotesGrowth.length) out.push(`   Growth exponent k in t ∝ words^k between the two largest sizes (1 = linear, 2 = quadratic): ${res.quotesGrowth.map((g) => `${g.env} ${g.exponent.toFixed(2)}`).join(', ')}`);
  out.push('');
  out.push('3. Time to reader: the background sends {type:"tmt:reader", action:"open"} to the tab (the path a toggle from the popup, shortcut');
  out.push('   or menu takes when the reader is closed), Date.now() there → the page sees the reader host appended to <html>, its next');
  out.push('   animation frame, and the first task after that frame is painted: Date.now() in the page; seed page. The key quotes are added');
  out.push('   just after that first paint (not counted).');
  out.push('   first = first open on a freshly loaded page (extraction included); again = reopening (article cached). 20 loads each.');
  const flaky = Object.entries(res.reader)
    .map(([b, r]) => [b, (r as { flakes?: { n: number; last?: string } }).flakes] as const)
    .concat([['memory run', (res.memory as { flakes?: { n: number; last?: string } } | null)?.flakes]]);
  for (const [b, f] of flaky) {
    if (f?.n) out.push(`   ${b}: ${f.n} open(s) retried because the reader vanished right after opening (${f.last ?? ''})`);
  }
  const readerRows = Object.entries(res.reader).map(([b, r]) => {
    const x = r as Record<string, unknown>;
    if (x.error) return [b, `error: ${String(x.error).slice(0, 90)}`, '', '', '', ''];
    return [b, ms(x.firstMedian as number), iqr(x.firstIqr as [number, number]), ms(x.againMedian as number), iqr(x.againIqr as [number, number]), x.onTop ? 'yes' : 'NO'];
  });
  out.push(readerRows.length ? table(['browser', 'first open', 'IQR', 'reopen', 'IQR', 'on top'], readerRows) : '   n/a (reader not built or browsers not run)');
  out.push('');
  out.push('4. Page-load cost of the content script (reader never opened), Chromium:');
  const pl = res.pageLoad;
  if (pl) {
    out.push(`   ${String(pl.method)}`);
    out.push(
      table(
        ['median', 'IQR', 'first load', 'of which compile', 'deferred to idle (not counted)'],
        [[ms(pl.tracedMedian as number), iqr(pl.tracedIqr as [number, number]), ms(pl.firstLoadTraced as number), ms(pl.compileMedian as number), ms(pl.idleMedian as number)]],
      ),
    );
  } else out.push('   n/a (Chromium not run)');
  out.push('');
  out.push('5. Bundles (dist/chrome, minified by the build; gzip -9 with zlib). content.js runs with every Moscow Times page (and');
  out.push('   start.js, where the build splits it off, once the page is idle);');
  out.push('   app.js is injected by the background on an article page once start.js finds it idle, where start.js asks for it,');
  out.push('   or else the first time the reader or the popup needs it; quotes.js (the quote finder)');
  out.push('   right after the reader has painted the story, or when the popup asks for the article; keep.js (citations and saved');
  out.push('   copies) when the user first cites or saves, from the popup (a <script>) or the reader (injected).');
  out.push(table(['file', 'minified', 'gzipped'], res.bundles.map((b) => [b.file, kb(b.bytes), kb(b.gzip)])));
  out.push('');
  out.push('6. Memory (Chromium, seed page): after 1 and after 50 open+close cycles, 3× HeapProfiler.collectGarbage, Runtime.getHeapUsage');
  out.push('   (the page and the content script share the V8 isolate), a heap snapshot summed by node type (compiled code vs');
  out.push('   objects) and Memory.getDOMCounters. The budget is judged on objects, with DOM nodes, listeners and documents steady.');
  const mem = res.memory as (Record<string, unknown> & { after1?: Record<string, number | null>; after50?: Record<string, number | null> }) | null;
  if (mem?.after1 && mem.after50) {
    const row = (k: string, label: string, f: (x: number) => string) => [label, f(mem.after1![k] as number), f(mem.after50![k] as number)];
    out.push(
      table(
        ['', 'after 1', 'after 50'],
        [
          row('jsHeap', 'JS heap used', kb),
          row('jsObjects', '  of which objects (heap snapshot)', kb),
          row('jsCode', '  of which compiled code (JIT, bytecode)', kb),
          ...(mem.after1.embedderHeap !== null ? [row('embedderHeap', 'DOM (Oilpan) heap used', kb)] : []),
          row('nodes', 'DOM nodes', String),
          row('listeners', 'JS event listeners', String),
          row('documents', 'documents', String),
        ],
      ),
    );
    const trend = mem.trend as Array<{ toggles: number; jsHeap: number; jsObjects: number }> | undefined;
    if (trend?.length) out.push(`   JS heap by cycles (a leak keeps climbing; JIT warm-up levels off): ${trend.map((t) => `${t.toggles}: ${kb(t.jsHeap)}`).join(', ')}`);
    if (trend?.length) out.push(`   objects by cycles: ${trend.map((t) => `${t.toggles}: ${kb(t.jsObjects)}`).join(', ')}`);
    const t10 = trend?.find((t) => t.toggles === 10);
    const t50 = trend?.[trend.length - 1];
    if (t10 && t50 && t50.toggles > 10) out.push(`   after ${t50.toggles} ÷ after 10 (past warm-up): ${times(t50.jsHeap / t10.jsHeap)}`);
  } else out.push(`   ${mem?.error ? `error: ${String(mem.error)}` : 'n/a (reader not built or Chromium not run)'}`);
  out.push('');
  out.push(`7. Bad input (tests/helpers/bad-pages.ts; the unit test asserts the outcomes): each page read once. node = jsdom in a worker`);
  out.push('   thread (3 GB cap), parse and readArticle() wall ms; chromium = the page served under a Moscow Times address, opened in a tab');
  out.push('   (extension installed) up to DOMContentLoaded, readArticle() on a copy of the parsed document inside the page: wall ms, and the renderer');
  out.push(`   main thread's CPU ms; parse = responseEnd → domInteractive. Limit ${(res.badInput?.limitMs ?? BAD_LIMIT_MS) / 1000} s per page and environment ("timed out" past it).`);
  const bi = res.badInput;
  if (bi) {
    const short = (r: BadRead | undefined): string =>
      !r ? '' : r.status === 'result' ? (r.isArticle ? `article, ${r.paragraphs} ¶` : 'not an article') : r.status === 'error' ? 'error (message)' : r.status === 'timeout' ? 'TIMED OUT' : 'CRASH';
    const t = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '' : ms(x));
    out.push(
      table(
        ['page', 'MB', 'node parse', 'node read', 'node gives', 'chromium parse', 'chromium read', 'chromium CPU', 'chromium gives'],
        bi.rows.map((r) => [r.page, (r.bytes / 1e6).toFixed(2), t(r.node?.parseMs), t(r.node?.readMs), short(r.node), t(r.chromium?.parseMs), t(r.chromium?.readMs), t(r.chromium?.cpuMs), short(r.chromium)]),
      ),
    );
    out.push('   Messages (what the reader says when it shows no article, or the error it throws):');
    const seen = new Map<string, string[]>();
    for (const r of bi.rows) {
      for (const e of ['node', 'chromium'] as const) {
        const x = r[e];
        if (!x || (x.status === 'result' && x.isArticle)) continue;
        const msg = x.message.replace(/^not an article: /, '');
        seen.set(msg, [...(seen.get(msg) ?? []), `${r.page} (${e})`]);
      }
    }
    for (const [msg, where] of seen) out.push(`   - "${msg}": ${where.join(', ')}`);
    out.push(`   Part wall time: ${Object.entries(bi.seconds).map(([e, sec]) => `${e} ${sec} s`).join(', ')}`);
  } else out.push('   n/a (part not run)');
  out.push('');
  out.push('8. Budgets');
  out.push(table(['budget', 'measured', 'limit', 'result'], res.budgets.map((b) => [b.what, b.value, b.limit, b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL'])));
  for (const b of res.budgets) if (b.pass === false && b.note) out.push(`   ${b.what}: ${b.note}`);
  if (res.missing.length) {
    out.push('');
    out.push(`Not measured: ${res.missing.join('; ')}`);
  }
  return out.join('\n');
}
