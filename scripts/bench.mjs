#!/usr/bin/env node
/**
 * npm run bench [-- --json] [-- --quick] [-- --node-only] [-- --browsers=chromium] [-- --runs=N] [-- --no-build]
 *
 * Speed and size of TMT Reader against Mozilla Readability alone, with the budgets of issue 6 (see
 * scripts/bench/main.ts for what each part times). This file only prepares: it rebuilds dist/ (the
 * extension the browsers load) when it is missing or older than the sources, bundles the TypeScript
 * bench with esbuild into node_modules/.cache/tmt-bench/, and runs it.
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXTENSION_BUNDLE, NODE_BUNDLE, testDataInPlace } from './bundle-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules/.cache/tmt-bench');
const argv = process.argv.slice(2);
const noBuild = argv.includes('--no-build');
const args = argv.filter((a) => a !== '--no-build');
const quick = args.includes('--quick');
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

/** dist/ must be the current sources: rebuild when it is missing or older (the quick run does not use it). */
function ensureBuild() {
  if (quick) return;
  const built = path.join(root, 'dist/chrome/content.js');
  const have = fs.existsSync(built) && fs.existsSync(path.join(root, 'dist/firefox/manifest.json'));
  const stale = have && Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'manifest.json')), newest(path.join(root, '_locales'))) > fs.statSync(built).mtimeMs;
  if (have && (noBuild || !stale)) return;
  if (!have && noBuild) throw new Error('dist/ is missing: run `npm run build` or drop --no-build');
  log(have ? 'dist/ is older than src/: rebuilding' : 'dist/ is missing: building');
  // The build's report goes to stderr: stdout is the bench's (one JSON object with --json).
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--no-zip'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
  if (r.status !== 0) throw new Error('the build failed');
}

/** The bench, and the entry of the processes its Node measurements run in (scripts/bench/node-jobs.ts). */
async function bundleMain() {
  fs.mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: { main: path.join(root, 'scripts/bench/main.ts'), 'node-child': path.join(root, 'scripts/bench/node-child.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    ...NODE_BUNDLE,
    // Libraries load from node_modules as the CLI's do; the project's own sources are compiled in.
    packages: 'external',
    plugins: [testDataInPlace],
    logLevel: 'warning',
  });
  return { main: path.join(outDir, 'main.mjs'), nodeChild: path.join(outDir, 'node-child.mjs') };
}

/** The in-page bundle: core + Readability as an IIFE, minified and patched like the extension's content script. */
async function pageBundle() {
  const r = await esbuild.build({
    ...EXTENSION_BUNDLE,
    entryPoints: [path.join(root, 'scripts/bench/page.ts')],
    write: false,
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

try {
  ensureBuild();
  const { main, nodeChild } = await bundleMain();
  const { run } = await import(pathToFileURL(main).href);
  process.exitCode = await run(args, { root, pageBundle, nodeChild, log });
} catch (err) {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}
