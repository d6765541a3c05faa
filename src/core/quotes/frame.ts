/**
 * A paragraph's "frame": its text with quotation interiors blanked out, so that verbs, names and
 * sentence ends inside a quotation never count as the narrator's. Offsets stay those of the paragraph.
 */
import type { Lang } from '../types';
import type { Span } from './marks';
import { capRuns, isAbbr, tokenize, type Run, type Tok } from './names';
import { matchesOf } from '../text';

// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const BUILD_FRAME_RE1 = /[.!?…]$/;

export interface Frame {
  text: string;
  frame: string;
  spans: Span[];
  toks: Tok[];
  runs: Run[];
  /** Sentence [start, end) ranges over the frame. */
  sents: [number, number][];
  /** Lookups that keep long paragraphs linear: runs by their first and last token and by start. */
  byFirst: Map<Tok, Run>;
  byLast: Map<Tok, Run>;
  byStart: Map<number, Run>;
  index: Map<Tok, number>;
}

function finish(text: string, frame: string, spans: Span[], toks: Tok[], runs: Run[]): Frame {
  const byFirst = new Map<Tok, Run>();
  const byLast = new Map<Tok, Run>();
  const byStart = new Map<number, Run>();
  for (const r of runs) {
    byFirst.set(r.toks[0]!, r);
    byLast.set(r.toks[r.toks.length - 1]!, r);
    byStart.set(r.start, r);
  }
  const index = new Map<Tok, number>();
  for (let i = 0; i < toks.length; i++) index.set(toks[i]!, i);
  return { text, frame, spans, toks, runs, sents: sentences(frame, toks), byFirst, byLast, byStart, index };
}

/** Index of the first token starting at or after `pos` (toks.length when none). */
export function tokAtOrAfter(f: Frame, pos: number): number {
  let lo = 0;
  let hi = f.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.toks[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function buildFrame(text: string, spans: Span[], lang: Lang, vocab?: Set<string>): Frame {
  if (!spans.length) {
    const toks = tokenize(text);
    return finish(text, text, spans, toks, capRuns(text, toks, lang, vocab));
  }
  // UTF-16 code units, edited in place (an array of one-character strings costs several times more).
  const chars = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
  for (const s of spans) {
    const from = s.open < 0 ? 0 : s.open;
    const to = s.close < 0 ? text.length - 1 : s.close;
    for (let i = from; i <= to; i++) if (chars[i] !== NEWLINE) chars[i] = SPACE;
    // Keep a trace of the marks and of a sentence end inside the quotation.
    if (s.open >= 0) chars[s.open] = QUOTE;
    // Two-apostrophe marks ('' … ''): blank the outer apostrophes too.
    if (s.open > 0 && text[s.open] === "'" && text[s.open - 1] === "'") chars[s.open - 1] = SPACE;
    if (s.close >= 0 && text[s.close] === "'" && text[s.close + 1] === "'") chars[s.close + 1] = SPACE;
    if (s.close >= 0) chars[s.close] = BUILD_FRAME_RE1.test(s.text) ? PILCROW : QUOTE;
    else if (BUILD_FRAME_RE1.test(s.text)) chars[to] = PILCROW;
  }
  let frame = '';
  for (let i = 0; i < chars.length; i += 8192) frame += String.fromCharCode.apply(null, chars.subarray(i, i + 8192) as unknown as number[]);
  const toks = tokenize(frame);
  return finish(text, frame, spans, toks, capRuns(frame, toks, lang, vocab));
}

const SENTENCE_END = /(?:[.!?…]+["”»)]*|¶)[\s\u00a0]+(?=[\p{Lu}\d"“«„‘(—–-])|\n+/gu;

const NEWLINE = 10;
const SPACE = 32;
const QUOTE = 34;
/** ¶: a sentence end inside a blanked quotation. */
const PILCROW = 0xb6;

/** Sentence ranges: a full stop (or a quotation that ended with one) followed by a capital. */
function sentences(frame: string, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let ti = 0;
  for (const m of matchesOf(SENTENCE_END, frame)) {
    const at = m.index!;
    if (frame[at] === '.') {
      // "U.S. President", "Mr. Trump": an abbreviation is not a sentence end.
      while (ti < toks.length && toks[ti]!.end < at) ti++;
      const tok = toks[ti] && (toks[ti]!.end === at + 1 || toks[ti]!.end === at) ? toks[ti] : undefined;
      const raw = tok ? frame.slice(tok.start, at + 1) : '';
      if (tok && isAbbr(raw)) continue;
    }
    const end = at + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < frame.length) out.push([start, frame.length]);
  if (!out.length) out.push([0, frame.length]);
  return out;
}

export function sentenceAt(f: Frame, pos: number): number {
  let lo = 0;
  let hi = f.sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos < f.sents[mid]![1]) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** The [start, end) of the sentence holding `pos`. */
export function sentenceRange(f: Frame, pos: number): [number, number] {
  return f.sents[sentenceAt(f, pos)] ?? [0, f.frame.length];
}
