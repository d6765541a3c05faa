/**
 * How a name stands in its sentence: the subject of its clause, a modifier of something else ("Clinton's
 * campaign"), or a word of a headline in Title Case (which names nobody). Candidates (candidates.ts) keeps each
 * mention with this shape for coreference.
 */
import type { Frame } from './frame';
import type { LangPack } from './lang/pack';
import type { Run } from './runs';

const REGEXPS = {
  /** Words a headline leaves in lower case. */
  headlineSmallWord: /^(?:a|an|the|of|and|or|to|in|on|at|for|by|with|from|as|is|vs)$/,
  startsCapitalOrDigit: /^[\p{Lu}\d]/u,
  nextLowerWord: /^[\s\u00a0]+(\p{Ll}[\p{Ll}'’-]*)/u,
  verbLike: /^(?:[a-z]+ed|[a-z]+s|said|told|wrote|says|will|would|has|had|is|was)$/,
  sentenceEndBefore: /[.!?¶"»”:]$/,
  adverbOpening: /(?:^|[.!?¶"»”:][\s\u00a0]*)\p{Lu}\p{Ll}+$/u,
  commaNext: /^[\s\u00a0]*,/,
  /** The word after an apposition's closing comma, past an age: ", 61, wept" (group 1). */
  afterApposition: /^(?:,[\s\u00a0]+\d{1,3})?,[\s\u00a0]+(\p{Ll}[\p{Ll}'’-]*)/u,
};

/** A paragraph in Title Case (a headline or a section title). */
export function headline(f: Frame): boolean {
  // Loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
  let n = 0;
  for (const t of f.toks) {
    // (An ASCII capital is no small word and passes the capital test: most tokens need no regex.)
    const c = t.w.charCodeAt(0);
    if (c >= 65 && c <= 90) { n++; continue; }
    if (REGEXPS.headlineSmallWord.test(t.w)) continue;
    if (!REGEXPS.startsCapitalOrDigit.test(t.w)) return false;
    n++;
  }
  return n >= 4;
}

/** Is a name the subject of its clause, or a modifier of something else? */
export function mentionShape(f: Frame, run: Run, pack: LangPack): { subject: boolean; modifier: boolean; apposed: boolean } {
  const before = f.frame.slice(Math.max(0, run.start - 16), run.start).trimEnd();
  let after = f.frame.slice(run.end, run.end + 24);
  const modifier = run.poss || pack.modifiedBy(after);
  // ("Spartak Moscow on Monday fired …": the verb after the time adverbial.)
  const time = modifier ? null : pack.timeAfterName?.exec(after);
  if (time) after = f.frame.slice(run.end + time[0].length, run.end + time[0].length + 24);
  // (A modifier is never the subject: the tests below would not change that.)
  if (modifier) return { subject: false, modifier, apposed: false };
  const next = REGEXPS.nextLowerWord.exec(after)?.[1];
  // "…, and Mayor Yury Luzhkov demanded …": after "and", a name before a verb starts a new clause.
  const verbNext = !!next && REGEXPS.verbLike.test(next);
  const afterPrep = pack.prepositionBefore.test(before) && !(verbNext && pack.conjunctionBefore.test(before));
  // "Assad, announcing plans …, said": a name opening its sentence before an aside is its subject.
  // ("Meanwhile Rihanna, who was honored …, spoke": one capitalised adverb may open the sentence first.)
  // (Not after an opening preposition: "At Boca West, Jay DiPietro … suggested" is DiPietro's sentence.)
  const opener = (before === '' || REGEXPS.sentenceEndBefore.test(before) || (REGEXPS.adverbOpening.test(before) && !pack.prepositionBefore.test(before)))
    && REGEXPS.commaNext.test(after);
  const subject = !modifier && (opener || (!afterPrep && !!next && !pack.notAVerbAfter.test(next)));
  // "His mother, Galina N, 61, wept …": a name in apposition to the noun phrase opening its sentence, with a verb
  // after the aside, is the clause's subject.
  let apposed = false;
  if (!subject && pack.appositionBefore && REGEXPS.commaNext.test(after)) {
    const verb = REGEXPS.afterApposition.exec(f.frame.slice(run.end, run.end + 40))?.[1];
    apposed = !!verb && !pack.notAVerbAfter.test(verb) && pack.appositionBefore.test(f.frame.slice(Math.max(0, run.start - 48), run.start));
  }
  return { subject, modifier, apposed };
}
