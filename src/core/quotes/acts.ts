/** What attribution patterns produce: a verb of saying and its subject. */
import type { Run } from './names';

export type Subject =
  | { kind: 'name'; run: Run; /** lower-case role words next to the name ("пресс-секретарь президента"). */ role: string | null; nominative: boolean }
  | { kind: 'pron'; gender: 'm' | 'f' | 'p' | 'x'; start: number; end: number }
  | { kind: 'nominal'; text: string; start: number; end: number };

export interface Act {
  /** Offsets of the verb (or "according to", "по словам") in the paragraph. */
  start: number;
  end: number;
  subj: Subject;
  /** Verbs like "called", "described" only attribute a quotation right next to them. */
  weak: boolean;
  /** Gender marked on the verb (Russian past tense: заявил / заявила). */
  gender: 'm' | 'f' | null;
}
