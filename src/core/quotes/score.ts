/** Importance of a quotation for the key-quotes summary, and the summary itself. */
import type { Quote } from '../types';
import { countWordMatches } from '../chars';

/** Words in a quotation or paragraph (runs of letters or digits, any script). */
export const words = (s: string): number => countWordMatches(s);

/**
 * Attributed beats unattributed; a full statement beats a fragment; length helps up to about
 * 30 words (a sentence or two a reader can take in) and then stops helping.
 */
export function scoreQuote(q: Pick<Quote, 'text' | 'kind' | 'speaker' | 'paragraph'>, paragraphs: number, n = words(q.text)): number {
  const length = Math.min(n, 30) / 30 - Math.max(0, n - 60) / 120;
  const kind = q.kind === 'direct' ? 1 : 0.55;
  const who = q.speaker ? 1 : 0.3;
  const early = 0.1 * (1 - q.paragraph / Math.max(1, paragraphs));
  return Math.round((who * kind * (0.4 + length) + early) * 1000) / 1000;
}

/** A fragment under this many words is no key quote while a longer quote exists. */
const MIN_KEY_WORDS = 5;

/**
 * Pick up to `max` quotes a reader would pick: attributed before unattributed, each speaker's strongest before
 * anyone's second, full statements before fragments, no fragment under five words while a longer quote is left;
 * returned in story order.
 */
export function selectKeyQuotes(quotes: Quote[], max = 5): Quote[] {
  const pool = quotes.map((q, i) => ({ q, i, n: words(q.text) }));
  const anyLong = pool.some((c) => c.n >= MIN_KEY_WORDS);
  const candidates = anyLong ? pool.filter((c) => c.n >= MIN_KEY_WORDS) : pool.filter((c) => c.n >= 2);
  const chosen: typeof pool = [];
  const perSpeaker = new Map<string, number>();
  const taken = new Set<number>();
  // Lexicographic rank: unattributed last, fewer picks of this speaker first, statements before fragments, score.
  const rank = (c: (typeof pool)[number]): [number, number, number, number] => [
    c.q.speaker ? 0 : 1,
    c.q.speaker ? perSpeaker.get(c.q.speaker.name) ?? 0 : 0,
    c.q.kind === 'direct' ? 0 : 1,
    -c.q.score,
  ];
  const better = (a: number[], b: number[]): boolean => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
    return false;
  };
  while (chosen.length < max) {
    let best: (typeof pool)[number] | null = null;
    let bestRank: number[] = [];
    for (const c of candidates) {
      if (taken.has(c.i)) continue;
      const r = rank(c);
      if (!best || better(r, bestRank)) { best = c; bestRank = r; }
    }
    if (!best) break;
    chosen.push(best);
    taken.add(best.i);
    if (best.q.speaker) perSpeaker.set(best.q.speaker.name, (perSpeaker.get(best.q.speaker.name) ?? 0) + 1);
  }
  return chosen.sort((a, b) => a.q.paragraph - b.q.paragraph || a.q.start - b.q.start || a.i - b.i).map((c) => c.q);
}
