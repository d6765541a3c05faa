#!/usr/bin/env node
/**
 * The frozen quote scorer (see README.md in this folder). Runs the built product over gold corpora and prints
 * quote-span and speaker figures, strict and lenient, for all quotes and for quotes of 4+ words.
 *
 *   npm run eval:quotes                                  # fixtures, ru-dev, PolNeAR dev (when present)
 *   npm run eval:quotes -- --corpus polnear:train,polnear:dev --dump 20
 *   npm run eval:quotes -- --corpus ru-heldout --json
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineQuotes } from './baseline.mjs';
import { fixtureDocs, quoteSetDocs } from './gold-json.mjs';
import { polnearDocs } from './gold-polnear.mjs';
import { ensureCli, productQuotes, savedQuotes } from './product.mjs';
import { scoreDocs } from './score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `usage: node scripts/eval/quotes.mjs [options]
  --corpus LIST      comma-separated: fixtures, ru-dev, ru-heldout, polnear:train, polnear:dev,
                     polnear:annotator-training, or a folder of gold JSON files
                     (default: fixtures,ru-dev,polnear:dev, skipping those not present)
  --polnear DIR      a PolNeAR checkout (holding data/<split>/); default $POLNEAR_DIR, else .polnear/
  --min-words N      the short-quote cut of the second column (default 4)
  --dump N           print up to N errors of each class per corpus (not for held-out sets, see --show-heldout)
  --errors CLASS     with --dump: only missed | extra | wrong | none
  --json             one JSON object with every figure (and the dumped errors) on standard output
  --cli PATH         the CLI to run (default dist/cli.js, rebuilt when older than src/)
  --predictions F    score saved predictions (JSONL {id, quotes}) instead of running the product (one corpus)
  --by-form          strict speaker figures per attribution form (gold sets that label forms)
  --show-heldout     allow --dump on a held-out set (never while developing the finder)`;

function parseArgs(argv) {
  const o = { corpora: null, polnear: process.env.POLNEAR_DIR || path.join(root, '.polnear'), minWords: 4, dump: 0, errors: null, json: false, cli: null, predictions: null, showHeldout: false, byForm: false };
  const val = (i) => { if (argv[i] === undefined) throw new Error(`${argv[i - 1]} needs a value`); return argv[i]; };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') o.corpora = val(++i).split(',').filter(Boolean);
    else if (a === '--polnear') o.polnear = val(++i);
    else if (a === '--split') (o.corpora ??= []).push(`polnear:${val(++i)}`);
    else if (a === '--min-words') o.minWords = Number(val(++i));
    else if (a === '--dump') o.dump = Number(val(++i));
    else if (a === '--errors') o.errors = val(++i);
    else if (a === '--json') o.json = true;
    else if (a === '--cli') o.cli = val(++i);
    else if (a === '--predictions') o.predictions = val(++i);
    else if (a === '--show-heldout') o.showHeldout = true;
    else if (a === '--by-form') o.byForm = true;
    else if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
    else if (!a.startsWith('--') && fs.existsSync(path.join(a, 'data'))) o.polnear = a;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (!Number.isInteger(o.minWords) || o.minWords < 1) throw new Error('--min-words must be a whole number ≥ 1');
  if (o.errors && !['missed', 'extra', 'wrong', 'none'].includes(o.errors)) throw new Error('--errors must be missed, extra, wrong or none');
  return o;
}

/** A corpus by name: {name, heldOut, docs} or null when it is not present (only for the defaults). */
function loadCorpus(name, o) {
  if (name === 'fixtures') return { name: 'TMT fixtures', heldOut: false, docs: fixtureDocs(root) };
  if (name.startsWith('polnear:')) {
    const split = name.slice(8);
    if (split === 'test') throw new Error('the PolNeAR test split is never used');
    if (!fs.existsSync(path.join(o.polnear, 'data', split))) return null;
    return { name: `PolNeAR ${split}`, heldOut: false, docs: polnearDocs(o.polnear, split) };
  }
  const dir = /^ru-/.test(name) && !name.includes('/') ? path.join(root, 'data', 'quotes', name) : path.resolve(name);
  const docs = quoteSetDocs(dir);
  if (!docs) return null;
  return { name: path.basename(dir), heldOut: /heldout/.test(path.basename(dir)), docs };
}

const f3 = (x) => x.toFixed(3);

