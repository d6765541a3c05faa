/**
 * Scoring: predicted quotes against gold quotes of the same texts, by offsets.
 *
 * Matching: a predicted and a gold quote match when the F1 of the words they cover (by position) is at least
 * 0.8; pairs are taken best first, one to one.
 * Speakers, on matched quotes whose gold speaker is usable (gold kind "unknown" is left out and counted):
 *   named, pronoun  strict: the predicted name has the gold surname (last name word) and, where the gold name
 *                   has more than one word, its first word too (names folded: case, ё=е, possessive, Mr./Mrs./
 *                   Dr. and Jr. ignored; Russian gold is nominative, so an oblique form is wrong);
 *                   lenient: the surname alone (Russian: compared by a crude stem);
 *   unnamed         right, strict and lenient, only when the predicted mention (speaker.start/end) overlaps the
 *                   gold mention;
 *   none            right only when the prediction has no speaker.
 *   A prediction without a speaker is wrong wherever the gold names one ("no speaker").
 * Subsets: "all", and "4+ words": gold quotes of 4+ words, with the predictions matched to them and the
 * unmatched predictions of 4+ words.
 */
import { nameWords, ruStem, wordSpans } from './text.mjs';

export const MATCH_F1 = 0.8;

/** Number of word tokens (by start offset) inside [a, b). */
function counter(text) {
  const starts = wordSpans(text).map(([s]) => s);
  const below = (x) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return (a, b) => (b > a ? below(b) - below(a) : 0);
}

export function nameJudgement(gold, predName, lang) {
  const G = gold.words ?? nameWords(gold.speaker);
  const P = nameWords(predName);
  if (!G.length || !P.length) return { strict: false, lenient: false };
  const gs = G[G.length - 1];
  const ps = P[P.length - 1];
  const strict = gs === ps && (G.length === 1 || P.slice(0, -1).includes(G[0]));
  const lenient = gs === ps || (lang === 'ru' && ruStem(gs) === ruStem(ps));
  return { strict, lenient };
}

const overlaps = (a, b) => a && b && a.start < b.end && b.start < a.end;

/** How a matched prediction's speaker compares with the gold one; null when the gold speaker is unusable. */
export function judgeSpeaker(gold, pred, lang) {
  if (gold.kind === 'unknown') return null;
  const sp = pred.speaker ?? null;
  if (gold.kind === 'none') return sp ? { strict: false, lenient: false, error: 'wrong speaker' } : { strict: true, lenient: true };
  if (!sp || !sp.name) return { strict: false, lenient: false, error: 'no speaker' };
  if (gold.kind === 'unnamed') {
    const ok = typeof sp.start === 'number' && typeof sp.end === 'number' && overlaps(sp, gold.mention);
    return ok ? { strict: true, lenient: true } : { strict: false, lenient: false, error: 'wrong speaker' };
  }
  const j = nameJudgement(gold, sp.name, lang);
  return j.strict ? j : { ...j, error: 'wrong speaker' };
}

/**
 * Score documents. docs: [{id, lang, text, gold: [{start, end, kind, speaker, words?, mention?}]}];
 * preds: Map id -> [{start, end, text?, speaker}]. Returns figures for "all" and "4+ words" and the errors.
 */
