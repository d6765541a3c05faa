/**
 * `npm run bench`: TMT Reader against Mozilla Readability alone, side by side, and the budgets of issue 6.
 * Bundled and started by scripts/bench.mjs (which builds dist/ when it is missing or older than src/).
 *
 *   node scripts/bench.mjs [--json] [--quick] [--node-only] [--browsers=chromium,firefox] [--runs=N]
 *
 * --json        one JSON object on stdout instead of the table
 * --quick       Node part only: the seed page and its ×10 version, one pair each (a smoke run)
 * --node-only   skip the browsers
 * --no-node     skip the Node runs (browsers only)
 * --browsers=…  which browsers to drive (default chromium,firefox; the in-page parts need chromium)
 * --runs=N      timed pairs per fixture (default 25; long pages use fewer)
 * --parts=…     only these parts: extraction,quotes,reader,pageload,memory,badinput (default all; bundle sizes always)
 *
 * badinput (not in --quick): the bad pages of tests/helpers/bad-pages.ts read once each in jsdom (worker thread) and in
 * Chromium (in the page), with a time limit per page; see scripts/bench/bad-input.ts. About 2–3 min of the run.
 *
 * Where things are: this file runs the parts in order and collects `Results` (results.ts, with the budgets);
 * cases.ts the pages (fixtures + long versions of the seed); node.ts the Node/jsdom timings, each run in a process of
 * its own (node-jobs.ts, node-child.ts); page.ts the bundle
 * evaluated inside pages; browser/ the browser parts (session, in-page, reader, memory, page-load); bad-input.ts;
 * stages.ts readArticle's steps; stats.ts medians and pair ratios; budgets.ts the budget rows; report.ts the table.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserName } from '../../tests/e2e/harness/browser';
import { fixtureCases, longCase, SEED, type BenchCase } from './cases';
import { storyParagraphs, type ExtractionResult, type QuotesResult } from './node';
import { runNodeJob } from './node-jobs';
import { NO_SITE_STEPS, STAGES, type Stage } from './stages';
import { runBadInput } from './bad-input';
import { countWords } from '../../src/core/text';
import { budgets } from './budgets';
import { render } from './report';
import type { Results } from './results';
import { growthExponent, median, quartiles } from './stats';

export interface BenchContext {
  root: string;
  /** The in-page IIFE (core + Readability), built on demand. */
  pageBundle: () => Promise<string>;
  /** The bundled node-child.ts: each Node measurement runs in a process of its own started from it. */
  nodeChild: string;
  /** Log progress (stderr). */
  log: (msg: string) => void;
}

const PARTS = ['extraction', 'quotes', 'reader', 'pageload', 'memory', 'badinput'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  node: boolean;
  parts: Set<Part>;
  json: boolean;
  quick: boolean;
  browsers: BrowserName[];
  runs: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { node: true, parts: new Set(PARTS), json: false, quick: false, browsers: ['chromium', 'firefox'], runs: 25 };
  for (const a of argv) {
    if (a === '--json') o.json = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--node-only') o.browsers = [];
    else if (a === '--no-node') o.node = false;
    else if (a.startsWith('--browsers=')) o.browsers = a.slice(11).split(',').filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');
    else if (a.startsWith('--parts=')) o.parts = new Set(a.slice(8).split(',').filter((p): p is Part => (PARTS as readonly string[]).includes(p)));
    else if (a.startsWith('--runs=')) o.runs = Math.max(3, Number.parseInt(a.slice(7), 10) || 9);
    else throw new Error(`unknown option ${a} (see scripts/bench/main.ts)`);
  }
  if (o.quick) {
    o.parts.delete('badinput');
    o.browsers = [];
    o.runs = Math.min(o.runs, 3);
  }
  return o;
}

