#!/usr/bin/env node
/**
 * node scripts/core-ab.mjs [--ref=REF] [--cases=name,name] [--batches=N] [--same] [--quotes-only]
 *
 * The core of the working tree against the core of REF (a commit or branch; default main), back to back in the same
 * pages: each fixture page in headless Chromium gets both versions and Readability in one bundle, and the reads are
 * interleaved, so the machine's load falls on both alike (scripts/bench/core-ab.ts says how it times). Prints ms per
 * read for Readability alone, REF's readArticle and readStory (no quotes), the tree's, and each readArticle's ratio to
 * Readability. --same: instead, check that both give the same readArticle result on every page (exit 1 if not).
 * --quotes-only: instead, time each version's withQuotes alone on stories it read before its timer started (the quote
 * finder's own cost in the page; readArticle − readStory also holds the GC of the story's garbage, docs/performance.md).
 * Starts a browser: run it under `flock /tmp/tmt-browser.lock` on a shared machine. Used for docs/performance.md.
 */
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_BUNDLE, importDriver } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const ref = arg('ref', 'main');
const log = (msg) => process.stderr.write(`[core-ab] ${msg}\n`);

// REF's tree, exported beside the working tree's node_modules (its sources are bundled, its libraries are ours).
const refDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmt-core-ab-'));
try {
  execSync(`git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(refDir)}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(refDir, 'node_modules'));
  const entry = path.join(refDir, 'ab-page.ts');
  fs.writeFileSync(
    entry,
    `import { Readability } from '@mozilla/readability';
import { readArticle as readTree, withQuotes as quotesTree } from ${JSON.stringify(path.join(root, 'src/core'))};
// A namespace: a REF older than withQuotes (8ae9d62) still builds; only --quotes-only needs it.
import * as refCore from ${JSON.stringify(path.join(refDir, 'src/core'))};
const { readArticle: readRef, withQuotes: quotesRef } = refCore as typeof import(${JSON.stringify(path.join(root, 'src/core'))});
const snapshot = document.cloneNode(true) as Document;
const sides: Record<string, (d: Document, u: string) => unknown> = {
  readability: (d) => new Readability(d).parse(),
  ref: (d, u) => readRef(d, u),
  'ref story': (d, u) => readRef(d, u, { quotes: false }),
  tree: (d, u) => readTree(d, u),
  'tree story': (d, u) => readTree(d, u, { quotes: false }),
};
// The quote sides: each version's own story (read untimed in prepare) given its quotes.
type Story = ReturnType<typeof readTree>;
const quoteSides: Record<string, [(d: Document, u: string) => Story, (s: Story) => unknown]> = {
  'ref quotes': [(d, u) => readRef(d, u, { quotes: false }) as Story, (s) => quotesRef(s as never)],
  'tree quotes': [(d, u) => readTree(d, u, { quotes: false }), (s) => quotesTree(s)],
};
let copies: Document[] = [];
let stories: Story[] = [];
(window as unknown as { __coreAb: unknown }).__coreAb = {
  prepare(n: number, side: string, url: string) {
    copies = Array.from({ length: n }, () => snapshot.cloneNode(true) as Document);
    const q = quoteSides[side];
    if (q) stories = copies.splice(0).map((d) => q[0](d, url));
    (window as unknown as { gc?: () => void }).gc?.();
  },
  go(side: string, url: string) {
    const q = quoteSides[side];
    if (q) for (const s of stories) q[1](s);
    else for (const d of copies) sides[side]!(d, url);
    copies = [];
    stories = [];
  },
  same(url: string) {
    const a = JSON.stringify(readRef(snapshot.cloneNode(true) as Document, url));
    const b = JSON.stringify(readTree(snapshot.cloneNode(true) as Document, url));
    return a === b ? 'same' : 'DIFFERENT';
  },
};
`,
  );
  const page = await esbuild.build({ ...EXTENSION_BUNDLE, entryPoints: [entry], write: false, logLevel: 'warning' });
  const { run } = await importDriver(path.join(root, 'scripts/bench/core-ab.ts'), path.join(root, 'node_modules/.cache/tmt-bench/core-ab.mjs'));
  process.exitCode = await run({
    bundle: page.outputFiles[0].text,
    refName: ref,
    cases: arg('cases', null)?.split(',') ?? null,
    batches: Math.max(3, Number(arg('batches', 9)) || 9),
    same: process.argv.includes('--same'),
    quotesOnly: process.argv.includes('--quotes-only'),
    log,
  });
} catch (err) {
  process.stderr.write(`core-ab: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
} finally {
  fs.rmSync(refDir, { recursive: true, force: true });
}