export function scoreDocs(docs, preds, { minWords = 4 } = {}) {
  const subsets = { all: 0, [`${minWords}+ words`]: minWords };
  const out = {};
  for (const [label, min] of Object.entries(subsets)) out[label] = emptyTally();
  for (const d of docs) {
    const count = counter(d.text);
    const gold = d.gold;
    const pred = (preds.get(d.id) ?? []).filter((p) => Number.isInteger(p.start) && Number.isInteger(p.end));
    const pairs = [];
    pred.forEach((p, i) => {
      const np = count(p.start, p.end);
      gold.forEach((g, j) => {
        const ov = count(Math.max(p.start, g.start), Math.min(p.end, g.end));
        if (!ov) return;
        const f = (2 * ov) / (np + count(g.start, g.end));
        if (f >= MATCH_F1) pairs.push({ i, j, f });
      });
    });
    pairs.sort((a, b) => b.f - a.f || a.j - b.j);
    const predOf = new Map();
    const goldOf = new Map();
    for (const { i, j } of pairs) {
      if (goldOf.has(i) || predOf.has(j)) continue;
      predOf.set(j, i);
      goldOf.set(i, j);
    }
    for (const [label, min] of Object.entries(subsets)) {
      const t = out[label];
      const keepGold = gold.map((g) => count(g.start, g.end) >= min);
      gold.forEach((g, j) => {
        if (!keepGold[j]) return;
        t.gold++;
        t.goldKinds[g.kind] = (t.goldKinds[g.kind] ?? 0) + 1;
        if (g.kind === 'unknown') t.goldUnknown++;
        const i = predOf.get(j);
        if (i === undefined) { t.errors.push(errorOf('missed', d, g, null)); return; }
        const p = pred[i];
        t.pred++;
        t.matched++;
        const v = judgeSpeaker(g, p, d.lang);
        if (!v) { t.matchedUnknown++; return; }
        const k = (t.byKind[g.kind] ??= { n: 0, strict: 0, lenient: 0 });
        k.n++;
        if (v.strict) { k.strict++; t.strict++; }
        if (v.lenient) { k.lenient++; t.lenient++; }
        // Gold sets of our own label each quote's construction ("relay-agency; oblique-case"): per-label figures.
        for (const form of (g.form ?? '').split(';').map((x) => x.trim().split(/\s+\(/)[0]).filter((x) => /^[a-z]+(?:-[a-z]+)*$/.test(x))) {
          const f = (t.byForm[form] ??= { n: 0, strict: 0, lenient: 0 });
          f.n++;
          if (v.strict) f.strict++;
          if (v.lenient) f.lenient++;
        }
        if (v.error) t.errors.push(errorOf(v.error, d, g, p));
      });
      pred.forEach((p, i) => {
        if (goldOf.has(i) || count(p.start, p.end) < min) return;
        t.pred++;
        t.errors.push(errorOf('extra', d, null, p));
      });
    }
  }
  for (const t of Object.values(out)) finish(t);
  return out;
}

function emptyTally() {
  return { gold: 0, pred: 0, matched: 0, goldUnknown: 0, matchedUnknown: 0, strict: 0, lenient: 0, byKind: {}, byForm: {}, goldKinds: {}, errors: [] };
}

const ratio = (a, b) => (b ? a / b : 0);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

function finish(t) {
  t.P = ratio(t.matched, t.pred);
  t.R = ratio(t.matched, t.gold);
  t.F = f1(t.P, t.R);
  const judged = t.matched - t.matchedUnknown;
  t.speakerJudged = judged;
  t.strictAcc = ratio(t.strict, judged);
  t.lenientAcc = ratio(t.lenient, judged);
  // Quote+speaker: a prediction is right when its quote matches and its speaker is right; quotes whose gold
  // speaker is unusable leave both sides.
  const predN = t.pred - t.matchedUnknown;
  const goldN = t.gold - t.goldUnknown;
  t.strictQS = f1(ratio(t.strict, predN), ratio(t.strict, goldN));
  t.lenientQS = f1(ratio(t.lenient, predN), ratio(t.lenient, goldN));
  t.errorCounts = { missed: 0, extra: 0, 'wrong speaker': 0, 'no speaker': 0 };
  for (const e of t.errors) t.errorCounts[e.type]++;
}

function errorOf(type, d, g, p) {
  const snip = (a, b) => d.text.slice(a, b).replace(/\s+/g, ' ');
  return {
    type,
    doc: d.id,
    quote: g ? snip(g.start, g.end) : snip(p.start, p.end),
    at: g ? g.start : p.start,
    gold: g ? { kind: g.kind, speaker: g.speaker ?? null, mention: g.mention?.text ?? null, via: g.via ?? null } : null,
    pred: p ? { speaker: p.speaker?.name ?? null, mention: p.speaker && Number.isInteger(p.speaker.start) ? snip(p.speaker.start, p.speaker.end) : null } : null,
  };
}
