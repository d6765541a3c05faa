#!/usr/bin/env node
/**
 * Evaluate the key-quotes finder.
 *
 *   npm run eval:quotes                                   # the TMT fixtures (tmt/ and tmt-extra/)
 *   npm run eval:quotes -- .polnear --split dev --min-words 4 [--errors 30]
 *
 * Bundles src/core/quotes/index.ts on the fly (no build needed). Prints quote precision, recall and F1,
 * speaker accuracy on matched quotes, quote+speaker F1, and milliseconds per article.
 * Matching: word-token F1 ≥ 0.8, one to one. A speaker is right when its surname (Russian: stem)
 * matches the gold speaker's.
 *
 * PolNeAR layout (brat standoff): <dir>/data/<split>/text/<name>.txt and
 * <dir>/data/<split>/attributions/<name>_<annotator>.ann. Gold quotes are the quotation-mark-delimited
 * stretches whose text lies (mostly) inside an annotated Content span, with that attribution's Source.
 * Speakers: a named source is compared by surname (last word of its head, before a comma, bracket or
 * "of"); a pronoun ("he", "his", "who") or a definite description of a person ("the Republican nominee")
 * is first resolved to the nearest named source annotated before it (PolNeAR has no coreference); an
 * unnamed source ("a spokesman", "the ad") is matched by its head noun or by a null speaker; a source span
 * that is only a verb ("said") or missing, or a pronoun with no named source before it, is left out of the
 * speaker figures.
 * The first annotator's file is used when an article was annotated by several.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { dirs: [], split: 'dev', minWords: 0, errors: 0, bench: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') o.split = argv[++i];
    else if (a.startsWith('--split=')) o.split = a.slice(8);
    else if (a === '--min-words') o.minWords = Number(argv[++i]);
    else if (a.startsWith('--min-words=')) o.minWords = Number(a.slice(12));
    else if (a === '--errors') o.errors = Number(argv[++i]);
    else if (a === '--no-bench') o.bench = false;
    else if (a === '-h' || a === '--help') {
      console.log('usage: eval-quotes.mjs [polnear-dir ...] [--split train|dev] [--min-words N] [--errors N]');
      process.exit(0);
    } else o.dirs.push(a);
  }
  return o;
}

async function loadModule(rel) {
  const r = await build({
    entryPoints: [path.join(root, rel)],
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error',
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-quotes-')), 'mod.mjs');
  fs.writeFileSync(file, r.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

// ---------- matching and scoring ----------

const tokens = (s) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const wordCount = (s) => tokens(s).length;

function tokenF1(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) { common++; bag.set(t, n - 1); }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const PRONOUNS = new Set('who which that whom he she they i we him her them it you он она они я мы его её ее их'.split(' '));

function ruStem(w) {
  const l = w.toLowerCase().replace(/ё/g, 'е');
  const m = /^(.{3,}?)(?:ыми|ими|ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ий|ый|а|я|у|ю|е|ы|и|ь)$/.exec(l);
  return m ? m[1] : l;
}

/**
 * The surname of a speaker string: the last word of its head (before a comma, bracket or "of"), which is a
 * surname for "Rep. G.K. Butterfield (D-N.C.), head of …" and a head noun for "a campaign spokesman".
 */
