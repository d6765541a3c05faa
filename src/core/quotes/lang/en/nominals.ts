/**
 * English noun phrases as sources: "a senior campaign official", "officials", and by its shape whatever the noun
 * ("the retired neurosurgeon"); a sentence that opens with one ("The Florida senator sought …").
 */
import type { Subject } from '../../cues';
import { tokAtOrAfter, type Frame } from '../../frame';
import type { Tok } from '../../tokens';
import { EN_PRONOUNS, EN_SPEECH } from './lexicon';
import { REGEXPS } from './patterns';
import { CLAUSE_DET, DET, NOMINAL_HEADS, OBJECT_PRONOUNS, SKIP } from './clause-words';

/** The pronouns as a Set: asked for most words of a story, and `in` on the object made V8 intern each word first
 *  (and found "constructor" on its prototype). */
const PRONOUNS = new Set(Object.keys(EN_PRONOUNS));

/** `l`: a token in lower case (Tok.lw). */
export function isPronoun(l: string): keyof typeof EN_PRONOUNS | null {
  return PRONOUNS.has(l) ? (l as keyof typeof EN_PRONOUNS) : null;
}

/** A lower-case word that can head a noun phrase: not a function word, an adverb or a determiner. */
function nounLike(t: Tok): boolean {
  if (REGEXPS.ageNoun.test(t.w)) return true;
  return REGEXPS.lowerWord.test(t.w) && !DET.has(t.lw) && !SKIP.has(t.lw) && !REGEXPS.functionWord.test(t.lw)
    && !REGEXPS.clauseWord.test(t.lw) && !REGEXPS.lyAdverb.test(t.w) && !EN_SPEECH.has(t.lw) && !OBJECT_PRONOUNS.has(t.lw);
}

/** Does the noun phrase stop at token j (the next word cannot go on with it)? */
export function phraseEndsAt(f: Frame, j: number): boolean {
  const next = f.toks[j + 1];
  if (!next || !REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[j]!.end, next.start))) return true;
  return !nounLike(next) && !REGEXPS.capitalised.test(next.w);
}

/**
 * A noun phrase ending at token j, as a nominal subject: "a senior campaign official", "officials", and (by its
 * shape, whatever the noun) a determiner, modifiers and a noun: "the retired neurosurgeon", "The email".
 */
export function nominalEndingAt(f: Frame, j: number): Subject | null {
  const head = f.toks[j]!;
  const listed = NOMINAL_HEADS.has(head.w) || NOMINAL_HEADS.has(head.lw);
  // (A head in -ed is a verb or a participle: "the city embodied", "the retired".)
  if (!listed && (!nounLike(head) || REGEXPS.edEnding.test(head.w))) return null;
  let k = j;
  let determined = false;
  while (k > 0 && j - k < 5) {
    const t = f.toks[k - 1]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(t.end, f.toks[k]!.start)) && !t.poss) break;
    if (DET.has(t.lw) || t.poss) {
      if (!listed && CLAUSE_DET.has(t.lw)) return null;
      k--;
      determined = true;
      break;
    }
    if (EN_SPEECH.has(t.w) || REGEXPS.clauseWord.test(t.w)) break;
    // Not even before a listed head may a pronoun, an auxiliary or a preposition sit inside the phrase.
    if (OBJECT_PRONOUNS.has(t.lw) || REGEXPS.auxiliaryVerb.test(t.lw) || REGEXPS.functionWord.test(t.lw)) break;
    // Between a determiner and the noun: modifiers only (lower-case words, names, numbers).
    if (!listed && !nounLike(t) && !REGEXPS.capitalised.test(t.w) && !REGEXPS.number.test(t.w)) break;
    k--;
  }
  if (!listed && !determined) return null;
  const start = f.toks[k]!.start;
  return { kind: 'nominal', text: f.text.slice(start, head.end), start, end: head.end };
}

/**
 * "A spokeswoman for the House Armed Services Committee": a noun phrase and the body or person it belongs to,
 * ending at token j (the end of the name), as one nominal.
 */
function ownedPhrase(f: Frame, j: number): Subject | null {
  const run = f.toks[j]!.last;
  if (!run || run.end !== f.toks[j]!.end) return null;
  const gov = REGEXPS.roleGovernor.exec(f.frame.slice(Math.max(0, run.start - 10), run.start));
  if (!gov) return null;
  const at = run.start - gov[0].length + (REGEXPS.leadingBlank.test(gov[0]) ? 1 : 0);
  let p = run.toks[0]!.i - 1;
  while (p >= 0 && f.toks[p]!.start >= at) p--;
  const head = p >= 0 ? nominalEndingAt(f, p) : null;
  return head?.kind === 'nominal' ? { kind: 'nominal', text: f.text.slice(head.start, run.end), start: head.start, end: run.end } : null;
}

/**
 * A sentence that opens with a determiner, modifiers and a noun, then a verb: "The Florida senator sought …",
 * "The billionaire businessman began …". The noun phrase is the subject, kept with its offsets.
 */
export function nominalOpening(f: Frame, from: number, until: number): Subject | null {
  const k = tokAtOrAfter(f, from);
  const first = f.toks[k];
  // (A name's possessive determines the phrase too: "Ryan's campaign shrugged off …".)
  const owner = !!first && first.poss && REGEXPS.capitalised.test(first.w);
  if (!first || first.start >= until || !(DET.has(first.lw) || owner) || CLAUSE_DET.has(first.lw) || first.start - from > 3
    || !REGEXPS.blanksOrOpenMarks.test(f.frame.slice(from, first.start))) return null;
  // (Up to nine words: "A spokeswoman for the House Armed Services Committee emailed …".)
  for (let j = k + 1; j < f.toks.length && j <= k + 9; j++) {
    const next = f.toks[j + 1];
    if (!next || next.start >= until) return null;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[j]!.end, next.start))) return null;
    const verb = (REGEXPS.verbForm.test(next.w) && !REGEXPS.notVerbForm.test(next.w)) || EN_SPEECH.has(next.w) || REGEXPS.auxiliary.test(next.w);
    if (!verb || NOMINAL_HEADS.has(next.w)) continue;
    // "Her campaign quickly blasted …": adverbs between the phrase and its verb are not part of the phrase.
    let h = j;
    while (h > k + 1 && (REGEXPS.lyAdverb.test(f.toks[h]!.w) || SKIP.has(f.toks[h]!.lw))) h--;
    const direct = nominalEndingAt(f, h);
    const nom = direct?.kind === 'nominal' && direct.start === first.start ? direct : ownedPhrase(f, h);
    return nom && nom.kind === 'nominal' && nom.start === first.start ? nom : null;
  }
  return null;
}
