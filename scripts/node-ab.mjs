#!/usr/bin/env node
/**
 * node --expose-gc scripts/node-ab.mjs [--ref=REF] [--cases=name,name]
 *
 * The Node (jsdom) counterpart of scripts/core-ab.mjs: readStory (no quotes) of the working tree against REF's
 * (default main), and Readability alone, on each page in one work window whose page is replaced by a fresh copy
 * before each read (as the bench does), interleaved, a minor GC before each read. Prints CPU ms per read (medians of
 * 25 after 30 warm-up reads). Used for docs/performance.md.
 */
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (n, d) => process.argv.slice(2).find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3) ?? d;
const ref = arg('ref', 'main');
const refDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmt-node-ab-'));
execSync(`git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(refDir)}`, { cwd: root });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(refDir, 'node_modules'));
const entry = path.join(refDir, 'entry.ts');
fs.writeFileSync(entry, `export { readStory as tree } from ${JSON.stringify(path.join(root, 'src/core/read'))};
export { readStory as ref } from ${JSON.stringify(path.join(refDir, 'src/core/read'))};
export { Readability } from '@mozilla/readability';`);
const out = path.join(root, 'node_modules/.cache/tmt-bench/node-ab.mjs');
await esbuild.build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const m = await import(pathToFileURL(out).href);
const { JSDOM, VirtualConsole } = await import('jsdom');
const { pageCases } = await import(pathToFileURL(path.join(root, 'tests/fixtures/index.mjs')).href);
const want = arg('cases', 'news-2018-legacy,old-site-2014-cp1251,archive-2005,ru-service-2020,seed-syria-2013').split(',');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
for (const c of pageCases().filter((c) => want.includes(c.name))) {
  const tmpl = new JSDOM(c.html, { url: c.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const work = new JSDOM('<!doctype html><html></html>', { url: c.url, virtualConsole: new VirtualConsole() });
  const doc = work.window.document;
  const fresh = () => doc.replaceChild(doc.importNode(tmpl.window.document.documentElement, true), doc.documentElement);
  const sides = { readability: () => new m.Readability(doc).parse(), ref: () => m.ref(doc, c.url), tree: () => m.tree(doc, c.url) };
  const t = { readability: [], ref: [], tree: [] };
  for (let k = 0; k < 55; k++) {
    for (const s of k % 2 ? ['tree', 'ref', 'readability'] : ['readability', 'ref', 'tree']) {
      fresh(); globalThis.gc?.({ type: 'minor' });
      const t0 = cpu(); sides[s](); const t1 = cpu();
      if (k >= 30) t[s].push(t1 - t0);
    }
  }
  console.log(`${c.name}: readability ${med(t.readability).toFixed(2)} ${ref} story ${med(t.ref).toFixed(2)} tree story ${med(t.tree).toFixed(2)} ms`);
  tmpl.window.close(); work.window.close();
}
fs.rmSync(refDir, { recursive: true, force: true });
