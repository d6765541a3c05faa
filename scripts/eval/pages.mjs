/**
 * Page extraction scored against the fixtures' expected.json, the product as a black box (dist/cli.js read --json,
 * one process per page; nothing from src/ is imported). Per case: body recall (expected blocks the view shows, after
 * collapsing white space) and precision (shown blocks that are expected), clutter strings that leak, title / byline /
 * published right or not, quotes (text and speaker both right) found of expected.
 *
 *   node scripts/eval/pages.mjs [--set tmt-dev] [--cli dist/cli.js] [--json] [--drift classes|tags]
 *
 * --drift: each page as a redesign might leave it, same text, same URL, same metadata, before it is read:
 * `classes` gives every class name and id an opaque new name (the site profile's selectors then find nothing, as on
 * a template nobody has described); `tags` does that and also writes every sectioning element (article, section,
 * aside, header, footer, nav, main, figure) as a plain div. It measures the general mechanisms alone: the story found
 * by its markup and text, appeals and teasers by their words and shape. (The transform: tests/fixtures/drift.mjs.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { driftedHtml } from '../../tests/fixtures/drift.mjs';
import { containsPhrase, normalizeText, pageCases, ROOT } from '../../tests/fixtures/index.mjs';
import { ensureCli } from './product.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const sets = opt('--set', 'tmt-dev').split(',');
const cli = ensureCli(ROOT, opt('--cli', undefined));
const drift = opt('--drift', null);
if (drift && drift !== 'classes' && drift !== 'tags') throw new Error(`--drift: classes or tags, not ${drift}`);
const driftDir = drift ? fs.mkdtempSync(path.join(os.tmpdir(), 'tmt-drift-')) : null;

/** The clutter rule of the unit tests: a clutter string the story itself contains counts only as a whole block. */
function leaks(paragraphs, exp) {
  const body = (exp.body ?? []).map(normalizeText);
  return (exp.clutter ?? []).filter((c) =>
    body.some((b) => containsPhrase(b, c)) ? paragraphs.some((p) => normalizeText(p) === normalizeText(c)) : paragraphs.some((p) => containsPhrase(p, c)),
  );
}

const rows = [];
for (const c of pageCases(sets)) {
  const exp = c.expected;
  let source = path.join(c.dir, 'source.html');
  if (driftDir) {
    const copy = path.join(driftDir, `${c.id.replace(/\W+/g, '_')}.html`);
    fs.writeFileSync(copy, driftedHtml(fs.readFileSync(source, 'utf8'), drift));
    source = copy;
  }
  const r = spawnSync(process.execPath, [cli, 'read', source, '--url', exp.url, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    rows.push({ id: c.id, error: r.stderr.trim().slice(0, 200) });
    continue;
  }
  const got = JSON.parse(r.stdout);
  const view = (got.paragraphs ?? []).map(normalizeText);
  const want = (exp.body ?? []).map(normalizeText);
  const hit = want.filter((b) => view.includes(b)).length;
  const right = view.filter((p) => want.includes(p)).length;
  const wantQ = exp.quotes ?? [];
  const gotQ = (got.quotes ?? []).map((q) => `${normalizeText(q.text)}|${q.speaker?.name ?? null}`);
  const qHit = wantQ.filter((q) => gotQ.includes(`${normalizeText(q.text)}|${q.speaker}`)).length;
  rows.push({
    id: c.id,
    article: got.isArticle === exp.isArticle,
    recall: want.length ? hit / want.length : 1,
    precision: view.length ? right / view.length : want.length ? 0 : 1,
    missing: want.filter((b) => !view.includes(b)),
    extra: view.filter((p) => !want.includes(p)),
    leaks: leaks(view, exp),
    // A page that is not an article has no metadata to get right.
    title: !exp.isArticle || (got.title ?? null) === (exp.title ?? null),
    byline: !exp.isArticle || (got.bylineSource === 'page' ? got.byline : null) === (exp.byline ?? null),
    published: !exp.isArticle || (got.published ?? null) === (exp.published ?? null),
    // A case whose expected.json lists no quotes does not grade them.
    quotes: exp.quotes ? `${qHit}/${wantQ.length}` : 'n/a',
    quotesFound: got.quotes?.length ?? 0,
    quotesRight: exp.quotes ? qHit : 0,
    quotesWanted: wantQ.length,
  });
}

if (driftDir) fs.rmSync(driftDir, { recursive: true, force: true });

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(rows, null, 1) + '\n');
} else {
  const pct = (x) => `${(x * 100).toFixed(0)}%`.padStart(5);
  for (const x of rows) {
    if (x.error) {
      console.log(`${x.id}: error ${x.error}`);
      continue;
    }
    const meta = ['title', 'byline', 'published'].filter((k) => !x[k]);
    console.log(
      `${x.id.padEnd(36)} article ${x.article ? 'ok' : 'WRONG'}  recall ${pct(x.recall)}  precision ${pct(x.precision)}  leaks ${x.leaks.length}  metadata ${meta.length ? 'wrong: ' + meta.join(',') : 'ok'}  quotes ${x.quotes} (found ${x.quotesFound})`,
    );
    for (const m of x.missing) console.log(`   - missing: ${m.slice(0, 110)}`);
    for (const e of x.extra) console.log(`   + extra:   ${e.slice(0, 110)}`);
    for (const l of x.leaks) console.log(`   ! leak:    ${l.slice(0, 110)}`);
  }
  const ok = rows.filter((x) => !x.error);
  const mean = (k) => ok.reduce((s, x) => s + x[k], 0) / (ok.length || 1);
  console.log(`mean recall ${pct(mean('recall'))}, mean precision ${pct(mean('precision'))}, leaks ${ok.reduce((s, x) => s + x.leaks.length, 0)}, metadata right ${ok.reduce((s, x) => s + ['title', 'byline', 'published'].filter((k) => x[k]).length, 0)}/${ok.length * 3}, quotes right ${ok.reduce((s, x) => s + x.quotesRight, 0)}/${ok.reduce((s, x) => s + x.quotesWanted, 0)}`);
}
