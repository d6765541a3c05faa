/**
 * A paragraph's "frame": its text with quotation interiors blanked out, so that verbs, names and
 * sentence ends inside a quotation never count as the narrator's. Offsets stay those of the paragraph.
 */
import type { LowerWords } from '../chars';
import type { LangPack } from './lang/pack';
import type { Span } from './marks';
import { capRuns, type Run } from './runs';
import { isAbbr, tokenize, type Tok } from './tokens';

// Regexes are made once, at module level: a literal in a function body is compiled again after garbage
// collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const REGEXPS = {
  endsSentence: /[.!?…]$/,
  /** A full stop (or a quotation that ended with one) before a capital, or a line break. */
  sentenceEnd: /(?:[.!?…]+["”»)]*|¶)[\s\u00a0]+(?=[\p{Lu}\d"“«„‘(—–-])|\n+/gu,
  /** Characters with a meaning in a regex, escaped in an outlet's name. */
  regexSpecial: /[.*+?^${}()|[\]\\]/g,
  /** Blanks inside an outlet's name: any blanks match them ("The Moscow\u00a0Times"). */
  blanks: /\s+/g,
  /** The last word of a trimmed name. */
  lastWord: /\S+$/,
};

export interface Frame {
  text: string;
  frame: string;
  spans: Span[];
  toks: Tok[];
  runs: Run[];
  /** Sentence [start, end) ranges over the frame. */
  sents: [number, number][];
  /** Runs by their start offset (made on first use: most paragraphs never ask). Runs by their first and last
   *  token are on the tokens themselves (Tok.first, Tok.last), as is each token's index (Tok.i). */
  readonly byStart: Map<number, Run>;
}

class ParagraphFrame implements Frame {
  readonly sents: [number, number][];
  private starts: Map<number, Run> | null = null;
  constructor(
    readonly text: string,
    readonly frame: string,
    readonly spans: Span[],
    readonly toks: Tok[],
    readonly runs: Run[],
  ) {
    for (const r of runs) {
      r.toks[0]!.first = r;
      r.toks[r.toks.length - 1]!.last = r;
    }
    this.sents = sentences(frame, toks);
  }
  get byStart(): Map<number, Run> {
    if (!this.starts) {
      this.starts = new Map();
      for (const r of this.runs) this.starts.set(r.start, r);
    }
    return this.starts;
  }
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

/**
 * `outlets` matches the names of the publication the story appears in ("The Moscow Times"): it relays words and
 * is never a speaker, so its names are blanked in the frame like quotation interiors ("X told The Moscow Times",
 * "сообщил The Moscow Times Иванов" leave X, Иванов; "The Moscow Times reported" leaves no subject).
 */
export function buildFrame(text: string, spans: Span[], pack: LangPack, vocab?: LowerWords, outlets?: RegExp): Frame {
  if (!spans.length) {
    const frame = outlets ? blankOutlets(text, outlets) : text;
    const toks = tokenize(frame);
    return new ParagraphFrame(text, frame, spans, toks, capRuns(frame, toks, pack, vocab));
  }
  // The frame is built from slices of the text: kept stretches as they are, quotation interiors as blanks (line
  // breaks kept), marks as '"' and a sentence end inside a quotation as ¶. The pieces are joined once (a flat
  // string: one made with += is a chain of pieces that its first read copies into one, at a cost per paragraph).
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const from = s.open < 0 ? 0 : s.open;
    const to = s.close < 0 ? text.length - 1 : s.close;
    // Two-apostrophe marks ('' … ''): blank the outer apostrophes too.
    const wideOpen = s.open > 0 && text[s.open] === "'" && text[s.open - 1] === "'";
    const wideClose = s.close >= 0 && text[s.close] === "'" && text[s.close + 1] === "'";
    const blankBefore = wideOpen && from - 1 >= at;
    parts.push(text.slice(at, blankBefore ? from - 1 : from));
    if (blankBefore) parts.push(' ');
    const ends = REGEXPS.endsSentence.test(s.text);
    // [from, to]: the opening mark (or the first character), the interior, the closing mark (or the last character).
    const head = s.open >= 0 ? '"' : blankOf(text, from, from + 1);
    if (to === from) parts.push(s.close >= 0 ? (ends ? PILCROW : '"') : ends ? PILCROW : head);
    else {
      parts.push(head, blankOf(text, from + 1, to));
      parts.push(s.close >= 0 ? (ends ? PILCROW : '"') : ends ? PILCROW : blankOf(text, to, to + 1));
    }
    at = to + 1;
    if (wideClose) {
      parts.push(' ');
      at++;
    }
  }
  parts.push(text.slice(at));
  let frame = parts.join('');
  if (outlets) frame = blankOutlets(frame, outlets);
  const toks = tokenize(frame);
  return new ParagraphFrame(text, frame, spans, toks, capRuns(frame, toks, pack, vocab));
}

/** `frame` with each outlet name replaced by as many blanks (offsets stay those of the text). */
function blankOutlets(frame: string, outlets: RegExp): string {
  // (Most paragraphs name no outlet: a plain search for each name's last word spares them the regex.)
  const lastWords = OUTLET_LAST_WORDS.get(outlets);
  if (lastWords && !includesAny(frame, lastWords)) return frame;
  return frame.replace(outlets, (m) => ' '.repeat(m.length));
}

function includesAny(s: string, needles: readonly string[]): boolean {
  for (const n of needles) if (s.includes(n)) return true;
  return false;
}

/** The last word of each outlet name of a pattern: every match of the pattern holds one as written. */
const OUTLET_LAST_WORDS = new WeakMap<RegExp, string[]>();

/** The last outlet list and its regex: a site's names are the same on every read, so the regex is made once. */
let lastOutlets: { key: string; pattern: RegExp | null } | null = null;

/** A regex for a publication's names as whole words, longest first; null for none. */
export function outletPattern(names: readonly string[] | undefined): RegExp | null {
  const key = (names ?? []).join('\n');
  if (lastOutlets?.key !== key) lastOutlets = { key, pattern: compileOutlets(names) };
  return lastOutlets.pattern;
}

function compileOutlets(names: readonly string[] | undefined): RegExp | null {
  const list = (names ?? []).map((n) => n.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  const escaped = list.map((n) => n.replace(REGEXPS.regexSpecial, '\\$&').replace(REGEXPS.blanks, '[\\s\\u00a0]+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  OUTLET_LAST_WORDS.set(pattern, list.map((n) => n.slice(n.search(REGEXPS.lastWord))));
  return pattern;
}

/** Blanks for text[from, to), line breaks kept. */
function blankOf(text: string, from: number, to: number): string {
  if (to <= from) return '';
  const nl = text.indexOf('\n', from);
  if (nl < 0 || nl >= to) return ' '.repeat(to - from);
  let out = '';
  for (let i = from; i < to; i++) out += text.charCodeAt(i) === 10 ? '\n' : ' ';
  return out;
}

/** A sentence end inside a blanked quotation. */
const PILCROW = '¶';

/** Sentence ranges: a full stop (or a quotation that ended with one) followed by a capital. */
function sentences(frame: string, toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let ti = 0;
  // (exec in a loop, not matchesOf: no list of the matches is kept. The pattern never matches empty.)
  const re = REGEXPS.sentenceEnd;
  re.lastIndex = 0;
  for (let m = re.exec(frame); m; m = re.exec(frame)) {
    const at = m.index;
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
  re.lastIndex = 0;
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
