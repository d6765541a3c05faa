#!/usr/bin/env node
/**
 * Check a set of hand-written quote gold files (data/quotes/<set>/*.json, format in data/quotes/README.md), Russian
 * (`lang: "ru"`, «…») or English (`lang: "en"`, “…”).
 *
 *   node scripts/check-quote-gold.mjs data/quotes/ru-dev [--min-total 170] [--min-form 6] [--list-non-quotes]
 *
 * Checks every file: valid JSON with the documented fields; every `quote` verbatim in `text`, found in text order
 * (each searched from the end of the previous one) and enclosed by quotation marks; every `mention` present at its
 * `mentionIndex` (occurrences counted by searching from one after the previous start); speaker null exactly for
 * kind "none" (an unnamed source's speaker is its nominal phrase, as scripts/eval/gold-json.mjs requires), mention
 * null exactly for kind "none".
 * Prints counts per form and per kind, and fails (exit 1) on any error or when a threshold is not met.
 * --list-non-quotes prints every outer quotation stretch («…» or “…”) that is not a gold quote, for reading that none was forgotten.
 */
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = { dir: null, minTotal: 0, minForm: 0, listNonQuotes: false };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--min-total') opt.minTotal = Number(args[++i]);
  else if (args[i] === '--min-form') opt.minForm = Number(args[++i]);
  else if (args[i] === '--list-non-quotes') opt.listNonQuotes = true;
  else opt.dir = args[i];
}
if (!opt.dir) {
  console.error('usage: check-quote-gold.mjs <dir> [--min-total N] [--min-form N] [--list-non-quotes]');
  process.exit(2);
}

const KINDS = new Set(['named', 'unnamed', 'pronoun', 'none']);
const OPENERS = '«„"“';
const CLOSERS = '»“"”';
const errors = [];
const byForm = new Map();
const byKind = new Map();
const traits = { nested: 0, multiParagraph: 0, inflectedOrRoleMention: 0 };
let total = 0;
let articles = 0;
let paragraphs = 0;

function nthIndex(text, needle, n) {
  let at = text.indexOf(needle);
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(needle, at + 1);
  return at;
}

/** The outer quotation marks of each language: Russian «…» (nested „…“), English “…” (nested ‘…’). */
const OUTER = { ru: ['«', '»'], en: ['“', '”'] };

/** Outer-level quotation stretches, nested marks left inside. */
function outerSpans(text, [open, close]) {
  const spans = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === close && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, i]);
    } else if (text[i] === '\n' && text[i + 1] === '\n' && depth > 0 && text[i + 2] === open) {
      // a quote running on into the next paragraph reopens with «, closing only at its end
      i += 2;
    }
  }
  return spans;
}

const files = fs.readdirSync(opt.dir).filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  const where = path.join(opt.dir, f);
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(where, 'utf8'));
  } catch (e) {
    errors.push(`${where}: not JSON (${e.message})`);
    continue;
  }
  const err = (m) => errors.push(`${where}: ${m}`);
  if (typeof doc.id !== 'string' || !OUTER[doc.lang] || typeof doc.text !== 'string' || !Array.isArray(doc.quotes)) {
    err('needs id, lang "ru" or "en", text and quotes');
    continue;
  }
  if (`${doc.id}.json` !== f) err(`id ${doc.id} does not match the file name`);
  articles++;
  paragraphs += doc.text.split('\n\n').length;
  let from = 0;
  const found = [];
  for (const [i, q] of doc.quotes.entries()) {
    const at = `quote ${i} «${String(q.quote).slice(0, 40)}…»`;
    if (typeof q.quote !== 'string' || !q.quote) { err(`${at}: empty`); continue; }
    if (!KINDS.has(q.kind)) err(`${at}: kind ${q.kind}`);
    if (typeof q.form !== 'string' || !q.form) err(`${at}: no form`);
    const pos = doc.text.indexOf(q.quote, from);
    if (pos < 0) {
      err(doc.text.includes(q.quote) ? `${at}: out of text order` : `${at}: not in text`);
      continue;
    }
    if (!OPENERS.includes(doc.text[pos - 1]) || !CLOSERS.includes(doc.text[pos + q.quote.length])) {
      err(`${at}: not enclosed by quotation marks`);
    }
    found.push([pos, pos + q.quote.length]);
    from = pos + q.quote.length;
    const needsSpeaker = q.kind !== 'none';
    if (needsSpeaker !== (typeof q.speaker === 'string' && q.speaker.length > 0)) {
      err(`${at}: kind ${q.kind} with speaker ${JSON.stringify(q.speaker)}`);
    }
    if ((q.kind === 'none') !== (q.mention === null)) err(`${at}: kind ${q.kind} with mention ${JSON.stringify(q.mention)}`);
    if (q.mention !== null) {
      const n = q.mentionIndex ?? 0;
      if (!Number.isInteger(n) || n < 0 || nthIndex(doc.text, q.mention, n) < 0) {
        err(`${at}: mention «${q.mention}» has no occurrence ${n}`);
      }
      if (q.kind === 'named' && q.mention !== q.speaker) traits.inflectedOrRoleMention++;
    }
    if (/[„“]/.test(q.quote)) traits.nested++;
    if (q.quote.includes('\n')) traits.multiParagraph++;
    byForm.set(q.form, (byForm.get(q.form) ?? 0) + 1);
    byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
    total++;
  }
  if (opt.listNonQuotes) {
    for (const [s, e] of outerSpans(doc.text, OUTER[doc.lang])) {
      if (!found.some(([a, b]) => a === s && b === e)) console.log(`${doc.id}  not a quote: «${doc.text.slice(s, e)}»`);
    }
  }
}

const table = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(26)} ${v}`).join('\n');
console.log(`${articles} articles, ${paragraphs} paragraphs, ${total} quotes`);
console.log(`by form:\n${table(byForm)}`);
console.log(`by kind:\n${table(byKind)}`);
console.log(`traits: ${traits.nested} with nested „…“, ${traits.multiParagraph} over two paragraphs, `
  + `${traits.inflectedOrRoleMention} named with a mention other than the speaker's own form`);
if (total < opt.minTotal) errors.push(`only ${total} quotes (want ${opt.minTotal})`);
for (const [form, n] of byForm) if (n < opt.minForm) errors.push(`form ${form}: only ${n} (want ${opt.minForm})`);
if (errors.length) {
  console.error(`${errors.length} problem(s):\n${errors.join('\n')}`);
  process.exit(1);
}
console.log('ok');
