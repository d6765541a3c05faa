// Row kinds of the Russian rule cases that ask the pack itself rather than the whole finder.
import { expect } from 'vitest';
import { splitRoleRu } from '../../../src/core/quotes/lang/ru/names';
import { roleLemma } from '../../../src/core/quotes/lang/ru/roles';
import { tokenize } from '../../../src/core/quotes/tokens';
import type { Check } from './speaker-rules';

/** The name a run of words gives once the role before it is split off. */
export const nameOfRu = (words: string): string => splitRoleRu(tokenize(words)).name.map((t) => t.w).join(' ');

export const ruChecks: Record<string, Check> = {
  /** [words, the name they give]. */
  names: (words: string, name: string, _lang, label) => expect(nameOfRu(words), label).toBe(name),
  /** [a role noun in any case, its nominative], or null when the word is no role noun. */
  lemmas: (word: string, lemma: string | null, _lang, label) => expect(roleLemma(word), label).toBe(lemma),
};