function printCorpus(c, o) {
  const labels = Object.keys(c.figures);
  const [all, short] = labels.map((l) => c.figures[l]);
  const kinds = Object.entries(all.goldKinds).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`\n${c.name}: ${c.docs} texts, ${all.gold} gold quotes (${kinds}), ${all.pred} predicted`);
  console.log(`  ${''.padEnd(40)}${labels.map((l) => l.padEnd(34)).join('')}`);
  const row = (label, fn) => console.log(`  ${label.padEnd(40)}${labels.map((l) => fn(c.figures[l], c.baseline[l]).padEnd(34)).join('')}`);
  row('quotes gold / predicted', (t) => `${t.gold} / ${t.pred}`);
  row('span P / R / F1', (t) => `${f3(t.P)} ${f3(t.R)} ${f3(t.F)}`);
  row('  plain heuristic P / R / F1', (_, b) => `${f3(b.P)} ${f3(b.R)} ${f3(b.F)}`);
  row('speaker acc strict', (t) => `${f3(t.strictAcc)} (${t.strict}/${t.speakerJudged})`);
  row('speaker acc lenient', (t) => `${f3(t.lenientAcc)} (${t.lenient}/${t.speakerJudged})`);
  row('quote+speaker F1 strict', (t) => f3(t.strictQS));
  row('quote+speaker F1 lenient', (t) => f3(t.lenientQS));
  for (const kind of ['named', 'pronoun', 'unnamed', 'none']) {
    if (labels.some((l) => c.figures[l].byKind[kind])) row(`  strict, gold ${kind}`, (t) => (t.byKind[kind] ? `${t.byKind[kind].strict}/${t.byKind[kind].n}` : '-'));
  }
  row('speaker left out (unknown)', (t) => `${t.matchedUnknown} matched, ${t.goldUnknown} gold`);
  for (const cls of ['missed', 'extra', 'wrong speaker', 'no speaker']) row(`errors: ${cls}`, (t) => String(t.errorCounts[cls]));
  if (o.byForm) {
    const forms = [...new Set(labels.flatMap((l) => Object.keys(c.figures[l].byForm)))].sort();
    for (const form of forms) row(`  strict, form ${form}`, (t) => (t.byForm[form] ? `${t.byForm[form].strict}/${t.byForm[form].n}` : '-'));
  }
  if (!o.dump) return;
  if (c.heldOut && !o.showHeldout) { console.log('  (errors of a held-out set are not printed; see --show-heldout)'); return; }
  const want = { missed: 'missed', extra: 'extra', wrong: 'wrong speaker', none: 'no speaker' }[o.errors] ?? null;
  for (const cls of ['missed', 'extra', 'wrong speaker', 'no speaker']) {
    if (want && cls !== want) continue;
    const es = all.errors.filter((e) => e.type === cls).slice(0, o.dump);
    if (!es.length) continue;
    console.log(`  -- ${cls} (${es.length} of ${all.errorCounts[cls]}, all quotes)`);
    for (const e of es) {
      const gold = e.gold ? `${e.gold.speaker ?? '∅'} [${e.gold.kind}${e.gold.mention && e.gold.mention !== e.gold.speaker ? `: "${e.gold.mention}"` : ''}]` : '-';
      const pred = e.pred ? `${e.pred.speaker ?? '∅'}${e.pred.mention && e.pred.mention !== e.pred.speaker ? ` ["${e.pred.mention}"]` : ''}` : '-';
      console.log(`    ${e.doc.slice(0, 44)} @${e.at} | gold: ${gold} | pred: ${pred}\n      “${e.quote.slice(0, 140)}${e.quote.length > 140 ? '…' : ''}”`);
    }
  }
}

function commitOf() {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src', { cwd: root, encoding: 'utf8' }).trim() ? ' (src/ modified)' : '';
    return head + dirty;
  } catch {
    return 'unknown';
  }
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const explicit = o.corpora !== null;
  const names = o.corpora ?? ['fixtures', 'ru-dev', 'polnear:dev'];
  if (o.predictions && names.length !== 1) throw new Error('--predictions scores one corpus: name it with --corpus');
  const cli = o.predictions ? null : ensureCli(root, o.cli);
  const results = [];
  const skipped = [];
  for (const name of names) {
    const c = loadCorpus(name, o);
    if (!c) {
      if (explicit) throw new Error(`corpus ${name} not found${name.startsWith('polnear:') ? ` (PolNeAR checkout: ${o.polnear}; set --polnear or POLNEAR_DIR)` : ''}`);
      skipped.push(name);
      continue;
    }
    const t0 = performance.now();
    const preds = o.predictions ? savedQuotes(o.predictions) : productQuotes(cli, c.docs);
    const ms = performance.now() - t0;
    const base = new Map(c.docs.map((d) => [d.id, baselineQuotes(d.text)]));
    results.push({
      name: c.name,
      heldOut: c.heldOut,
      docs: c.docs.length,
      productMs: Math.round(ms),
      figures: scoreDocs(c.docs, preds, { minWords: o.minWords }),
      baseline: scoreDocs(c.docs, base, { minWords: o.minWords }),
    });
  }
  const commit = commitOf();
  if (o.json) {
    const strip = (figs, keepErrors) => Object.fromEntries(Object.entries(figs).map(([k, t]) => [k, { ...t, errors: keepErrors ? t.errors : undefined }]));
    const json = results.map((r) => ({
      ...r,
      figures: strip(r.figures, o.dump > 0 && (!r.heldOut || o.showHeldout)),
      baseline: Object.fromEntries(Object.entries(r.baseline).map(([k, t]) => [k, { P: t.P, R: t.R, F: t.F, gold: t.gold, pred: t.pred }])),
    }));
    process.stdout.write(`${JSON.stringify({ commit, minWords: o.minWords, corpora: json, skipped }, null, 2)}\n`);
    return;
  }
  console.log(`eval:quotes — product at ${commit}${o.predictions ? ` (saved predictions ${o.predictions})` : ''}; strict and lenient speaker figures, see scripts/eval/README.md`);
  for (const r of results) printCorpus(r, o);
  if (skipped.length) console.log(`\n(not present, skipped: ${skipped.join(', ')})`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`eval:quotes: ${err instanceof Error ? err.message : err}\n`);
  process.exitCode = 2;
}
