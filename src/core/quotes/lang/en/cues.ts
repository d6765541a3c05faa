/**
 * English attribution cues: "X said", "said X", "X, the foreign minister, told reporters", "according to X",
 * "he added", and the clause shape after a quotation whatever its verb (“…,” Clinton gushed). Who the subject is
 * lives in subjects.ts (names, asides) and nominals.ts (noun phrases); the regexes in patterns.ts.
 */
import { dashCues, type Cue, type Subject } from '../../cues';
import { sentenceRange, type Frame } from '../../frame';
import { EN_SPEECH, EN_WEAK } from './lexicon';
import { DET, IRREGULAR_PAST, OBJECT_PRONOUNS, SKIP } from './clause-words';
import { REGEXPS } from './patterns';
import { sentenceSubject, subjectAfter, subjectBefore } from './subjects';

export { sentenceSubject } from './subjects';

/**
 * A number for a word's first letter, last letter and length: a word whose number no verb of saying has is none,
 * told without hashing the word for the set. Most words of a story are first looked up here, and hashing each
 * (a new string every read) was half of findCuesEn's own time in Chromium.
 */
const shapeOf = (w: string): number => ((w.charCodeAt(0) & 0x3ff) << 20) | ((w.charCodeAt(w.length - 1) & 0x3ff) << 5) | Math.min(w.length, 31);
const SPEECH_SHAPES = new Set<number>();
for (const w of EN_SPEECH) SPEECH_SHAPES.add(shapeOf(w));

/** EN_SPEECH.has(w), the set asked only when the shape fits. */
const isSpeechVerb = (w: string): boolean => SPEECH_SHAPES.has(shapeOf(w)) && EN_SPEECH.has(w);

/** "state", "say", "tell": a verb of saying in its bare form (no -s, no past tense). */
const bareForm = (w: string): boolean => !REGEXPS.sOrEdEnd.test(w) && !IRREGULAR_PAST.has(w);

/** Does the quotation whose closing mark is at `mark` end open, on a comma, a question or a dash ("…,”)? */
function endsOpen(f: Frame, mark: number): boolean {
  let i = mark - 1;
  while (i > 0 && REGEXPS.blank.test(f.text[i]!)) i--;
  return REGEXPS.openEnd.test(f.text[i] ?? '');
}

/**
 * The clause right after a quotation that ends on a comma attributes it, whatever its verb: “…,” Clinton
 * gushed / “…,” the CNN host reiterated / “…,” fumed Mr. Burton. The verb list is a hint; this is the shape.
 */
function clauseAfterQuote(f: Frame, v: number, sent: [number, number], markBefore: number): Subject | null {
  const t = f.toks[v]!;
  // Either shape needs a closing mark (or a sentence end inside one) earlier in the sentence (`markBefore`, the last
  // '"' or '¶' before the word): without one, no subject or verb here can be "right after a quotation".
  if (markBefore < sent[0]) return null;
  if (t.w !== t.lw || SKIP.has(t.lw) || REGEXPS.functionWord.test(t.lw) || DET.has(t.lw) || OBJECT_PRONOUNS.has(t.lw)) return null;
  const before = f.frame.slice(Math.max(sent[0], t.start - 12), t.start);
  // Any verb form (-ed, -s), or an irregular one that ends the clause: "the statement read.", "Trump shot back."
  const endsClause = REGEXPS.clauseEndAfterVerb.test(f.frame.slice(t.end, t.end + 8)) && !REGEXPS.rightAfterQuote.test(before);
  // ("“…,” read the statement": an irregular past inverted right after the quotation.)
  const inverted = REGEXPS.rightAfterQuote.test(before);
  if (!(REGEXPS.verbForm.test(t.w) && !REGEXPS.notVerbForm.test(t.w)) && !(endsClause && REGEXPS.lowerWord.test(t.w) && t.w.length >= 3)
    && !(inverted && IRREGULAR_PAST.has(t.w))) return null;
  const mark = f.frame.lastIndexOf('"', t.start);
  if (inverted) {
    if (mark < 0 || !endsOpen(f, mark)) return null;
    const subj = subjectAfter(f, v, sent[1]);
    return subj && subj.kind !== 'pron' ? subj : null;
  }
  const subj = subjectBefore(f, v, sent[0]);
  if (!subj) return null;
  const start = subj.kind === 'name' ? subj.run.start : subj.start;
  const lead = f.frame.slice(Math.max(sent[0], start - 8), start);
  const at = f.frame.lastIndexOf('"', start);
  return REGEXPS.rightAfterQuote.test(lead) && at >= 0 && endsOpen(f, at) ? subj : null;
}

