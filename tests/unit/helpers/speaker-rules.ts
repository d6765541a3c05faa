// Attribution rules as data: the rule tests beside the language packs read their cases from a `*.cases.json` beside
// them (as Readability's tests read their pages), so a new rule is a new entry, not a copy of the test around it.
// A cases file is { describe title: { rule: { kind: rows } } }: one test per rule, named by the rule, so a failure
// says which rule broke; each row is [story, expected] or [story, expected, note], the note saying why the row is
// there. A story is one text (blank lines between paragraphs) or its paragraphs. The test file keeps what needs
// code of its own (a look inside a frame, a function of the pack).
import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesInText } from '../../../src/core/quotes/index';
import type { Lang, Quote } from '../../../src/core/types';

export type Story = string | string[];

export function quotesOf(story: Story, lang: Lang): Quote[] {
  return typeof story === 'string' ? findQuotesInText(story, lang) : findQuotes(story, lang);
}

/** Who speaks each quote, in order (null for nobody). */
export function speakersOf(story: Story, lang: Lang): (string | null)[] {
  return quotesOf(story, lang).map((q) => q.speaker?.name ?? null);
}

/** The words each quote's speaker mention covers in the story ('' when the speaker has no place in it). */
function mentionsOf(story: Story, lang: Lang): string[] {
  return quotesOf(story, lang).map((q) => {
    const sp = q.speaker;
    if (!sp || sp.start === undefined) return '';
    // A text's offsets count from its start; paragraphs' from their own.
    const where = typeof story === 'string' ? story : story[sp.paragraph ?? q.paragraph]!;
    return where.slice(sp.start, sp.end);
  });
}

/** A kind of row: what it computes from a story (or a word) and how it compares with the expected value. */
export type Check = (input: never, expected: never, lang: Lang, label: string) => void;

const storyChecks: Record<string, Check> = {
  /** Who speaks each quote, in order (null for nobody). */
  speakers: (story: Story, names: (string | null)[], lang, label) => expect(speakersOf(story, lang), label).toEqual(names),
  /** The words each speaker's mention covers. */
  mentions: (story: Story, spans: string[], lang, label) => expect(mentionsOf(story, lang), label).toEqual(spans),
  /** The quotations found, by their text ([] for none: marks that hold a name, not words). */
  quotes: (story: Story, texts: string[], lang, label) =>
    expect(quotesOf(story, lang).map((q) => q.text), label).toEqual(texts),
  /** A name that must speak none of the story's quotes. */
  notSpeaker: (story: Story, name: string, lang, label) => expect(speakersOf(story, lang), label).not.toContain(name),
};

type Row = [input: unknown, expected: unknown, note?: string];

function rowsOf(where: string, rows: unknown): Row[] {
  const ok = Array.isArray(rows) && rows.length > 0 && rows.every((r) =>
    Array.isArray(r) && (r.length === 2 || (r.length === 3 && typeof r[2] === 'string')));
  if (!ok) throw new Error(`${where}: expected a non-empty list of [input, expected, note?] rows`);
  return rows as Row[];
}

const labelOf = (input: unknown, note: string | undefined): string =>
  JSON.stringify(input).slice(0, 100) + (note ? ` (${note})` : '');

/**
 * One describe per title of `cases`, one test per rule under it, every row of every kind checked. `checks` adds
 * kinds that need a function of a pack (`names`: the name a run of words gives). An unknown kind, an empty rule
 * or a malformed row fails at collection, so no case is skipped unseen.
 */
export function ruleCases(lang: Lang, cases: unknown, checks: Record<string, Check> = {}): void {
  const kinds: Record<string, Check> = { ...storyChecks, ...checks };
  for (const [title, rules] of Object.entries(cases as Record<string, Record<string, Record<string, unknown>>>)) {
    describe(title, () => {
      for (const [rule, byKind] of Object.entries(rules)) {
        const entries = Object.entries(byKind);
        if (!entries.length) throw new Error(`${title} > ${rule}: no rows`);
        const runs = entries.map(([kind, rows]) => {
          const check = kinds[kind] as ((i: unknown, e: unknown, l: Lang, s: string) => void) | undefined;
          if (!check) throw new Error(`${title} > ${rule}: unknown kind "${kind}" (known: ${Object.keys(kinds).join(', ')})`);
          return [check, rowsOf(`${title} > ${rule} > ${kind}`, rows)] as const;
        });
        it(rule, () => {
          for (const [check, rows] of runs) for (const [input, expected, note] of rows) check(input, expected, lang, labelOf(input, note));
        });
      }
    });
  }
}
