/**
 * Cues: the attribution constructions of a paragraph (a verb of saying and its subject, "according to X",
 * "по словам X", a dash and a name after a quotation). Language packs find the verbs; this file holds what
 * they produce and the constructions every language shares.
 */
import type { Frame } from './frame';
import type { Run } from './runs';

/** 'x': the speaker's own "I"; 'y': the one addressed, "you" (an interview's question). */
export type PronounGender = 'm' | 'f' | 'p' | 'x' | 'y';
export type Gender = 'm' | 'f' | null;

export type Subject =
  | { kind: 'name'; run: Run; /** lower-case role words next to the name ("пресс-секретарь президента"). */ role: string | null; nominative: boolean }
  | { kind: 'pron'; gender: PronounGender; start: number; end: number }
  | { kind: 'nominal'; text: string; start: number; end: number };

export interface Cue {
  /** Offsets of the verb (or "according to", "по словам") in the paragraph. */
  start: number;
  end: number;
  subj: Subject;
  /** Verbs like "called", "described" only attribute a quotation right next to them. */
  weak: boolean;
  /** Gender marked on the verb (Russian past tense: заявил / заявила). */
  gender: Gender;
}

const REGEXPS = {
  /** A dash right after a closing mark: "“…” ― Sonya Herridge". */
  dashAfterQuote: /^[\s\u00a0,.]*[―—–]+[\s\u00a0]*/,
  /** What may follow the signing name: the end, or a bracketed aside. */
  signatureEnd: /^[\s\u00a0,.]*(?:$|\()/,
};

/** "“…” ― Sonya Herridge": a dash and a name after a quotation. */
export function dashCues(f: Frame): Cue[] {
  const cues: Cue[] = [];
  for (const s of f.spans) {
    if (s.close < 0) continue;
    const m = REGEXPS.dashAfterQuote.exec(f.frame.slice(s.close + 1, s.close + 24));
    if (!m) continue;
    const at = s.close + 1 + m[0].length;
    const run = f.byStart.get(at);
    if (run && REGEXPS.signatureEnd.test(f.frame.slice(run.end, run.end + 3))) {
      cues.push({ start: s.close + 1, end: at, subj: { kind: 'name', run, role: null, nominative: true }, weak: false, gender: null });
    }
  }
  return cues;
}
