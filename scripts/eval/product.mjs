/**
 * The product as a black box: the built CLI's `quotes --batch` mode, one process per corpus. Nothing from src/
 * is imported; dist/cli.js is (re)built with the project's own build script when it is missing or older than
 * any file under src/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureCli(root, cli) {
  const isDefault = !cli;
  cli = cli ? path.resolve(cli) : path.join(root, 'dist', 'cli.js');
  if (!isDefault) return cli;
  const stale = !fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestMtime(path.join(root, 'src'));
  if (stale) {
    process.stderr.write('eval: building dist/cli.js (node scripts/build.mjs --no-zip)\n');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--no-zip'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('the build failed');
  }
  return cli;
}

/** Quotes the product finds in each document: Map id -> Quote[]. */
export function productQuotes(cli, docs) {
  const input = docs.map((d) => JSON.stringify({ id: d.id, lang: d.lang, text: d.text })).join('\n') + '\n';
  const r = spawnSync(process.execPath, [cli, 'quotes', '--batch'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const out = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (o.error) throw new Error(`the product refused ${o.id}: ${o.error}`);
    out.set(o.id, o.quotes);
  }
  if (r.status !== 0 || out.size !== docs.length) throw new Error(`the product answered ${out.size} of ${docs.length} texts (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return out;
}

/** Predictions saved as JSONL ({id, quotes} a line, the batch mode's output). */
export function savedQuotes(file) {
  const out = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    out.set(o.id, o.quotes ?? []);
  }
  return out;
}
