/**
 * PolNeAR (brat standoff) as gold quotes with speakers, from the annotation and the text alone.
 *
 * Layout: <dir>/data/<split>/text/<name>.txt and <dir>/data/<split>/attributions/<name>_<annotator>.ann
 * (the first annotator's file, by name, when an article was annotated more than once).
 *
 * A gold quote is a quotation-mark stretch of the text (text.mjs quoteStretches) at least half of whose letters
 * lie inside the Content span of one attribution; when attributions nest, the innermost (shortest) Content
 * owns a letter. Its speaker comes from that attribution's Source span, classified by the last word of its
 * head (the source cut at a comma, bracket, dash, "who", a preposition, or "of" before a lower-case word or article; "another
 * friend, Mariam Emara" takes the name in the aside):
 *   named    the last word is capitalised: the name is the last capitalised run of the head, titles before it
 *            dropped ("Texas Sen. Ted Cruz" -> Ted Cruz);
 *   pronoun  he/she/him/her: resolved only when two readings agree on the surname: the nearest named Source
 *            before it, and the nearest mention in the text (possessives skipped) of the surname of any named
 *            Source of the article; candidates are person-like (not an acronym, not "The …", not written
 *            "the Washington Post" in the text) and not of the
 *            other sex where the text shows the sex (Mr./Mrs./Ms./Miss before that surname); the name is
 *            the fuller one when the article's Sources give exactly one first name for that surname.
 *            who/whom/which: the capitalised name right before it in the same paragraph ("Clinton, who
 *            said"; "Marco Rubio of Florida, who" -> Marco Rubio; nothing after "a/an …" or "X for Y");
 *            otherwise unresolved;
 *   unnamed  anything else ("a Kremlin spokesman", "officials", "the Republican nominee", "Some Republicans"): right only when the
 *            predicted mention overlaps the Source span;
 *   unknown  no Source, a Source that is only a verb, or a pronoun the annotation cannot resolve (I, we, you,
 *            they, it, that, or he/she where the two readings disagree): left out of the speaker figures, counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isTitleWord, personWords, quoteStretches } from './text.mjs';

export function parseAnn(src) {
  const spans = new Map();
  const rels = [];
  for (const line of src.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta, text] = line.split('\t');
      if (!meta) continue;
      const sp = meta.indexOf(' ');
      const frags = meta.slice(sp + 1).split(';').map((x) => x.split(' ').map(Number));
      spans.set(id, { type: meta.slice(0, sp), frags, text: text ?? '' });
    } else if (line.startsWith('E')) {
      const rel = { content: [], source: [] };
      for (const p of (line.split('\t')[1] ?? '').trim().split(/\s+/)) {
        const [role, id] = p.split(':');
        if (/^Content/.test(role)) rel.content.push(id);
        else if (/^Source/.test(role)) rel.source.push(id);
      }
      rels.push(rel);
    }
  }
  return { spans, rels };
}

const ACRONYM = /^[\p{Lu}\d.&-]{2,}$/u;
const SINGULAR = /^(?:he|she|him|her)$/i;
const RELATIVE = /^(?:who|whom|which)$/i;
const OTHER_PRONOUN = /^(?:i|me|my|we|us|our|you|your|they|them|their|it|its|his|hers|one|this|these|those|that)$/i;
const VERB_ONLY = /^(?:said|says|say|told|tells|added|adds|wrote|writes|asked|tweeted|stated|noted)$/i;
const REFLEXIVE = /\s+(?:himself|herself|themselves|itself)$/u;
const CAP = /^\p{Lu}/u;
/** "Joel Pollak of Breitbart California": "of" after a capitalised word that is not a title ends the name ("Secretary of State John Kerry" keeps it). */
function cutOfAfterName(s) {
  for (const m of s.matchAll(/(\S+)\s+of\s/gu)) {
    if (CAP.test(m[1]) && !isTitleWord(m[1])) return s.slice(0, m.index + m[1].length);
  }
  return s;
}
/** Closed-class words that open a sentence capitalised without being names ("Some said …"). */
const QUANTIFIERS = /^(?:some|many|most|others|several|few|both|all|each|another|none|everyone|someone|somebody|everybody|nobody|anyone|one|two|three|four|five)$/i;
const PARTICLES = new Set(['de', 'van', 'von', 'al', 'el', 'bin', 'la', 'le', 'del', 'da', 'di', 'du', 'der', 'den', 'ter', 'of']);

