#!/usr/bin/env node
/**
 * node scripts/profile-read.mjs --case=NAME [--mode=article|story|quotes|readability] [--reads=N] [--top=N]
 *                               [--tree=FUNCTION] [--depth=N]
 *
 * Where a read's time goes, inside a fixture page in headless Chromium: V8's CPU profile of N reads (default 600) of
 * the working tree's core, as function shares and, with --tree, call paths under one function (e.g. --tree=readArticle
 * --depth=3, or --tree=cleanStory). Modes: article = readArticle; story = readArticle without quotes; quotes =
 * withQuotes alone on stories read before the profile; readability = Readability alone on the whole page. The bundle
 * is not minified, so functions keep their names (esbuild may suffix a clash: collapseSpace2). Timings under a
 * profiler and on a shared machine are for shares, not budgets (`npm run bench` judges those), and the profiler's own
 * cost lands on small, often-called functions: trust the passes (--tree), and check a small function's share by
 * taking it out (`node scripts/core-ab.mjs`; docs/performance.md, "A sampled CPU profile misleads at this scale").
 * Starts a browser: run it under `flock /tmp/tmt-browser.lock` on a shared machine.
 */
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_BUNDLE, importDriver } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const MODES = ['article', 'story', 'quotes', 'readability'];

try {
  const caseName = arg('case', null);
  const mode = arg('mode', 'article');
  if (!caseName || !MODES.includes(mode)) throw new Error(`usage: --case=NAME [--mode=${MODES.join('|')}] (see the top of this file)`);
  const cache = path.join(root, 'node_modules/.cache/tmt-bench');
  fs.mkdirSync(cache, { recursive: true });
  const entry = path.join(cache, 'profile-page.ts');
  fs.writeFileSync(
    entry,
    `import { Readability } from '@mozilla/readability';
import { readArticle, withQuotes } from ${JSON.stringify(path.join(root, 'src/core'))};
const snapshot = document.cloneNode(true) as Document;
(window as unknown as { __profileRead: unknown }).__profileRead = (n: number, mode: string, url: string): number => {
  const copies = Array.from({ length: n }, () => snapshot.cloneNode(true) as Document);
  const stories = mode === 'quotes' ? copies.map((d) => readArticle(d, url, { quotes: false })) : [];
  // (Named: the report counts only what runs under it, not the copies above.)
  function timedReads(): number {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      if (mode === 'article') readArticle(copies[i]!, url);
      else if (mode === 'story') readArticle(copies[i]!, url, { quotes: false });
      else if (mode === 'quotes') withQuotes(stories[i]!);
      else new Readability(copies[i]!).parse();
    }
    return (performance.now() - t0) / n;
  }
  return timedReads();
};
`,
  );
  // The extension's bundle options, unminified so that the profile names functions.
  const page = await esbuild.build({ ...EXTENSION_BUNDLE, minify: false, entryPoints: [entry], write: false, logLevel: 'warning' });
  const { run } = await importDriver(path.join(root, 'scripts/bench/profile.ts'), path.join(cache, 'profile.mjs'));
  process.exitCode = await run({
    bundle: page.outputFiles[0].text,
    caseName,
    mode,
    reads: Math.max(20, Number(arg('reads', 600)) || 600),
    top: Math.max(1, Number(arg('top', 25)) || 25),
    tree: arg('tree', null),
    depth: Math.max(1, Number(arg('depth', 3)) || 3),
    log: (msg) => process.stderr.write(`[profile-read] ${msg}\n`),
  });
} catch (err) {
  process.stderr.write(`profile-read: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
