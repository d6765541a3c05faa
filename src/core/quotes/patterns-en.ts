/**
 * English attribution patterns: "X said", "said X", "X, the foreign minister, told reporters",
 * "according to X", "he added".
 */
import type { Act, Subject } from './acts';
import type { Frame } from './frame';
import { EN_PRONOUNS, EN_SPEECH, EN_WEAK } from './lexicon';
import type { Run, Tok } from './names';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that may stand between a subject and its verb: "Lavrov also said", "he has long argued". */
const SKIP = set(`also later then previously again reportedly recently once repeatedly earlier further separately
publicly privately first initially simply flatly bluntly quickly not never often still has had have was were is are
would will could might may did does do long just already even now today yesterday tonight last this week month year
on Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night once clearly angrily
openly frequently previously subsequently famously memorably specifically explicitly directly had been went on
himself herself themselves however too`);

/** Heads of noun phrases that can be a source: "a spokesman", "officials", "the ministry". */
export const NOMINAL_HEADS = set(`spokesman spokeswoman spokesperson spokespeople official officials source sources aide
aides campaign ministry department office agency government administration police statement report lawyer
lawyers attorney attorneys adviser advisers advisor advisors analyst analysts expert experts people voters
residents witnesses critics supporters leaders lawmakers member members group groups committee team candidate
nominee president minister senator governor mayor speaker chairman chairwoman director chief head leader
leaders manager managers strategist strategists pollster pollsters organizers organizer activist activists
protesters economist economists diplomat diplomats representative representatives prosecutor prosecutors
investigators authorities officer officers man woman men women voter resident witness spokesmen researchers
study survey poll memo letter release website network newspaper paper outlet publication court judge
embassy kremlin ministry service agency insiders insider ally allies friend friends
Republicans Democrats republican democrat democrats republicans nominee candidates surrogate surrogates`);

const DET = set('a an the his her their its our my your one another two three four several some many both this that these those');

function isPronoun(w: string): keyof typeof EN_PRONOUNS | null {
  const l = w.toLowerCase();
  return l in EN_PRONOUNS ? (l as keyof typeof EN_PRONOUNS) : null;
}

function runEndingAt(f: Frame, tok: Tok): Run | undefined {
  return f.runs.find((r) => r.toks[r.toks.length - 1] === tok);
}
function runStartingAt(f: Frame, tok: Tok): Run | undefined {
  return f.runs.find((r) => r.toks[0] === tok);
}

/** A noun phrase ending at token j ("a senior campaign official"), as a nominal subject. */
function nominalEndingAt(f: Frame, j: number): Subject | null {
  const head = f.toks[j]!;
  if (!NOMINAL_HEADS.has(head.w) && !NOMINAL_HEADS.has(head.w.toLowerCase())) return null;
  let k = j;
  while (k > 0 && j - k < 5) {
    const t = f.toks[k - 1]!;
    if (!/^[\s\u00a0]+$/.test(f.frame.slice(t.end, f.toks[k]!.start)) && !t.poss) break;
    if (DET.has(t.w.toLowerCase()) || t.poss) { k--; break; }
    if (EN_SPEECH.has(t.w) || /^(?:and|or|but|that|who|which|to|of|said)$/.test(t.w)) break;
    k--;
  }
  const start = f.toks[k]!.start;
  return { kind: 'nominal', text: f.text.slice(start, head.end), start, end: head.end };
}

