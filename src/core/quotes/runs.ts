/**
 * Capitalised runs: maximal stretches of capitalised words separated only by blanks (or a connector word), which
 * is how names, titles and bodies are written in both languages; and each run's role/name split.
 */
import type { LowerWords } from '../chars';
import type { LangPack, Split } from './lang/pack';
import { ACRONYM, isCap, type Tok } from './tokens';

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
 *  before another capitalised word, opens a name. */
function givenNameInside(s: string, cur: Tok[], pack: LangPack): boolean {
  const t = cur[0]!;
  return cur.length > 1 && !!pack.givenNameStop?.(t.w) && t.start > 2 && !REGEXPS.sentenceOpening.test(s.slice(Math.max(0, t.start - 3), t.start));
}

/** Close the run being built in `cur` (trimmed of stop words and connectors) onto `runs`. Module-level, not a
 *  closure made per call: those lose their optimized code at every GC (V8). */
function flushRun(cur: Tok[], runs: Run[], s: string, pack: LangPack, vocab: LowerWords | undefined): void {
  const stop = pack.stopWords;
  const connect = pack.connectors;
  while (cur.length && ((stop.has(cur[0]!.w) && !givenNameInside(s, cur, pack)) || connect.has(cur[0]!.w) || (initialWord(s, cur[0]!, cur[1], pack, vocab) && !REGEXPS.acronymStart.test(cur[0]!.w)))) cur.shift();
  while (cur.length && connect.has(cur[cur.length - 1]!.w)) cur.pop();
  if (cur.length) {
    const last = cur[cur.length - 1]!;
    runs.push({ toks: cur, start: cur[0]!.start, end: last.end, poss: last.poss, split: null });
  }
}

export function capRuns(s: string, toks: Tok[], pack: LangPack, vocab?: LowerWords): Run[] {
  const runs: Run[] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur.length ? cur[cur.length - 1] : undefined;
    // "Prosecutor General's Office": a possessive may sit inside a body's name.
    const joined = !prev || ((!prev.poss || pack.continuesAfterPossessive(t.w)) && blanks(s, prev.end, t.start))
      && !(pack.acronymStartsRun && ACRONYM.test(t.w) && !ACRONYM.test(prev.w))
      && !pack.startsNewName?.(prev, t);
    const capital = isCap(t.w);
    if (capital && joined) cur.push(t);
    else if (prev && joined && pack.connectors.has(t.w) && toks[i + 1] && isCap(toks[i + 1]!.w)) cur.push(t);
    else if (prev && joined && pack.continuesName?.(prev, t, cur, toks[i + 1])) cur.push(t);
    else {
      flushRun(cur, runs, s, pack, vocab);
      cur = [];
      if (capital) cur.push(t);
    }
  }
  flushRun(cur, runs, s, pack, vocab);
  return runs;
}

/** The run's role and name (pack.splitRole), worked out once per run (a story has one language). */
export function runSplit(run: Run, pack: LangPack): Split {
  return (run.split ??= pack.splitRole(run.toks));
}
