/** What a bench run produces (printed as a table, or as JSON with --json), and the budgets it is judged by. */
import type { BadInputResult } from './bad-input';
import type { Stage } from './stages';
import type { PairStats } from './stats';

export interface ExtractionRow {
  env: 'node' | 'chromium';
  case: string;
  scale: number;
  kb: number;
  words: number;
  paragraphs: number;
  baselineOk: boolean;
  /** CPU time: node = the process's; chromium = the renderer main thread's. */
  stats: PairStats;
  /** Wall time. */
  wall?: PairStats;
  /** Chromium only: the first readArticle() call on the page, before any warm-up, ms. */
  cold?: number;
}

export interface QuotesRow {
  env: 'node' | 'chromium';
  scale: number;
  words: number;
  quotes: number;
  ms: number;
  msPer10k: number;
}

export interface Budget {
  what: string;
  value: string;
  limit: string;
  /** null: not measured in this run. */
  pass: boolean | null;
  note?: string;
}

export interface Results {
  meta: Record<string, unknown>;
  extraction: ExtractionRow[];
  /** Median ms per step of readArticle(), per environment and page (the seed and the worst fixture of that environment). */
  stages: Record<string, Record<string, Record<Stage, number>>>;
  /** Worse pages the step table passed over: read by the generic reader, which has none of its steps. */
  stagesSkipped: Array<{ env: string; case: string }>;
  growth: Array<{ env: string; side: 'TMT Reader' | 'Readability'; exponent: number }>;
  quotes: QuotesRow[];
  quotesGrowth: Array<{ env: string; exponent: number }>;
  reader: Record<string, unknown>;
  pageLoad: Record<string, unknown> | null;
  bundles: Array<{ file: string; bytes: number; gzip: number }>;
  memory: Record<string, unknown> | null;
  /** Bad input: what each page gives and the time it takes (node and chromium), null when not run. */
  badInput: BadInputResult | null;
  budgets: Budget[];
  missing: string[];
}

/** The budgets of issue 6. */
export const BUDGET = {
  pipelineRatio: 1.0,
  quotesSeedMs: 5,
  quotesExponent: 1.2,
  readerMs: 100,
  pageLoadMs: 2,
  contentGzip: 40 * 1024,
  popupGzip: 30 * 1024,
  heapGrowth: 1.1,
};