/** The head of a source phrase: "Mr. Morgan of the Sierra Club" -> "Mr. Morgan"; "another friend, Mariam Emara" -> "Mariam Emara". */
export function sourceHead(text) {
  const cut = (s) => cutOfAfterName(s)
    .split(/\(|\s+[—–]\s+|\s+who\s+|\s+(?:for|from|at|with|in|on|to|near|outside|inside)\s+|\s+of\s+(?=\p{Ll}|the\s|a\s|an\s)/u)[0]

    .replace(REFLEXIVE, '').trim();
  const segs = text.split(',').map((x) => x.trim()).filter(Boolean);
  const first = cut(segs[0] ?? '');
  const endsCap = (s) => CAP.test(lastWord(s));
  const second = cut(segs[1] ?? '');
  const words = second.split(/\s+/).length;
  if (!endsCap(first) && second && endsCap(second) && words >= 2 && words <= 5 && !/^(?:who|which|that)\b/i.test(second)) return second;
  return first;
}

function lastWord(s) {
  const ws = s.split(/\s+/).filter(Boolean);
  return (ws[ws.length - 1] ?? '').replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}.'’-]/gu, '');
}

/** The last capitalised run of a phrase: "Republican presidential candidate Donald Trump" -> "Donald Trump". */
export function lastCapitalRun(s) {
  const ws = s.split(/\s+/).filter(Boolean);
  let i = ws.length - 1;
  // "Breitbart’s Joel Pollak": a possessive before the name belongs to someone else.
  while (i > 0 && !/['’]s$/u.test(ws[i - 1]) && (CAP.test(ws[i - 1]) || (PARTICLES.has(ws[i - 1]) && i - 1 > 0 && CAP.test(ws[i - 2])))) i--;
  return ws.slice(i).join(' ').replace(/['’]s$/u, '').replace(/[,.;:]+$/u, (m) => (/\b\p{Lu}\.$/u.test(s) ? m : ''));
}

/** Classify one Source phrase (before pronoun resolution). */
export function classifySource(text) {
  const t = (text ?? '').trim();
  if (!t || VERB_ONLY.test(t)) return { kind: 'unknown', why: t ? 'source is only a verb' : 'no source' };
  const head = sourceHead(t);
  const last = lastWord(head);
  if (!last) return { kind: 'unnamed' };
  if (SINGULAR.test(last) && head.split(/\s+/).length === 1) return { kind: 'pronoun', pronoun: last.toLowerCase() };
  if (RELATIVE.test(last) && head.split(/\s+/).length === 1) return { kind: 'relative', pronoun: last.toLowerCase() };
  if (OTHER_PRONOUN.test(last) && head.split(/\s+/).length === 1) return { kind: 'unknown', why: `pronoun "${last}"` };
  // "Some Republicans", "Many": a quantified group is nobody in particular.
  if (QUANTIFIERS.test(head.split(/\s+/)[0] ?? '')) return { kind: 'unnamed' };
  if (CAP.test(last)) return { kind: 'named', name: lastCapitalRun(head) };
  return { kind: 'unnamed' };
}

/** The sex the article shows for a surname: Mr./Mrs./Ms./Miss before it anywhere in the text. */
function sexOf(name, text) {
  const ws = name.split(/\s+/);
  const surname = ws[ws.length - 1]?.replace(/[^\p{L}'’-]/gu, '');
  if (!surname) return null;
  // The name's own honorific decides ("Mrs. Clinton" where the text also has "Mr. Clinton").
  if (/^Mr\.?\s/.test(name)) return 'm';
  if (/^(?:Mrs|Ms|Miss)\.?\s/.test(name)) return 'f';
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\bMr\\.?\\s+${esc}\\b`, 'u').test(text);
  const f = new RegExp(`\\b(?:Mrs|Ms|Miss)\\.?\\s+${esc}\\b`, 'u').test(text);
  return m && !f ? 'm' : f && !m ? 'f' : null;
}

/** A body, not a person, by its form: an acronym (FBI), a name that opens with "The" (The Associated Press) or that the text writes after "the". */
const personLike = (name, text) => !ACRONYM.test(name) && !/^the\s/i.test(name) && !theBefore(name, text);

/** "the Washington Post" somewhere in the text, not as an attribute ("the Hillary Clinton campaign"): a body. */
function theBefore(name, text) {
  if (!/\s/.test(name)) return false;
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bthe\\s+${esc}(?!\\s+\\p{Ll})`, 'iu').test(text);
}

const surnameOf = (name) => personWords(name).pop() ?? '';

/**
 * Runs of capitalised words outside quotations, possessives ("Trump’s plan") skipped, in text order: what
 * nearestSurnameBefore reads.
 */
function capitalRuns(text, quoted) {
  const runs = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)*/gu)) {
    if (quoted[m.index]) continue;
    if (/^['’]s\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /['’]s$/u.test(m[0])) continue;
    const ws = m[0].split(/[ \u00a0]+/);
    runs.push({ at: m.index, last: ws[ws.length - 1].toLowerCase().replace(/[’]/g, "'").replace(/\.$/, ''), multi: ws.length >= 2 });
  }
  return runs;
}

/**
 * The surname of the person named last before `at` in the text: the last word of a capitalised run that is
 * a surname of the given named Sources or a run of two words or more ("Hillary Clinton"). A place or a paper
 * written that way ("New Mexico") is returned too, and then simply disagrees with the other reading.
 */
function nearestSurnameBefore(runs, at, sources) {
  const surnames = new Set(sources.map((n) => surnameOf(n.name)).filter((w) => w.length > 1));
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (runs[mid].at < at) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0; i--) if (surnames.has(runs[i].last) || runs[i].multi) return runs[i].last;
  return null;
}

/** The source's name, or the one fuller name with its surname among the article's named sources. */
function fullestName(source, named) {
  if (personWords(source.name).length > 1) return source.name;
  const full = new Map();
  for (const n of named) {
    const w = personWords(n.name);
    if (w.length > 1 && w[w.length - 1] === surnameOf(source.name)) full.set(w.join(' '), n.name);
  }
  return full.size === 1 ? [...full.values()][0] : source.name;
}

/**
 * "Clinton, who said": the capitalised name ending right before a relative pronoun, in the same paragraph (a
 * comma between at most). "Sen. Marco Rubio of Florida, who" gives the name before "of"; "an influential
 * Hispanic Republican who" (a nominal) and "the Partnership for Conservative Principles, who" give nothing.
 */
function antecedentBefore(text, at) {
  const start = Math.max(0, at - 160, text.lastIndexOf('\n', at - 1) + 1);
  return capitalRunAtEnd(text.slice(start, at).replace(/[\s,]+$/u, ''), true);
}

function capitalRunAtEnd(before, allowOf) {
  const m = /((?:\p{Lu}[\p{L}'’-]*\.?[ \u00a0]+)*\p{Lu}[\p{L}'’-]*)$/u.exec(before);
  if (!m) return null;
  const pre = before.slice(0, m.index);
  // A capitalised word that opens a sentence is not a name on its own evidence.
  if (/(?:^|[.!?:]["”’]?)\s*$/u.test(pre) && !/\s/.test(m[1])) return null;
  if (/\b(?:a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/iu.test(pre)) return null;
  if (/\bof\s+$/u.test(pre)) return allowOf ? capitalRunAtEnd(pre.replace(/\s+of\s+$/u, ''), false) : null;
  if (/\p{Lu}[\p{L}'’-]*\s+(?:for|in|at|on|from|and|&)\s+$/u.test(pre)) return null;
  return m[1];
}

export function polnearDocs(dir, split) {
  const tdir = path.join(dir, 'data', split, 'text');
  const adir = path.join(dir, 'data', split, 'attributions');
  if (!fs.existsSync(tdir)) throw new Error(`no PolNeAR split "${split}" under ${dir} (expected ${path.join('data', split, 'text')})`);
  const anns = fs.readdirSync(adir).sort();
  const byArticle = new Map();
  for (const a of anns) {
    const name = a.replace(/_[^_]*\.ann$/, '');
    if (!byArticle.has(name)) byArticle.set(name, a);
  }
  const docs = [];
  for (const tf of fs.readdirSync(tdir).sort()) {
    const name = tf.replace(/\.txt$/, '');
    const af = byArticle.get(name);
    if (!af) continue;
    const text = fs.readFileSync(path.join(tdir, tf), 'utf8');
    docs.push({ id: name, lang: 'en', text, gold: polnearGold(text, fs.readFileSync(path.join(adir, af), 'utf8')) });
  }
  return docs;
}

/** Gold quotes of one article from its text and its .ann file. */
/**
 * he/she Sources: resolved only when the nearest named Source before the pronoun and the person named last
 * before it in the text (nearestSurnameBefore) give the same surname; candidates are person-like and not
 * of the other sex. The sex of a surname is what the text shows (Mr./Mrs./Ms./Miss), else what a first pass
 * of this resolution shows (at least two he-or-she resolutions to it, three times as many of one sex).
 */
function resolvePronouns(pronouns, named, text, quoted) {
  if (!pronouns.length) return new Map();
  const runs = capitalRuns(text, quoted);
  const textSex = new Map(named.map((n) => [n.name, sexOf(n.name, text)]));
  const person = new Map(named.map((n) => [n.name, personLike(n.name, text)]));
  const pass = (sexHint) => {
    const out = new Map();
    for (const s of pronouns) {
      const sex = /^(?:he|him)$/.test(s.pronoun) ? 'm' : 'f';
      const other = sex === 'm' ? 'f' : 'm';
      const fits = (n) => person.get(n.name) && (textSex.get(n.name) ?? sexHint.get(surnameOf(n.name)) ?? null) !== other;
      const bySource = named.filter((n) => n.start < s.start && fits(n)).pop();
      const byText = nearestSurnameBefore(runs, s.start, named.filter(fits));
      if (!bySource || !byText) out.set(s, { why: 'no named source before it' });
      else if (surnameOf(bySource.name) !== byText) out.set(s, { why: 'the two readings disagree' });
      else out.set(s, { name: fullestName(bySource, named), surname: byText, sex });
    }
    return out;
  };
  const first = pass(new Map());
  const votes = new Map();
  for (const r of first.values()) {
    if (!r.name) continue;
    const v = votes.get(r.surname) ?? { m: 0, f: 0 };
    v[r.sex]++;
    votes.set(r.surname, v);
  }
  const hint = new Map();
  for (const [surname, v] of votes) {
    if (v.m + v.f >= 2 && v.m >= 3 * v.f) hint.set(surname, 'm');
    else if (v.m + v.f >= 2 && v.f >= 3 * v.m) hint.set(surname, 'f');
  }
  return hint.size ? pass(hint) : first;
}

export function polnearGold(text, ann) {
  const { spans, rels } = parseAnn(ann);
  const sources = rels.map((r) => {
    const ss = r.source.map((id) => spans.get(id)).filter(Boolean);
    const frags = ss.flatMap((s) => s.frags).sort((a, b) => a[0] - b[0]);
    const start = frags.length ? frags[0][0] : -1;
    const end = frags.length ? frags[frags.length - 1][1] : -1;
    const srcText = ss.map((s) => s.text).join(' ').trim();
    return { text: srcText, start, end, ...classifySource(srcText) };
  });
  // Each letter belongs to the innermost (shortest) Content span covering it.
  const owner = new Int32Array(text.length).fill(-1);
  const ownerLen = new Int32Array(text.length).fill(0x7fffffff);
  rels.forEach((r, k) => {
    const frags = r.content.map((id) => spans.get(id)).filter(Boolean).flatMap((s) => s.frags);
    const len = frags.reduce((n, [a, b]) => n + (b - a), 0);
    for (const [a, b] of frags) {
      for (let i = Math.max(0, a); i < b && i < text.length; i++) {
        if (len < ownerLen[i]) { owner[i] = k; ownerLen[i] = len; }
      }
    }
  });
  const named = sources.filter((s) => s.kind === 'named' && s.start >= 0).sort((a, b) => a.start - b.start);
  const stretches = quoteStretches(text);
  const quoted = new Uint8Array(text.length);
  for (const [a, b] of stretches) quoted.fill(1, a, b);
  const pronouns = resolvePronouns(sources.filter((s) => s.kind === 'pronoun' && s.start >= 0), named, text, quoted);
  const resolve = (s) => {
    const mention = s.start >= 0 ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null;
    if (s.kind === 'named') return { kind: 'named', speaker: s.name, words: personWords(s.name), mention };
    if (s.kind === 'unnamed') return { kind: 'unnamed', speaker: s.text, mention };
    if (s.kind === 'pronoun') {
      const r = pronouns.get(s);
      if (!r || !r.name) return { kind: 'unknown', speaker: null, why: `"${s.text}": ${r?.why ?? 'no named source before it'}`, mention };
      return { kind: 'pronoun', speaker: r.name, words: personWords(r.name), via: s.text, mention };
    }
    if (s.kind === 'relative') {
      const ante = s.start >= 0 ? antecedentBefore(text, s.start) : null;
      if (ante) return { kind: 'pronoun', speaker: ante, words: personWords(ante), via: s.text, mention };
      return { kind: 'unknown', speaker: null, why: `"${s.text}" without a name right before it`, mention };
    }
    return { kind: 'unknown', speaker: null, why: s.why, mention };
  };
  const gold = [];
  for (const [a, b] of stretches) {
    const counts = new Map();
    let letters = 0;
    for (let i = a; i < b; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      letters++;
      if (owner[i] >= 0) counts.set(owner[i], (counts.get(owner[i]) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
    if (!letters || !best || best[1] < letters * 0.5) continue;
    gold.push({ start: a, end: b, ...resolve(sources[best[0]]) });
  }
  return gold;
}