/** The head of a source: before a comma, bracket or "of"; "another friend, Mariam Emara" → "Mariam Emara". */
function sourceHead(text) {
  // "Secretary of State John Kerry" keeps its "of"; "Mr. Morgan of the Sierra Club" does not.
  const cut = (s) => s.replace(/^(\p{Lu}[\p{Ll}]+)\s+of\s+/u, '$1 _of_ ')
    .split(/\(|\s+(?:of|for|from|at|who|with|in)\s+|\s+—\s+/u)[0].replace(/ _of_ /g, ' of ')
    .replace(/\s+(?:himself|herself|themselves|itself)$/u, '').trim();
  const segs = text.split(',').map((x) => x.trim()).filter(Boolean);
  const first = cut(segs[0] ?? '');
  const lastCap = (s) => /\p{Lu}[\p{L}.'’-]*$/u.test(s);
  // "another friend, Mariam Emara" / "Rep. Hunter's chief of staff, Joe Kasper": the name in the aside.
  const second = cut(segs[1] ?? '');
  if (!lastCap(first) && lastCap(second) && second.split(/\s+/).length <= 5) return second;
  return first;
}

export function speakerKey(name, lang) {
  if (!name) return null;
  const head = sourceHead(name);
  const ws = (head.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''));
  const w = ws[ws.length - 1];
  if (!w || PRONOUNS.has(w.toLowerCase())) return null;
  return lang === 'ru' ? ruStem(w) : w.toLowerCase();
}

const POSSESSIVE = new Set('his her hers its their theirs my our your whose'.split(' '));
const PERSON_HEADS = /(?:candidate|nominee|front-?runner|senator|governor|president|billionaire|businessman|businesswoman|mogul|tycoon|developer|neurosurgeon|surgeon|secretary|speaker|chairman|chairwoman|mayor|congressman|congresswoman|lawmaker|leader|founder|host|anchor|actor|actress|singer|rapper|star|hopeful|contender|spokesman|spokeswoman|senator-elect|president-elect|businessman|director|chief|minister|pastor|preacher|judge|lawyer|attorney|general|commander|officer|activist|author|writer|columnist|economist|analyst|strategist|adviser|advisor|aide|man|woman|wife|husband|son|daughter|father|mother|brother|sister|mate|frontrunner|democrat|republican|independent|socialist|incumbent|challenger|opponent|rival|moderator|comedian|reporter|journalist|commentator|pundit|pollster|operative|manager|veteran|former|mogul)$/i;

/** Is a gold source a name, a pronoun/definite description of a person (anaphoric), or unnamed? */
function sourceClass(text) {
  // A source span that is only a verb ("said") is an annotation slip: no speaker to compare with.
  if (!text || /^(?:said|says|told|added|wrote|asked|tweeted)$/i.test(text.trim())) return 'unknown';
  const head = sourceHead(text);
  const ws = head.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? [];
  const last = (ws[ws.length - 1] ?? '').replace(/['’]s$/u, '');
  if (!last) return 'unnamed';
  if (PRONOUNS.has(last.toLowerCase()) || POSSESSIVE.has(last.toLowerCase())) return 'anaphoric';
  if (/^\p{Lu}/u.test(last)) return 'named';
  if (/^(?:the|his|her|their)$/i.test(ws[0] ?? '') && PERSON_HEADS.test(last)) return 'anaphoric';
  return 'unnamed';
}

function evaluate(docs, minWords) {
  const t = { gold: 0, pred: 0, matched: 0, speakerRight: 0, unknown: 0, byClass: {}, ms: 0, errors: [] };
  for (const d of docs) {
    const gold = d.gold.filter((g) => wordCount(g.text) >= minWords);
    const pred = d.pred.filter((p) => wordCount(p.text) >= minWords);
    t.gold += gold.length;
    t.pred += pred.length;
    const pairs = [];
    pred.forEach((p, i) => gold.forEach((g, j) => {
      const f = tokenF1(p.text, g.text);
      if (f >= 0.8) pairs.push({ i, j, f });
    }));
    pairs.sort((a, b) => b.f - a.f);
    const usedP = new Set();
    const usedG = new Set();
    for (const { i, j } of pairs) {
      if (usedP.has(i) || usedG.has(j)) continue;
      usedP.add(i);
      usedG.add(j);
      t.matched++;
      const cls = gold[j].cls ?? 'named';
      const gk = speakerKey(gold[j].speaker, d.lang);
      const pk = speakerKey(pred[i].speaker?.name ?? null, d.lang);
      // An unnamed source ("a spokesman", "the ad") is matched by its head noun, or by no name at all.
      t.byClass[cls] = t.byClass[cls] ?? [0, 0];
      if (cls === 'unknown') { t.unknown++; t.byClass[cls][1]++; continue; }
      const inGold = (k) => k !== null && (gold[j].speaker ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(k);
      const right = cls === 'unnamed' ? pk === null || pk === gk || inGold(pk) : gk !== null && gk === pk;
      t.byClass[cls][1]++;
      if (right) t.byClass[cls][0]++;
      if (right) t.speakerRight++;
      else t.errors.push({ doc: d.name, type: 'speaker', text: gold[j].text, gold: `${gold[j].speaker} [${cls}${gold[j].via ? ` via ${gold[j].via}` : ''}]`, pred: pred[i].speaker?.name ?? null });
    }
    pred.forEach((p, i) => { if (!usedP.has(i)) t.errors.push({ doc: d.name, type: 'extra', text: p.text, pred: p.speaker?.name ?? null }); });
    gold.forEach((g, j) => { if (!usedG.has(j)) t.errors.push({ doc: d.name, type: 'missed', text: g.text, gold: g.speaker }); });
  }
  const P = t.pred ? t.matched / t.pred : 1;
  const R = t.gold ? t.matched / t.gold : 1;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  // Quotes whose gold source is unusable leave the speaker figures (they still count for quote P/R/F1).
  const P2 = t.pred - t.unknown ? t.speakerRight / (t.pred - t.unknown) : 1;
  const R2 = t.gold - t.unknown ? t.speakerRight / (t.gold - t.unknown) : 1;
  const F2 = P2 + R2 ? (2 * P2 * R2) / (P2 + R2) : 0;
  return { ...t, P, R, F, acc: t.matched - t.unknown ? t.speakerRight / (t.matched - t.unknown) : 1, F2 };
}

function report(label, docs, r, msPerDoc) {
  const f = (x) => x.toFixed(3);
  console.log(`\n${label}: ${docs.length} articles, ${r.gold} gold quotes, ${r.pred} predicted`);
  console.log(`  quotes         P ${f(r.P)}  R ${f(r.R)}  F1 ${f(r.F)}`);
  const parts = Object.entries(r.byClass).map(([k, [ok, n]]) => (k === 'unknown' ? `${n} without a usable gold source, left out` : `${k} ${ok}/${n}`)).join(', ');
  console.log(`  speaker acc    ${f(r.acc)}  (${r.speakerRight}/${r.matched - r.unknown} matched: ${parts})`);
  console.log(`  quote+speaker  F1 ${f(r.F2)}`);
  console.log(`  time           ${msPerDoc.toFixed(2)} ms CPU per article (first pass, JIT warm-up included)`);
}

// ---------- fixtures ----------

function fixtureDocs() {
  const docs = [];
  for (const set of ['tmt', 'tmt-extra']) {
  const dir = path.join(root, 'tests/fixtures', set);
  if (!fs.existsSync(dir)) continue;
  for (const c of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, c, 'expected.json');
    if (!fs.existsSync(file)) continue;
    const e = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(e.quotes) || !Array.isArray(e.body)) continue;
    docs.push({ name: `${set}/${c}`, lang: e.lang, paragraphs: e.body, gold: e.quotes.map((g) => ({ text: g.text, speaker: g.speaker })) });
  }
  }
  return docs;
}

// ---------- PolNeAR ----------

function parseAnn(src) {
  const spans = new Map();
  const rels = [];
  for (const line of src.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta, text] = line.split('\t');
      if (!meta) continue;
      const sp = meta.indexOf(' ');
      const type = meta.slice(0, sp);
      const frags = meta.slice(sp + 1).split(';').map((x) => x.split(' ').map(Number));
      spans.set(id, { type, frags, text: text ?? '' });
    } else if (line.startsWith('E')) {
      const parts = line.split('\t')[1].trim().split(/\s+/);
      const rel = { content: [], source: [], cue: [] };
      for (const p of parts) {
        const [role, id] = p.split(':');
        if (/^Content/.test(role)) rel.content.push(id);
        else if (/^Source/.test(role)) rel.source.push(id);
        else if (/^Cue/.test(role)) rel.cue.push(id);
      }
      rels.push(rel);
    }
  }
  return { spans, rels };
}

