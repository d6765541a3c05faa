/**
 * The driver of scripts/profile-read.mjs: V8's sampling CPU profiler (DevTools Profiler domain) around many reads of
 * one fixture page inside the page in headless Chromium, where the extension really runs. Only samples taken inside the
 * reads count (the page's copies for them are made outside), but for V8's garbage collector, which the profile shows
 * apart from any stack and is given on a line of its own. Prints the share of each function's own time and, with --tree, the
 * time of each call path under one function per read: where a read's time goes, which the bench's step table
 * (scripts/bench/stages.ts) gives only per step.
 */
import { fixtureCases } from './cases';
import { launchBrowser } from '../../tests/e2e/harness/browser';
import { startServer } from '../../tests/e2e/harness/server';
import { toHttp } from '../../tests/fixtures/index.mjs';

export interface ProfileOptions {
  /** The in-page IIFE (scripts/profile-read.mjs): window.__profileRead(n, mode, url) reads n copies, returns ms per read. */
  bundle: string;
  caseName: string;
  mode: string;
  reads: number;
  top: number;
  tree: string | null;
  depth: number;
  log: (msg: string) => void;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
}

const PER_BATCH = 20;
/** The in-page function that runs the reads (scripts/profile-read.mjs). */
const READS = 'timedReads';
const WARM_BATCHES = 6;
/** Sampling interval, µs (V8's default is 1000: too coarse for reads of a few milliseconds). */
const INTERVAL_US = 50;

type ProfileWindow = { __profileRead(n: number, mode: string, url: string): number };

export async function run(opts: ProfileOptions): Promise<number> {
  const c = fixtureCases().find((x) => x.name === opts.caseName);
  if (!c) throw new Error(`no fixture page named ${opts.caseName}`);
  const server = await startServer({ fixtures: false });
  const tb = await launchBrowser('chromium', { proxyPort: server.port, extensionDir: null });
  try {
    const url = toHttp(c.url);
    server.setPage(url, c.html);
    const page = await tb.openPage(url, { timeout: 60_000 });
    await page.evaluate(opts.bundle);
    const batch = (n: number) => page.evaluate((k: number, m: string, u: string) => (window as unknown as ProfileWindow).__profileRead(k, m, u), n, opts.mode, url);
    for (let k = 0; k < WARM_BATCHES; k++) await batch(PER_BATCH);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
    await cdp.send('Profiler.start');
    const batches = Math.max(1, Math.round(opts.reads / PER_BATCH));
    let wall = 0;
    for (let k = 0; k < batches; k++) wall += await batch(PER_BATCH);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const reads = batches * PER_BATCH;
    report(profile, reads, opts);
    process.stdout.write(`${c.name}, ${opts.mode}: ${reads} reads, ${(wall / batches).toFixed(2)} ms per read (wall, under the profiler)\n`);
    return 0;
  } finally {
    await tb.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}

function report(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, reads: number, opts: ProfileOptions): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
  const name = (id: number) => byId.get(id)!.callFrame.functionName || '(anonymous)';
  const own = new Map<string, number>();
  const paths = new Map<string, number>();
  let total = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (name(id) === '(garbage collector)') gc += dt;
    const stack: string[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(name(x));
    stack.reverse();
    if (!stack.includes(READS)) return;
    total += dt;
    own.set(name(id), (own.get(name(id)) ?? 0) + dt);
    if (!opts.tree) return;
    const at = stack.indexOf(opts.tree);
    if (at < 0) return;
    const sub = stack.slice(at, at + opts.depth + 1);
    for (let d = 1; d <= sub.length; d++) {
      const key = sub.slice(0, d).join('\u0000');
      paths.set(key, (paths.get(key) ?? 0) + dt);
    }
  });
  const perRead = (us: number) => `${(us / 1000 / reads).toFixed(3)} ms`;
  process.stdout.write(`reads: ${perRead(total)} per read under the profiler; V8's garbage collector (copies included): ${perRead(gc)} per read\n`);
  process.stdout.write(`own time by function (share of the reads'; a native DOM call counts as its own function):\n`);
  for (const [fn, us] of [...own].sort((a, b) => b[1] - a[1]).slice(0, opts.top)) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(6)}%  ${perRead(us).padStart(9)} per read  ${fn}\n`);
  }
  if (!opts.tree) return;
  const rootUs = paths.get(opts.tree) ?? 0;
  process.stdout.write(`\ncalls under ${opts.tree} (time per read; paths under 1% of it left out):\n`);
  for (const key of [...paths.keys()].sort()) {
    const us = paths.get(key)!;
    if (us < rootUs * 0.01) continue;
    const parts = key.split('\u0000');
    process.stdout.write(`${'  '.repeat(parts.length - 1)}${parts.at(-1)} ${perRead(us)}\n`);
  }
}