function gitDescribe(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted src changes` : head;
  } catch {
    return 'unknown';
  }
}

function bundleSizes(root: string): Results['bundles'] {
  const dir = path.join(root, 'dist/chrome');
  if (!fs.existsSync(dir)) return [];
  // Every entry the build makes (content, background, popup, options, and any bundle loaded on demand).
  const order = ['content.js', 'start.js', 'app.js', 'quotes.js', 'keep.js', 'background.js', 'popup.js', 'options.js'];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b))
    .map((f) => {
      const data = fs.readFileSync(path.join(dir, f));
      return { file: f, bytes: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
    });
}

/** Whether the build has the in-page reader: a content script that answers reader toggles, and the reader app. */
function readerBuilt(root: string): boolean {
  // The content script's code: content.js, or the stub's start.js where the build splits it (loaded at idle).
  const code = ['content.js', 'start.js'].map((f) => path.join(root, 'dist/chrome', f)).filter((f) => fs.existsSync(f));
  return code.some((f) => fs.readFileSync(f, 'utf8').includes('tmt:reader')) && fs.existsSync(path.join(root, 'dist/chrome/app.js'));
}

export async function run(argv: string[], ctx: BenchContext): Promise<number> {
  const opts = parseOptions(argv);
  const started = Date.now();
  const { log, root } = ctx;
  const res: Results = {
    meta: {
      date: new Date().toISOString(),
      commit: gitDescribe(root),
      node: process.version,
      cpus: os.cpus().length,
      loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
      quick: opts.quick,
      browsers: opts.browsers,
    },
    extraction: [],
    stages: {},
    stagesSkipped: [],
    growth: [],
    quotes: [],
    quotesGrowth: [],
    reader: {},
    pageLoad: null,
    bundles: [],
    memory: null,
    badInput: null,
    budgets: [],
    missing: [],
  };

  // ---------------- cases
  const allFixtures = fixtureCases();
  const seed = allFixtures.find((c) => c.name === SEED) ?? allFixtures[0];
  if (!seed) throw new Error('bench: no article fixtures under tests/fixtures/tmt');
  const fixtures = opts.quick ? [seed] : allFixtures;
  const scales = opts.quick ? [10] : [10, 100];
  const long = scales.map((k) => longCase(seed, k));
  // The step breakdown: the seed, and the fixture with the worst ratio in that environment (the one a budget fails on)
  // among those the site profile reads; a page read by the generic reader has none of these steps, so the next worst is
  // shown and the table says which was passed over.
  const stageCases = (rows: Array<{ case: string; scale: number; ratio: number }>): BenchCase[] => {
    const byRatio = rows.filter((r) => r.scale === 1 && r.case !== seed.name).sort((a, b) => b.ratio - a.ratio);
    return [seed, ...byRatio.flatMap((r) => fixtures.filter((c) => c.name === r.case))];
  };
  const stagesOf = async (env: string, cases: BenchCase[], run: (c: BenchCase) => Promise<Record<Stage, number>>): Promise<Record<string, Record<Stage, number>>> => {
    const out: Record<string, Record<Stage, number>> = {};
    for (const c of cases) {
      if (Object.keys(out).length === 2) break;
      log(`${env}: stages ${c.name}`);
      try {
        out[c.name] = await run(c);
      } catch (e) {
        if (!String((e as Error)?.message ?? e).includes(NO_SITE_STEPS)) throw e;
        log(`${env}: stages of ${c.name} skipped (${NO_SITE_STEPS})`);
        res.stagesSkipped.push({ env, case: c.name });
      }
    }
    return out;
  };
  // [warm-up pairs, timed pairs]: TMT Reader runs more code than Readability alone and needs more runs to reach steady
  // state (measured: docs/performance.md). The long pages, whose runs are long, get fewer.
  const runsFor = (c: BenchCase): [number, number] => (opts.quick ? [0, 1] : c.scale >= 100 ? [1, 3] : c.scale >= 10 ? [3, 5] : [30, opts.runs]);

  // ---------------- Node: extraction and quotes
  const want = (p: Part): boolean => opts.parts.has(p);
  const nodeRows: ExtractionResult[] = [];
  for (const c of want('extraction') && opts.node ? [...fixtures, ...long] : []) {
    log(`node: extraction ${c.name}`);
    const [w, n] = runsFor(c);
    nodeRows.push(await runNodeJob(ctx.nodeChild, { kind: 'extraction', c, warmup: w, runs: n }));
  }
  for (const r of nodeRows) {
    res.extraction.push({ env: 'node', case: r.case, scale: r.scale, kb: r.bytes / 1024, words: r.words, paragraphs: r.paragraphs, baselineOk: r.baselineOk, stats: r.stats, wall: r.wall });
  }

  if (want('extraction') && opts.node) {
    const rows = nodeRows.map((r) => ({ case: r.case, scale: r.scale, ratio: r.stats.ratio }));
    res.stages.node = await stagesOf('node', stageCases(rows), async (c) => stageMedians(await runNodeJob(ctx.nodeChild, { kind: 'stages', c, warmup: opts.quick ? 0 : 10, runs: opts.quick ? 1 : opts.runs })));
  }

  const story = storyParagraphs(seed);
  const storyWords = countWords(story.paragraphs);
  const qScales = [1, ...scales];
  const nodeQ: QuotesResult[] = [];
  for (const k of want('quotes') && opts.node ? qScales : []) {
    log(`node: quotes ×${k}`);
    const paras = Array.from({ length: k }, () => story.paragraphs).flat();
    const [warmup, runs] = opts.quick ? [1, 3] : k >= 100 ? [1, 5] : [3, 21];
    nodeQ.push(await runNodeJob(ctx.nodeChild, { kind: 'quotes', name: seed.name, scale: k, paragraphs: paras, lang: story.lang, warmup, runs }));
  }
  for (const q of nodeQ) res.quotes.push({ env: 'node', scale: q.scale, words: q.words, quotes: q.quotes, ms: q.ms, msPer10k: q.msPer10k });

  // ---------------- Browsers
  const bundles = bundleSizes(root);
  res.bundles = bundles;
  const hasReader = readerBuilt(root);
  const browsers = opts.browsers.filter((b) => want('reader') || (b === 'chromium' && (want('extraction') || want('quotes') || want('pageload') || want('memory'))));
  if (browsers.length > 0 && !fs.existsSync(path.join(root, 'dist/chrome/manifest.json'))) {
    throw new Error('bench: dist/chrome is missing (scripts/bench.mjs builds it; run `npm run build`)');
  }
  const { openSession, pageExtraction, pageStages, pageQuotes, timeToReader, memory, pageLoadCost } = browsers.length ? await import('./browser') : ({} as typeof import('./browser'));

  for (const name of browsers) {
    const extDir = path.join(root, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
    const inPage = name === 'chromium' && (want('extraction') || want('quotes'));
    // The in-page parts (our bundle evaluated in the page, gc() between runs) get a browser of their own; the parts
    // that time the extension as a user meets it (page load, reader, memory) get a freshly started one.
    if (inPage) {
      log(`${name}: launching (in-page parts)`);
      const s = await openSession(name, extDir, { exposeGc: true });
      try {
        const bundle = await ctx.pageBundle();
        for (const c of want('extraction') ? [...fixtures, ...long] : []) {
          log(`chromium: extraction ${c.name}`);
          const [w, n] = runsFor(c);
          const nodeRow = nodeRows.find((r) => r.case === c.name);
          const r = await pageExtraction(s, c, bundle, w + 1, c.scale >= 100 ? n + 2 : n);
          const words = nodeRow?.words ?? r.words;
          res.extraction.push({ env: 'chromium', case: c.name, scale: c.scale, kb: c.bytes / 1024, words, paragraphs: r.paragraphs, baselineOk: r.baselineOk, stats: r.stats, wall: r.wall, cold: r.cold });
        }
        if (want('extraction')) {
          const rows = res.extraction.filter((r) => r.env === 'chromium').map((r) => ({ case: r.case, scale: r.scale, ratio: r.stats.ratio }));
          res.stages.chromium = await stagesOf('chromium', stageCases(rows), async (c) => stageMedians(await pageStages(s, c, bundle, 10, opts.runs)));
        }
        for (const k of want('quotes') ? qScales : []) {
          log(`chromium: quotes ×${k}`);
          const q = await pageQuotes(s, seed, bundle, k, 3, k >= 100 ? 7 : 21);
          const words = storyWords * k;
          res.quotes.push({ env: 'chromium', scale: k, words, quotes: q.quotes, ms: q.ms, msPer10k: (q.ms / words) * 10_000 });
        }
      } finally {
        await s.close();
      }
    }
    if (!(want('reader') || (name === 'chromium' && (want('pageload') || want('memory'))))) continue;
    log(`${name}: launching`);
    const s = await openSession(name, extDir);
    try {
      if (name === 'chromium' && want('pageload')) {
        log('chromium: page-load cost');
        const pl = await pageLoadCost(s, seed, 10);
        res.pageLoad = {
          method:
            'Chromium, seed page loaded 10 times in fresh tabs, reader never opened, each load traced: main-thread time of the content script (EvaluateScript = compile + top-level run, plus any traced call into its code). Deferred to idle: its idle callbacks, start.js where the build splits it off (the background injects it when the idle callback asks), and the reader app app.js where start.js has it injected from an idle callback of its own.',
          tracedMedian: median(pl.traced),
          tracedIqr: quartiles(pl.traced),
          compileMedian: median(pl.compile),
          idleMedian: median(pl.idle),
          firstLoadTraced: pl.traced[0],
          traced: pl.traced,
        };
      }
      if (hasReader && want('reader')) {
        log(`${name}: time to reader`);
        try {
          const t = await timeToReader(s, seed, 20);
          res.reader[name] = { firstMedian: median(t.first), firstIqr: quartiles(t.first), againMedian: median(t.again), againIqr: quartiles(t.again), onTop: t.onTop, flakes: t.flakes, first: t.first, again: t.again };
        } catch (e) {
          res.reader[name] = { error: (e as Error).message };
        }
      }
      if (hasReader && name === 'chromium' && want('memory')) {
        log('chromium: memory, 50 toggles');
        try {
          const m = await memory(s, seed, 50);
          // The budget is about leaks: judged on what stays allocated (objects), with DOM nodes, listeners and
          // documents not growing. V8's compiled code grows as the JIT warms up; it is shown, not judged.
          const domSteady = m.after50.nodes <= m.after1.nodes && m.after50.listeners <= m.after1.listeners && m.after50.documents <= m.after1.documents;
          res.memory = { ...m, ratio: m.after50.jsObjects / m.after1.jsObjects, rawRatio: m.after50.jsHeap / m.after1.jsHeap, domSteady };
        } catch (e) {
          res.memory = { error: (e as Error).message };
        }
      }
    } finally {
      await s.close();
    }
  }
  // ---------------- Bad input: its own worker and its own browser (a page that hangs costs that browser only)
  if (want('badinput')) {
    const chromium = opts.browsers.includes('chromium');
    if (chromium && !fs.existsSync(path.join(root, 'dist/chrome/manifest.json'))) throw new Error('bench: dist/chrome is missing (run `npm run build`)');
    const { openSession } = chromium ? await import('./browser') : ({} as typeof import('./browser'));
    res.badInput = await runBadInput({
      root,
      node: opts.node,
      chromium: chromium ? () => openSession('chromium', path.join(root, 'dist/chrome')) : null,
      pageBundle: ctx.pageBundle,
      log,
    });
  }

  if (!hasReader) res.missing.push('time to reader and memory: n/a (reader not built: dist/chrome/app.js or the tmt:reader handler of dist/chrome/content.js or start.js is absent)');

  // ---------------- growth
  for (const env of ['node', 'chromium'] as const) {
    const rows = res.extraction.filter((r) => r.env === env && r.case.startsWith(seed.name));
    const r10 = rows.find((r) => r.scale === 10);
    const r100 = rows.find((r) => r.scale === 100);
    if (r10 && r100) {
      res.growth.push({ env, side: 'TMT Reader', exponent: growthExponent(r10.stats.a, 10, r100.stats.a, 100) });
      res.growth.push({ env, side: 'Readability', exponent: growthExponent(r10.stats.b, 10, r100.stats.b, 100) });
    }
    const q = res.quotes.filter((x) => x.env === env);
    const q10 = q.find((x) => x.scale === 10);
    const q100 = q.find((x) => x.scale === 100);
    if (q10 && q100) res.quotesGrowth.push({ env, exponent: growthExponent(q10.ms, q10.words, q100.ms, q100.words) });
    else {
      const q1 = q.find((x) => x.scale === 1);
      if (q1 && q10) res.quotesGrowth.push({ env, exponent: growthExponent(q1.ms, q1.words, q10.ms, q10.words) });
    }
  }

  res.budgets = budgets(res);
  res.missing.push(...res.budgets.filter((b) => b.pass === null).map((b) => `${b.what}: not measured${b.note ? ` (${b.note})` : ''}`));
  res.meta.seconds = Math.round((Date.now() - started) / 1000);
  res.meta.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));

  if (opts.json) process.stdout.write(`${JSON.stringify(res, null, 2)}\n`);
  else process.stdout.write(`${render(res, seed)}\n`);
  return 0;
}

function stageMedians(runs: Array<Record<Stage, number>>): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r[s]))])) as Record<Stage, number>;
}