/** Quotation-mark stretches of a text (double marks only), per paragraph; unclosed ones run to the end. */
function goldStretches(text) {
  const out = [];
  // NYT copy writes quotation marks as two apostrophes.
  text = text.replace(/''/g, '"\u0000');
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const p = m[0];
    const base = m.index;
    let open = -1;
    let openCh = '';
    for (let i = 0; i < p.length; i++) {
      const c = p[i];
      if (open < 0 && (c === '“' || (c === '"' && (i === 0 || /[\s(\[—–-]/.test(p[i - 1]))))) {
        open = i; openCh = c;
      } else if (open >= 0 && ((openCh === '“' && (c === '”' || (c === '"' && !/[\s\u00a0]/.test(p[i - 1] ?? ' ')))) || (openCh === '"' && (c === '"' || c === '”')))) {
        out.push([base + open + 1, base + i]);
        open = -1;
      }
    }
    if (open >= 0) out.push([base + open + 1, base + p.length]);
  }
  return out;
}

function cleanQuote(s) {
  return s.replace(/^'|'$/g, '').trim().replace(/[\s,]+$/u, '').trim();
}

function genderOfSource(text) {
  if (/\b(?:Mrs|Ms|Miss)\.?\s/.test(text)) return 'f';
  if (/\bMr\.?\s/.test(text)) return 'm';
  const first = (text.match(/\p{Lu}[\p{Ll}]+/gu) ?? []).find((w) => names.FEMALE_FIRST.has(w) || names.MALE_FIRST.has(w));
  return first ? (names.FEMALE_FIRST.has(first) ? 'f' : 'm') : null;
}

function polnearDocs(dir, split) {
  const tdir = path.join(dir, 'data', split, 'text');
  const adir = path.join(dir, 'data', split, 'attributions');
  if (!fs.existsSync(tdir)) throw new Error(`no ${tdir}`);
  const anns = fs.readdirSync(adir).sort();
  const docs = [];
  for (const tf of fs.readdirSync(tdir).sort()) {
    const name = tf.replace(/\.txt$/, '');
    const af = anns.find((a) => a.startsWith(name + '_'));
    if (!af) continue;
    const text = fs.readFileSync(path.join(tdir, tf), 'utf8');
    const { spans, rels } = parseAnn(fs.readFileSync(path.join(adir, af), 'utf8'));
    // Content character -> attribution index.
    const owner = new Int32Array(text.length).fill(-1);
    const sources = rels.map((r) => {
      const ss = r.source.map((id) => spans.get(id)).filter(Boolean);
      const start = Math.min(...ss.flatMap((s) => s.frags.map((f) => f[0])), Infinity);
      return { text: ss.map((s) => s.text).join(' ').trim(), start };
    });
    rels.forEach((r, k) => {
      for (const id of r.content) {
        const s = spans.get(id);
        if (!s) continue;
        for (const [a, b] of s.frags) for (let i = a; i < b && i < text.length; i++) owner[i] = k;
      }
    });
    // PolNeAR has no coreference: a pronoun ("he", "his", "who") or a definite description of a person
    // ("the Republican nominee") is taken to be the nearest named source annotated before it.
    const named = sources.map((s, k) => ({ ...s, k })).filter((s) => s.text && sourceClass(s.text) === 'named').sort((a, b) => a.start - b.start);
    const resolve = (k) => {
      const s = sources[k];
      if (!s || !s.text) return { speaker: null, cls: 'unknown' };
      const cls = sourceClass(s.text);
      if (cls !== 'anaphoric') return { speaker: s.text, cls };
      const g = /^(?:he|him|his)$/i.test(s.text.trim()) ? 'm' : /^(?:she|her|hers)$/i.test(s.text.trim()) ? 'f' : null;
      const prev = named.filter((n) => n.start < s.start && (!g || genderOfSource(n.text) !== (g === 'm' ? 'f' : 'm')));
      // A pronoun with no named source before it cannot be checked.
      return prev.length ? { speaker: prev[prev.length - 1].text, cls: 'anaphoric', via: s.text } : { speaker: s.text, cls: 'unknown' };
    };
    const gold = [];
    for (const [a, b] of goldStretches(text)) {
      const counts = new Map();
      let letters = 0;
      for (let i = a; i < b; i++) {
        if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
        letters++;
        if (owner[i] >= 0) counts.set(owner[i], (counts.get(owner[i]) ?? 0) + 1);
      }
      if (!letters) continue;
      const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
      if (!best || best[1] < letters * 0.5) continue;
      gold.push({ text: cleanQuote(text.slice(a, b)), ...resolve(best[0]) });
    }
    const paragraphs = text.split('\n').filter((l) => l.trim());
    docs.push({ name, lang: 'en', paragraphs, gold });
  }
  return docs;
}

// ---------- main ----------

const opts = parseArgs(process.argv.slice(2));
const q = await loadModule('src/core/quotes/index.ts');
// First-name lists, only to keep "she" from resolving to "Mr. Obama" in the gold chain.
const names = await loadModule('src/core/quotes/lexicon.ts');

function run(label, docs) {
  const c0 = process.cpuUsage();
  for (const d of docs) d.pred = q.findQuotes(d.paragraphs, d.lang);
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000 / Math.max(1, docs.length);
  const r = evaluate(docs, opts.minWords);
  report(label, docs, r, ms);
  if (opts.errors) {
    for (const e of r.errors.slice(0, opts.errors)) {
      console.log(`  - ${e.type.padEnd(7)} ${e.doc.slice(0, 40)} | gold: ${e.gold ?? '-'} | pred: ${e.pred ?? '-'} | ${e.text.slice(0, 100)}`);
    }
  }
  return r;
}

console.log(`eval:quotes${opts.minWords ? ` (quotes of ${opts.minWords}+ words)` : ''}`);
const fixtures = fixtureDocs();
run('TMT fixtures', fixtures);

if (opts.bench) {
  const seed = fixtures.find((d) => d.name.includes('seed-')) ?? fixtures[0];
  if (seed) {
    for (let i = 0; i < 100; i++) q.findQuotes(seed.paragraphs, seed.lang);
    const n = 300;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) q.selectKeyQuotes(q.findQuotes(seed.paragraphs, seed.lang));
    const cpu = process.cpuUsage(c0);
    const wall = (performance.now() - t0) / n;
    // CPU time is what the work costs; wall time also counts waiting for a busy machine.
    console.log(`  seed article   ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms CPU, ${wall.toFixed(3)} ms wall per run (findQuotes + selectKeyQuotes, mean of ${n})`);
  }
}

for (const dir of opts.dirs) {
  run(`PolNeAR ${opts.split} (${dir})`, polnearDocs(path.resolve(dir), opts.split));
}
