// Attribution rules as tables: one test per rule, named by the rule, each row a story and who speaks its quotes
// in order (null for nobody). The rule tests beside the language packs are written this way, so a new rule is a
// new row, not a copy of the test around it.
import { expect, it } from 'vitest';
import { findQuotes, findQuotesInText } from '../../../src/core/quotes/index';
import type { Lang } from '../../../src/core/types';

/** A story (one text with blank lines between paragraphs, or the paragraphs) and its speakers in order. */
export type SpeakerRow = [story: string | string[], speakers: (string | null)[]];

export function quotesOf(story: string | string[], lang: Lang) {
  return typeof story === 'string' ? findQuotesInText(story, lang) : findQuotes(story, lang);
}

export function speakersOf(story: string | string[], lang: Lang): (string | null)[] {
  return quotesOf(story, lang).map((q) => q.speaker?.name ?? null);
}

export function speakerRules(lang: Lang, table: Record<string, SpeakerRow[]>): void {
  for (const [rule, rows] of Object.entries(table)) {
    it(rule, () => {
      for (const [story, names] of rows) expect(speakersOf(story, lang)).toEqual(names);
    });
  }
}
