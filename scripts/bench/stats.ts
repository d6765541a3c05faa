/** Small statistics and formatting helpers for the benchmark. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Lower and upper quartile (nearest rank), to show the spread next to a median. */
export function quartiles(xs: readonly number[]): [number, number] {
  if (xs.length === 0) return [NaN, NaN];
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
  return [at(0.25), at(0.75)];
}

/** Result of an interleaved A/B series: every pair ran back to back on fresh copies. */
export interface PairStats {
  runs: number;
  /** Median ms of A (TMT Reader) and B (baseline). */
  a: number;
  b: number;
  /** Inter-quartile ranges, ms. */
  aIqr: [number, number];
  bIqr: [number, number];
  /** Median of the per-pair ratios A_i / B_i (robust against load changing during the run). */
  ratio: number;
  ratioIqr: [number, number];
}

export function pairStats(a: readonly number[], b: readonly number[]): PairStats {
  const ratios = a.map((x, i) => x / Math.max(b[i]!, 1e-6));
  return { runs: a.length, a: median(a), b: median(b), aIqr: quartiles(a), bIqr: quartiles(b), ratio: median(ratios), ratioIqr: quartiles(ratios) };
}

/**
 * Growth exponent k of t ∝ n^k between two sizes (1 = linear, 2 = quadratic).
 * Compares ×10 with ×100: at ×1 fixed costs (setup, regex compilation) dominate and would flatter the slope.
 */
export function growthExponent(tSmall: number, nSmall: number, tLarge: number, nLarge: number): number {
  return Math.log(tLarge / tSmall) / Math.log(nLarge / nSmall);
}

export function ms(x: number | null | undefined, digits?: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  const d = digits ?? (x < 10 ? 2 : x < 100 ? 1 : 0);
  return `${x.toFixed(d)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function times(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a';
}

/** Renders rows as a plain-text table with padded columns. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