/** Subject written before the verb at token index v (skipping adverbs and an appositive). */
function subjectBefore(f: Frame, v: number, sentStart: number): Subject | null {
  let j = v - 1;
  let pos = f.toks[v]!.start;
  while (j >= 0 && f.toks[j]!.start >= sentStart) {
    const t = f.toks[j]!;
    const gap = f.frame.slice(t.end, pos);
    if (/^[\s\u00a0]*,[\s\u00a0]*$/.test(gap)) {
      // Appositive: "Moaz Alkhatib, head of the opposition coalition, said" → jump to the comma before.
      const c = f.frame.lastIndexOf(',', t.end);
      const before = f.frame.slice(sentStart, t.end + 1);
      const prevComma = before.lastIndexOf(',', before.length - 2);
      if (prevComma < 0 || t.end - (sentStart + prevComma) > 220 || c < 0) return null;
      const at = sentStart + prevComma;
      if (/["¶]/.test(f.frame.slice(at, pos))) return null;
      const k = lastTokBefore(f, at);
      if (k < 0 || !/^[\s\u00a0]*$/.test(f.frame.slice(f.toks[k]!.end, at))) return null;
      return subjectAtToken(f, k, true);
    }
    if (!/^[\s\u00a0]+$/.test(gap)) return null;
    if (SKIP.has(t.w) && !isPronoun(t.w)) { pos = t.start; j--; continue; }
    return subjectAtToken(f, j, false);
  }
  return null;
}

function lastTokBefore(f: Frame, at: number): number {
  for (let k = f.toks.length - 1; k >= 0; k--) if (f.toks[k]!.end <= at) return k;
  return -1;
}

function subjectAtToken(f: Frame, j: number, appositive: boolean): Subject | null {
  const t = f.toks[j]!;
  const p = isPronoun(t.w);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: t.start, end: t.end };
  const run = runEndingAt(f, t);
  if (run && !t.poss) return { kind: 'name', run, role: null, nominative: true };
  // After an appositive only a name or pronoun is safe ("In Moscow, officials said" is not one).
  return appositive ? null : nominalEndingAt(f, j);
}

/** Subject written after the verb: "said Dmitry Peskov", "said a Kremlin spokesman". */
function subjectAfter(f: Frame, v: number, sentEnd: number): Subject | null {
  const first = f.toks[v + 1];
  if (!first || first.start >= sentEnd) return null;
  if (!/^[\s\u00a0]+$/.test(f.frame.slice(f.toks[v]!.end, first.start))) return null;
  const p = isPronoun(first.w);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: first.start, end: first.end };
  for (let k = v + 1; k < f.toks.length && k <= v + 7; k++) {
    const t = f.toks[k]!;
    if (t.start >= sentEnd) break;
    if (k > v + 1 && /[.;:"¶]/.test(f.frame.slice(f.toks[k - 1]!.end, t.start))) break;
    const run = runStartingAt(f, t);
    if (run) {
      // "said Kremlin spokesman Dmitry Peskov" / "said the ministry's spokeswoman, Maria Zakharova".
      const lower = f.text.slice(first.start, t.start).replace(/[\s,]+$/, '').trim();
      return { kind: 'name', run, role: lower && !DET.has(lower.toLowerCase()) ? lower.replace(/^(?:the|a|an)\s+/i, '') : null, nominative: true };
    }
    const nom = nominalEndingAt(f, k);
    if (nom && (k + 1 >= f.toks.length || !NOMINAL_HEADS.has(f.toks[k + 1]!.w))) {
      const next = f.toks[k + 1];
      // "a spokesman for the Kremlin": keep going to a following name only through "for".
      if (next && next.w === 'for') continue;
      return nom;
    }
    if (!DET.has(t.w.toLowerCase()) && !/^[a-z][a-z-]*$/.test(t.w)) break;
  }
  return null;
}

export function findActsEn(f: Frame): Act[] {
  const acts: Act[] = [];
  for (let v = 0; v < f.toks.length; v++) {
    const t = f.toks[v]!;
    const w = t.w.toLowerCase();
    const s = f.sents.find(([a, b]) => t.start >= a && t.start < b) ?? [0, f.frame.length];
    if (w === 'according' && f.toks[v + 1]?.w === 'to') {
      const subj = subjectAfter(f, v + 1, s[1]);
      if (subj) acts.push({ start: t.start, end: f.toks[v + 1]!.end, subj, weak: false, gender: null });
      continue;
    }
    if (!EN_SPEECH.has(w) || t.w !== w) continue;
    const weak = EN_WEAK.has(w);
    // Inversion right after a quotation: ",” said X".
    const before = f.frame.slice(s[0], t.start);
    const afterQuote = /["¶][\s\u00a0,—–-]*$/.test(before);
    let subj: Subject | null = null;
    if (afterQuote || /(?:^|[\s,])(?:as|so)[\s\u00a0]*$/i.test(before)) subj = subjectAfter(f, v, s[1]);
    if (!subj) subj = subjectBefore(f, v, s[0]);
    if (!subj && !afterQuote) {
      // "..., said Lavrov, ..." in the middle of a sentence.
      if (/,[\s\u00a0]*$/.test(before)) subj = subjectAfter(f, v, s[1]);
    }
    if (subj) acts.push({ start: t.start, end: t.end, subj, weak, gender: null });
  }
  return acts;
}
