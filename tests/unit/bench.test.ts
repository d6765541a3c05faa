import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNodeJob, type NodeJob } from '../../scripts/bench/node-jobs';

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

// Each Node measurement runs in a process of its own (scripts/bench/node-jobs.ts); what the parent makes of the
// child's answer, its error, or its death (out of heap, say) without one. The children here are stand-ins that
// answer as node-child.ts does; the quick run above goes through the real one.
describe('bench: a Node measurement in a child process', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tmt-bench-child-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const child = (name: string, body: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, `process.once('message', (job) => { ${body} });\n`);
    return file;
  };
  const job: Extract<NodeJob, { kind: 'quotes' }> = { kind: 'quotes', name: 'x', scale: 7, paragraphs: ['«A», he said.'], lang: 'en', warmup: 0, runs: 1 };

  it('gives the result the child sends back for the job it was given', async () => {
    const echo = child('echo.mjs', 'process.send({ ok: true, result: { scale: job.scale, first: job.paragraphs[0], pid: process.pid } }, () => process.exit(0));');
    const r = (await runNodeJob(echo, job)) as unknown as { scale: number; first: string; pid: number };
    expect(r).toMatchObject({ scale: 7, first: '«A», he said.' });
    expect(r.pid).not.toBe(process.pid);
  });

  it('rejects with the child\'s error, and when the child dies without answering', async () => {
    const fails = child('fails.mjs', "process.send({ ok: false, error: 'Error: seed is not read as an article' }, () => process.exit(1));");
    await expect(runNodeJob(fails, job)).rejects.toThrow(/node quotes in a child process: Error: seed is not read as an article/);
    const dies = child('dies.mjs', 'process.exit(134);');
    await expect(runNodeJob(dies, job)).rejects.toThrow(/exited \(134\) without an answer/);
  });
});
