/**
 * A paragraph's "frame": its text with quotation interiors blanked out, so that verbs, names and
 * sentence ends inside a quotation never count as the narrator's. Offsets stay those of the paragraph.
 */
import type { Lang } from '../types';
import type { Span } from './marks';
import { capRuns, isAbbr, tokenize, type Run, type Tok } from './names';

export interface Frame {
  text: string;
  frame: string;
  spans: Span[];
  toks: Tok[];
  runs: Run[];
  /** Sentence [start, end) ranges over the frame. */
  sents: [number, number][];
}

export function buildFrame(text: string, spans: Span[], lang: Lang, vocab?: Set<string>): Frame {
  if (!spans.length) {
    const toks = tokenize(text);
    return { text, frame: text, spans, toks, runs: capRuns(text, toks, lang, vocab), sents: sentences(text, toks) };
  }
  const chars = text.split('');
  for (const s of spans) {
    const from = s.open < 0 ? 0 : s.open;
    const to = s.close < 0 ? text.length - 1 : s.close;
    for (let i = from; i <= to; i++) if (chars[i] !== '\n') chars[i] = ' ';
    // Keep a trace of the marks and of a sentence end inside the quotation.
    if (s.open >= 0) chars[s.open] = '"';
    // Two-apostrophe marks ('' … ''): blank the outer apostrophes too.
    if (s.open > 0 && text[s.open] === "'" && text[s.open - 1] === "'") chars[s.open - 1] = ' ';
    if (s.close >= 0 && text[s.close] === "'" && text[s.close + 1] === "'") chars[s.close + 1] = ' ';
    if (s.close >= 0) chars[s.close] = /[.!?…]$/.test(s.text) ? '¶' : '"';
    else if (/[.!?…]$/.test(s.text)) chars[to] = '¶';
  }
  const frame = chars.join('');
  const toks = tokenize(frame);
  const runs = capRuns(frame, toks, lang, vocab);
  return { text, frame, spans, toks, runs, sents: sentences(frame, toks) };
}

/** Sentence ranges: a full stop (or a quotation that ended with one) followed by a capital. */
function sentences(frame: string, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /(?:[.!?…]+["”»)]*|¶)[\s\u00a0]+(?=[\p{Lu}\d"“«„‘(—–-])|\n+/gu;
  for (const m of frame.matchAll(re)) {
    const at = m.index!;
    if (frame[at] === '.') {
      // "U.S. President", "Mr. Trump": an abbreviation is not a sentence end.
      const tok = toks.find((t) => t.end === at + 1 || t.end === at);
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
  for (let i = 0; i < f.sents.length; i++) if (pos < f.sents[i]![1]) return i;
  return f.sents.length - 1;
}
