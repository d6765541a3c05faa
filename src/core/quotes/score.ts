/** Importance of a quotation for the key-quotes summary, and the summary itself. */
import type { Quote } from '../types';
import { countWordMatches } from '../chars';

/** Words in a quotation or paragraph (runs of letters or digits, any script). */
export const words = (s: string): number => countWordMatches(s);

/**
 * Attributed beats unattributed; a full statement beats a fragment; length helps up to about
 * 30 words (a sentence or two a reader can take in) and then stops helping.
 */
export function scoreQuote(q: Pick<Quote, 'text' | 'kind' | 'speaker' | 'paragraph'>, paragraphs: number): number {
  const n = words(q.text);
  const length = Math.min(n, 30) / 30 - Math.max(0, n - 60) / 120;
  const kind = q.kind === 'direct' ? 1 : 0.55;
  const who = q.speaker ? 1 : 0.3;
  const early = 0.1 * (1 - q.paragraph / Math.max(1, paragraphs));
  return Math.round((who * kind * (0.4 + length) + early) * 1000) / 1000;
}

/**
 * Pick up to `max` quotes: attributed ones first, each speaker's best before anyone's second,
 * then return them in story order.
 */
export function selectKeyQuotes(quotes: Quote[], max = 5): Quote[] {
  const byScore = quotes
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.score - a.q.score || a.i - b.i);
  const chosen: { q: Quote; i: number }[] = [];
  const taken = new Set<number>();
  const pick = (pred: (q: Quote, round: Map<string, number>) => boolean): void => {
    const perSpeaker = new Map<string, number>();
    for (const c of chosen) if (c.q.speaker) perSpeaker.set(c.q.speaker.name, (perSpeaker.get(c.q.speaker.name) ?? 0) + 1);
    for (const c of byScore) {
      if (chosen.length >= max) return;
      if (taken.has(c.i) || !pred(c.q, perSpeaker)) continue;
      chosen.push(c);
      taken.add(c.i);
      if (c.q.speaker) perSpeaker.set(c.q.speaker.name, (perSpeaker.get(c.q.speaker.name) ?? 0) + 1);
    }
  };
  // Rounds: each speaker's best, then each speaker's second best, ..., then unattributed quotes.
  for (let round = 0; round < max && chosen.length < max; round++) {
    const before = chosen.length;
    pick((q, seen) => !!q.speaker && (seen.get(q.speaker.name) ?? 0) <= round && words(q.text) >= 2);
    if (chosen.length === before) break;
  }
  pick((q) => !q.speaker);
  return chosen.sort((a, b) => a.i - b.i).map((c) => c.q);
}
