/** The budget rows: each measured figure against its limit (null when this run did not measure it). */
import { BUDGET, type Budget, type Results } from './results';
import { kb, ms, times } from './stats';

export function budgets(res: Results): Budget[] {
  const out: Budget[] = [];
  const num = (x: unknown): number => (typeof x === 'number' ? x : NaN);

  for (const env of ['node', 'chromium'] as const) {
    const rows = res.extraction.filter((r) => r.env === env && r.scale === 1);
    if (rows.length === 0) {
      out.push({ what: `Pipeline ÷ Readability, TMT fixtures (${env})`, value: 'n/a', limit: `≤ ${BUDGET.pipelineRatio.toFixed(2)}×`, pass: null, note: env === 'chromium' ? 'browsers not run' : undefined });
      continue;
    }
    const worst = rows.reduce((a, b) => (b.stats.ratio > a.stats.ratio ? b : a));
    out.push({
      what: `Pipeline ÷ Readability, worst TMT fixture (${env})`,
      value: `${times(worst.stats.ratio)} (${worst.case})`,
      limit: `≤ ${BUDGET.pipelineRatio.toFixed(2)}×`,
      pass: worst.stats.ratio <= BUDGET.pipelineRatio,
    });
  }

  const qEnv = res.quotes.some((q) => q.env === 'chromium') ? 'chromium' : 'node';
  const q1 = res.quotes.find((q) => q.env === qEnv && q.scale === 1);
  out.push({ what: `Quotes, seed article (${qEnv})`, value: ms(q1?.ms), limit: `≤ ${BUDGET.quotesSeedMs} ms`, pass: q1 ? q1.ms <= BUDGET.quotesSeedMs : null });
  const g = res.quotesGrowth.find((x) => x.env === qEnv);
  out.push({
    what: `Quotes grow linearly (${qEnv}, size exponent)`,
    value: g ? g.exponent.toFixed(2) : 'n/a',
    limit: `≤ ${BUDGET.quotesExponent}`,
    pass: g ? g.exponent <= BUDGET.quotesExponent : null,
  });

  const rc = res.reader.chromium as Record<string, unknown> | undefined;
  out.push({
    what: 'Reader painted after toggle, first open (Chromium, median of 20)',
    value: rc ? (rc.error ? 'error' : ms(num(rc.firstMedian))) : 'n/a',
    limit: `≤ ${BUDGET.readerMs} ms`,
    pass: rc && !rc.error ? num(rc.firstMedian) <= BUDGET.readerMs : null,
    note: rc?.error ? String(rc.error) : rc ? undefined : 'reader not built or Chromium not run',
  });

  const pl = res.pageLoad;
  out.push({
    what: 'Content script cost at page load, reader unused (Chromium, traced)',
    value: pl ? ms(num(pl.tracedMedian)) : 'n/a',
    limit: `≤ ${BUDGET.pageLoadMs} ms`,
    pass: pl ? num(pl.tracedMedian) <= BUDGET.pageLoadMs : null,
  });

  const b = (f: string) => res.bundles.find((x) => x.file === f);
  // The content script is content.js, plus start.js where the build splits off what the stub loads at idle.
  const parts = [b('content.js'), b('start.js')].filter((x) => x !== undefined);
  const content = parts.length && parts[0]!.file === 'content.js' ? { gzip: parts.reduce((n, x) => n + x.gzip, 0) } : undefined;
  const popup = b('popup.js');
  out.push({ what: parts.length > 1 ? 'content.js + start.js gzipped' : 'content.js gzipped', value: content ? kb(content.gzip) : 'n/a', limit: `≤ ${kb(BUDGET.contentGzip)}`, pass: content ? content.gzip <= BUDGET.contentGzip : null });
  out.push({ what: 'popup.js gzipped', value: popup ? kb(popup.gzip) : 'n/a', limit: `≤ ${kb(BUDGET.popupGzip)}`, pass: popup ? popup.gzip <= BUDGET.popupGzip : null });

  const bad = res.badInput;
  const badEnvs = (['node', 'chromium'] as const).filter((e) => bad?.rows.some((r) => r[e]));
  const failed = bad ? bad.rows.flatMap((r) => badEnvs.filter((e) => !r[e]?.clear).map((e) => `${r.page} (${e}: ${r[e]?.message ?? 'not read'})`)) : [];
  out.push({
    what: 'Bad input: every page gives a result or a clear message',
    value: bad && badEnvs.length ? badEnvs.map((e) => `${e} ${bad.rows.filter((r) => r[e]?.clear).length}/${bad.rows.length}`).join(', ') : 'n/a',
    limit: 'all pages, no hang',
    pass: bad && badEnvs.length ? failed.length === 0 : null,
    note: failed.length ? `failed: ${failed.join('; ')}` : bad ? undefined : 'part not run',
  });

  const m = res.memory as { ratio?: number; rawRatio?: number; domSteady?: boolean; error?: string } | null;
  out.push({
    what: 'JS heap without compiled code, 50 toggles ÷ 1; DOM steady (Chromium)',
    value: m?.ratio !== undefined ? `${times(m.ratio)}; DOM ${m.domSteady ? 'steady' : 'grew'}` : m?.error ? 'error' : 'n/a',
    limit: `≤ ${BUDGET.heapGrowth.toFixed(2)}×`,
    pass: m?.ratio !== undefined ? m.ratio <= BUDGET.heapGrowth && m.domSteady === true : null,
    note: m?.error ?? (m?.rawRatio !== undefined ? `whole JS heap with V8's compiled code: ${times(m.rawRatio)}` : undefined),
  });
  return out;
}