/** "<relay> quoted <X> as saying": X, when "as" stands right before the participle at v and "quoted" a few words back. */
function relayedSpeaker(f: Frame, v: number, s: [number, number]): Subject | null {
  if (v < 3 || f.toks[v - 1]!.lw !== 'as') return null;
  for (let k = v - 2; k >= 0 && k >= v - 9 && f.toks[k]!.start >= s[0]; k--) {
    if (!REGEXPS.relayVerb.test(f.toks[k]!.lw)) continue;
    const obj = f.toks[k + 1]!.lw;
    // "X was quoted as saying by <relay>": the passive's subject is who was quoted.
    if (k + 1 === v - 1 && k > 0 && REGEXPS.passiveAuxiliary.test(f.toks[k - 1]!.lw)) {
      const subj = subjectBefore(f, k - 1, s[0]);
      return subj && subj.kind !== 'pron' ? subj : null;
    }
    if (obj === 'him' || obj === 'her') return { kind: 'pron', gender: obj === 'him' ? 'm' : 'f', start: f.toks[k + 1]!.start, end: f.toks[k + 1]!.end };
    const subj = subjectAfter(f, k, f.toks[v - 1]!.start);
    return subj && subj.kind !== 'pron' ? subj : null;
  }
  return null;
}

/** The agent of a passive verb of saying at v: the name after the first "by" that follows a quotation in its
 *  sentence ("was described as “…” by the Committee to Protect Journalists"). */
function passiveAgent(f: Frame, v: number, s: [number, number]): Subject | null {
  const mark = f.frame.indexOf('"', f.toks[v]!.end);
  if (mark < 0 || mark >= s[1]) return null;
  for (let k = v + 1; k < f.toks.length && f.toks[k]!.start < s[1]; k++) {
    if (f.toks[k]!.lw !== 'by' || f.toks[k]!.start < mark) continue;
    const subj = subjectAfter(f, k, s[1]);
    return subj && subj.kind !== 'pron' ? subj : null;
  }
  return null;
}

const subjectStart = (a: Cue): number => (a.subj.kind === 'name' ? a.subj.run.start : a.subj.start);
/** "…, saying": a participle takes the sentence's subject, however far back. */
const participle = (f: Frame, a: Cue): boolean => REGEXPS.ingEnding.test(f.text.slice(a.start, a.end));

/**
 * Cues that are not attributions: a word inside another cue's subject and its aside ("Ann Lee, the head of the
 * Ohio state teachers union, said": "state" is no verb there), and a cue read from the clause shape alone when a
 * listed verb of saying follows in the same clause, before any other quotation (in “…,” the chief human
 * resources executive, Ann Lee, told …, "resources" only looked like a verb).
 */
function dropFalseCues(f: Frame, acts: Cue[], shape: Set<Cue> | null): Cue[] {
  // (Loops, not filter and some with a closure each: this runs for every paragraph, most with one cue or none.)
  if (acts.length < 2) return acts;
  const kept: Cue[] = [];
  for (const a of acts) if (!overriddenBy(f, a, acts, shape)) kept.push(a);
  return kept;
}

/** Does a later cue in `acts` show that `a` is no attribution (dropFalseCues)? */
function overriddenBy(f: Frame, a: Cue, acts: Cue[], shape: Set<Cue> | null): boolean {
  for (const b of acts) {
    if (b === a || b.start <= a.end) continue;
    if (subjectStart(b) < a.start && !participle(f, b)) return true;
    if (shape && shape.has(a) && !shape.has(b) && sentenceRange(f, b.start)[0] === sentenceRange(f, a.start)[0] && !spanOpensBetween(f, a.end, b.start)) return true;
  }
  return false;
}

function spanOpensBetween(f: Frame, from: number, to: number): boolean {
  for (const s of f.spans) if (s.open > from && s.open < to) return true;
  return false;
}

const byStart = (a: Cue, b: Cue): number => a.start - b.start;

