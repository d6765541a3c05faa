/**
 * Capitalised runs: maximal stretches of capitalised words separated only by blanks (or a connector word), which
 * is how names, titles and bodies are written in both languages; and each run's role/name split.
 */
import type { LowerWords } from '../chars';
import type { LangPack, Split } from './lang/pack';
import { isAcronym, isCap, type Tok } from './tokens';

const REGEXPS = {
  /** What may stand before a word that opens a sentence: nothing, an end mark, a colon, an opening mark, a dash. */
  sentenceOpening: /(?:^|[.!?:;“«¶—–(]|^\s*-)[\s\u00a0]*$/,
  /** A word starting with two capitals (an acronym is a name even at a sentence start). */
  acronymStart: /^\p{Lu}{2,}/u,
};

export interface Run {
  /** Tokens of the run (stop words at its start removed). */
  toks: Tok[];
  start: number;
  end: number;
  poss: boolean;
  /** Its role and name (splitRole), once asked (see runSplit). */
  split: Split | null;
  /** Its entity key, once the entity table that keyed it (`keyedBy`) has settled its keys (Candidates.entityOf). */
  key: string | null;
  keyedBy: object | null;
}

/** Only blanks between a and b (and at least one). */
export function blanks(s: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return true;
}

/**
 * A capital that only marks the start of a sentence ("Mostly", "Debating", a word the story also
 * writes in lower case) is not part of a name.
 */
function initialWord(s: string, t: Tok, next: Tok | undefined, pack: LangPack, vocab: LowerWords | undefined): boolean {
  // (After a closing mark that ended no sentence — `,” Pence said` — the word is not initial.)
  if (!REGEXPS.sentenceOpening.test(s.slice(Math.max(0, t.start - 3), t.start)) && t.start > 2) return false;
  return (!!vocab && vocab.has(t.lw)) || pack.initialOnly(t.w, next?.w);
}

/** "said Will Doyle", "spokeswoman April Mellody": a stop word that is also a given name, inside a sentence and
 *  before another capitalised word, opens a name. (`cur[a]` the run's first word, `n` its words.) */
function givenNameInside(s: string, t: Tok, n: number, pack: LangPack): boolean {
  return n > 1 && !!pack.givenNameStop?.(t.w) && t.start > 2 && !REGEXPS.sentenceOpening.test(s.slice(Math.max(0, t.start - 3), t.start));
}

/** Close the run being built in `cur` (trimmed of stop words and connectors) onto `runs`, as an array of its own
 *  (`cur` is reused for the next run, and left empty). Module-level, not a closure made per call: those lose their
 *  optimized code at every GC (V8). */
function flushRun(cur: Tok[], runs: Run[], s: string, pack: LangPack, vocab: LowerWords | undefined): void {
  const stop = pack.stopWords;
  const connect = pack.connectors;
  // The run is cur[a, b): its ends trimmed by index, not shifted off.
  let a = 0;
  let b = cur.length;
  while (a < b && ((stop.has(cur[a]!.w) && !givenNameInside(s, cur[a]!, b - a, pack)) || connect.has(cur[a]!.w) || (!REGEXPS.acronymStart.test(cur[a]!.w) && initialWord(s, cur[a]!, cur[a + 1], pack, vocab)))) a++;
  while (b > a && connect.has(cur[b - 1]!.w)) b--;
  if (b > a) {
    const last = cur[b - 1]!;
    runs.push({ toks: cur.slice(a, b), start: cur[a]!.start, end: last.end, poss: last.poss, split: null, key: null, keyedBy: null });
  }
  cur.length = 0;
}

export function capRuns(s: string, toks: Tok[], pack: LangPack, vocab?: LowerWords): Run[] {
  const runs: Run[] = [];
  // The run being built: one array for the whole paragraph (each run keeps a copy of its own size), not a new one
  // for every word that ends a run.
  const cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur.length ? cur[cur.length - 1] : undefined;
    // "Prosecutor General's Office": a possessive may sit inside a body's name.
    const joined = !prev || ((!prev.poss || pack.continuesAfterPossessive(t.w)) && blanks(s, prev.end, t.start))
      && !(pack.acronymStartsRun && isAcronym(t.w) && !isAcronym(prev.w) && !pack.acronymAfter?.(prev))
      && !pack.startsNewName?.(prev, t);
    const capital = isCap(t.w);
    if (capital && joined) cur.push(t);
    else if (prev && joined && pack.connectors.has(t.w) && toks[i + 1] && isCap(toks[i + 1]!.w) && (pack.connectorJoins?.(cur, toks[i + 1]!) ?? true)) cur.push(t);
    else if (prev && joined && pack.continuesName?.(prev, t, cur, toks[i + 1])) cur.push(t);
    else {
      if (cur.length) flushRun(cur, runs, s, pack, vocab);
      if (capital) cur.push(t);
    }
  }
  if (cur.length) flushRun(cur, runs, s, pack, vocab);
  return runs;
}

/** The run's role and name (pack.splitRole), worked out once per run (a story has one language). */
export function runSplit(run: Run, pack: LangPack): Split {
  return (run.split ??= pack.splitRole(run.toks));
}
