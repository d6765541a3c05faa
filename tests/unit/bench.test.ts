import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

interface QuickResult {
  extraction: Array<{ env: string; case: string; scale: number; words: number; paragraphs: number; stats: { a: number; b: number; ratio: number; runs: number } }>;
  quotes: Array<{ env: string; scale: number; words: number; quotes: number; ms: number; msPer10k: number }>;
  bundles: Array<{ file: string; bytes: number; gzip: number }>;
  budgets: Array<{ what: string; pass: boolean | null }>;
}

// The benchmark is not a test (CI times nothing); this only proves `npm run bench` still runs and
// measures what it says: its Node part on the seed page and a ×10 long version, one pair each.
describe('npm run bench -- --quick', () => {
  it('runs the Node part and reports extraction, quotes and budgets as JSON', { timeout: 120_000 }, () => {
    const out = execFileSync(process.execPath, ['scripts/bench.mjs', '--quick', '--json', '--no-build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const r = JSON.parse(out) as QuickResult;

    const seed = r.extraction.find((e) => e.env === 'node' && e.scale === 1);
    const long = r.extraction.find((e) => e.env === 'node' && e.scale === 10);
    expect(seed?.case).toBe('seed-syria-2013');
    expect(seed!.paragraphs).toBeGreaterThan(10);
    // The generated page really is ten times the story, and both sides were timed.
    expect(long!.words).toBeGreaterThanOrEqual(seed!.words * 9);
    for (const e of [seed!, long!]) {
      expect(e.stats.runs).toBe(1);
      expect(e.stats.a).toBeGreaterThan(0);
      expect(e.stats.b).toBeGreaterThan(0);
      expect(e.stats.ratio).toBeCloseTo(e.stats.a / e.stats.b, 5);
    }

    const q1 = r.quotes.find((q) => q.scale === 1);
    const q10 = r.quotes.find((q) => q.scale === 10);
    expect(q1!.quotes).toBeGreaterThan(0);
    expect(q10!.words).toBe(q1!.words * 10);
    expect(q1!.msPer10k).toBeCloseTo((q1!.ms / q1!.words) * 10_000, 5);

    // Browser budgets are not measured in the quick run: they must say so, not pass.
    const pipeline = r.budgets.find((b) => b.what.includes('(chromium)'));
    expect(pipeline?.pass).toBeNull();
    expect(r.budgets.find((b) => b.what.startsWith('Reader painted'))?.pass).toBeNull();
  });
});