export function findCuesEn(f: Frame): Cue[] {
  const acts: Cue[] = dashCues(f);
  // The cues found by the clause shape alone (made on the first: most paragraphs have none).
  let shape: Set<Cue> | null = null;
  // The last '"' or '¶' of the frame before the token, and how far the frame has been read for it (tokens come in
  // order: one pass over the frame, not two searches back per word).
  let markBefore = -1;
  let markRead = 0;
  for (let v = 0; v < f.toks.length; v++) {
    const t = f.toks[v]!;
    const w = t.lw;
    // "As Ann Lee put it, “…”": "put it" says something.
    const putIt = w === 'put' && f.toks[v + 1]?.lw === 'it';
    if (w !== 'according' && !isSpeechVerb(w) && !putIt) {
      // Not a listed verb of saying: the clause shape after a quotation may still say it is one.
      if (!f.spans.length || t.w !== w) continue;
      for (; markRead < t.start; markRead++) {
        const c = f.frame.charCodeAt(markRead);
        if (c === 0x22 /* " */ || c === 0xb6 /* ¶ */) markBefore = markRead;
      }
      const s = sentenceRange(f, t.start);
      const subj = clauseAfterQuote(f, v, s, markBefore);
      if (subj) {
        const cue: Cue = { start: t.start, end: t.end, subj, weak: false, gender: null };
        (shape ??= new Set<Cue>()).add(cue);
        acts.push(cue);
      }
      continue;
    }
    const s = sentenceRange(f, t.start);
    if (w === 'according' && f.toks[v + 1]?.w === 'to') {
      const subj = subjectAfter(f, v + 1, s[1]);
      if (subj) acts.push({ start: t.start, end: f.toks[v + 1]!.end, subj, weak: false, gender: null });
      continue;
    }
    // Lower case, or capitalised at the start of a sentence ("Continued Stone: …", "Said Lavrov: …").
    const initial = t.w !== w && t.start - s[0] < 8 && REGEXPS.blanksOrOpeningMarks.test(f.frame.slice(s[0], t.start));
    if ((!isSpeechVerb(w) && !putIt) || (t.w !== w && !initial)) continue;
    // "Russia would respond", "declined to comment": not something said.
    // (Right before it only: the words of a quotation are not in the frame, so "did not. “…,” he said" is no negation.)
    // ("used to say" is a past habit, said: "My teacher, X, used to say: “…”".)
    if (v > 0 && REGEXPS.modalBefore.test(f.toks[v - 1]!.w) && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[v - 1]!.end, t.start))
      && !(v > 1 && f.toks[v - 1]!.lw === 'to' && f.toks[v - 2]!.lw === 'used')) continue;
    // "the claims were …", "relations with the Baltic states were …": a word right after a determiner, or "states"
    // after a determiner and its adjective, right before a finite auxiliary is a plural noun, not a verb of saying ("a
    // term X said was …", "a trend the foundation predicts will …" are verbs).
    const next = f.toks[v + 1];
    if (next && REGEXPS.finiteAuxiliary.test(next.w) && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, next.start))
      && ((v > 0 && REGEXPS.determiner.test(f.toks[v - 1]!.lw)) || (w === 'states' && v > 1 && REGEXPS.determiner.test(f.toks[v - 2]!.lw)))) continue;
    const weak = EN_WEAK.has(w);
    // A passive ("was described as “…” by X"): its agent after "by" speaks, not its subject.
    if (v > 0 && REGEXPS.passiveAuxiliary.test(f.toks[v - 1]!.lw) && (REGEXPS.edEnding.test(w) || IRREGULAR_PAST.has(w)) && !REGEXPS.relayVerb.test(w)) {
      const agent = passiveAgent(f, v, s);
      if (agent) {
        acts.push({ start: t.start, end: t.end, subj: agent, weak: false, gender: null });
        continue;
      }
    }
    // Inversion right after a quotation: ",” said X".
    const before = f.frame.slice(Math.max(s[0], t.start - 240), t.start);
    const afterQuote = REGEXPS.rightAfterQuote.test(before);
    let subj: Subject | null = null;
    if (w.endsWith('ing') && !initial) {
      // "TASS quoted Gazprom CEO Alexei Miller as saying …": the relay's object speaks, not the relay.
      const relayed = relayedSpeaker(f, v, s);
      if (relayed) {
        acts.push({ start: t.start, end: t.end, subj: relayed, weak, gender: null });
        continue;
      }
      // "Trump attacked Clinton, saying, “…”", "“…,” claiming that …": a participle is never inverted; its subject is the
      // sentence's; after a verb of saying of the same sentence, that verb's ("Russia will not …, X said, calling …").
      let said: Cue | null = null;
      for (let i = acts.length - 1; i >= 0 && !said; i--) if (acts[i]!.start >= s[0] && acts[i]!.end <= t.start && !acts[i]!.weak) said = acts[i]!;
      subj = said ? said.subj : sentenceSubject(f, s[0], t.start);
      if (subj) acts.push({ start: t.start, end: t.end, subj, weak, gender: null });
      continue;
    }
    if (afterQuote || initial || REGEXPS.asOrSoBefore.test(before)) subj = subjectAfter(f, v, s[1]);
    if (!subj) {
      subj = subjectBefore(f, v, s[0]);
      // "Trump's Virginia state director": a verb's bare form right after a singular name is no verb.
      // (Nor after a singular noun: "in his home state because …".)
      const subjEnd = subj?.kind === 'name' ? subj.run.end : subj?.kind === 'nominal' ? subj.end : -1;
      const lastWord = subj?.kind === 'name' ? subj.run.toks[subj.run.toks.length - 1]!.w : subj?.kind === 'nominal' ? f.frame.slice(subj.start, subj.end) : '';
      if (subjEnd >= 0 && REGEXPS.onlyBlanks.test(f.frame.slice(subjEnd, t.start)) && bareForm(w) && !REGEXPS.pluralEnd.test(lastWord)) subj = null;
    }
    if (!subj && !afterQuote) {
      // "..., said Lavrov, ..." in the middle of a sentence.
      // (Not after "told": what follows it is who was told.)
      if (REGEXPS.commaBefore.test(before) && !REGEXPS.objectVerb.test(w)) subj = subjectAfter(f, v, s[1]);
    }
    if (subj) acts.push({ start: t.start, end: t.end, subj, weak, gender: null });
  }
  const kept = dropFalseCues(f, acts, shape);
  // (Sorted only when there is an order to set: a sort allocates even for one element.)
  return kept.length > 1 ? kept.sort(byStart) : kept;
}
