
// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const IS_LETTER_RE1 = /[\p{L}\p{N}]/u;
const IS_SPACE_RE1 = /[\s\u00a0]/;
const OPENS_AFTER_RE1 = /[\s\u00a0(\[{—–\-/:«„“‘"']/;
const FIND_SPANS_RE1 = /\d/;
/**
 * Quotation-mark spans: finds the top-level quotations of each paragraph, with nesting
 * («… „…“ …», “… ‘…’ …”) and quotes that run over several paragraphs.
 */

export interface Span {
  /** Index of the opening mark, or -1 when the quote was carried over from the previous paragraph. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs past the end of the paragraph. */
  close: number;
  /** Offsets of the quoted text (marks, surrounding blanks and a trailing comma removed). */
  start: number;
  end: number;
  text: string;
  /** Part of a quotation that began in an earlier paragraph. */
  continued: boolean;
}

/** The characters isMarkCode accepts. */
const MARK = /["'«»‘’“”„]/g;

/** « » „ “ ” " ‘ ’ ' by code unit. */
function isMarkCode(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x201e;
}

type Closer = '»' | '”' | '“”' | '"' | '’' | "'";

const isLetter = (c: string | undefined): boolean => !!c && IS_LETTER_RE1.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || IS_SPACE_RE1.test(c);
/** Characters after which a quotation may open: start, blank, bracket, dash, slash, another mark. */
const opensAfter = (c: string | undefined): boolean =>
  c === undefined || OPENS_AFTER_RE1.test(c);

function closes(top: Closer | undefined, c: string): boolean {
  if (!top) return false;
  if (c === '»') return top === '»';
  if (c === '”') return top === '”' || top === '“”';
  if (c === '“') return top === '“”';
  return top === c;
}

/** Trim blanks and a trailing comma; returns offsets of the kept text inside [from, to). */
function trimQuote(p: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && IS_SPACE_RE1.test(p[a]!)) a++;
  while (b > a && IS_SPACE_RE1.test(p[b - 1]!)) b--;
  while (b > a && p[b - 1] === ',') {
    b--;
    while (b > a && IS_SPACE_RE1.test(p[b - 1]!)) b--;
  }
  return [a, b];
}

function makeSpan(p: string, open: number, close: number, continued: boolean): Span | null {
  const from = open < 0 ? 0 : open + 1;
  const to = close < 0 ? p.length : close;
  const [start, end] = trimQuote(p, from, to);
  if (end <= start || !IS_LETTER_RE1.test(p.slice(start, end))) return null;
  return { open, close, start, end, text: p.slice(start, end), continued };
}

/**
 * Scan every paragraph. A double-mark quotation still open at the end of a paragraph continues
 * into the next one (English style re-opens it with a mark; Russian style may just close it later).
 */
export function findSpans(paragraphs: string[]): Span[][] {
  const out: Span[][] = [];
  let carry: Closer | null = null;
  for (const p of paragraphs) {
    const spans: Span[] = [];
    const stack: { closer: Closer; at: number; wide?: number }[] = [];
    let continued = false;
    let i = 0;
    while (i < p.length && IS_SPACE_RE1.test(p[i]!)) i++;
    if (carry) {
      const first = p[i];
      const reopens = first === '“' || first === '«' || first === '„' || first === '"' || p.startsWith("''", i);
      if (!reopens) {
        // No re-opening mark: the quote goes on until its closer, if this paragraph has one first.
        const closerChars = carry === '»' ? '»' : carry === '"' ? '"' : '”“';
        let j = -1;
        for (let k = i; k < p.length; k++) {
          const ch = p[k]!;
          if ('«“„"'.includes(ch) && !closerChars.includes(ch)) break;
          if (closerChars.includes(ch) && !isLetter(p[k + 1])) { j = k; break; }
        }
        if (j >= 0) {
          const s = makeSpan(p, -1, j, true);
          if (s) spans.push(s);
          i = j + 1;
        }
      } else continued = true;
      carry = null;
    }
    for (; i < p.length; i++) {
      if (!isMarkCode(p.charCodeAt(i))) {
        // The next mark found by the regex engine (a fast scan), not character by character; none: done.
        MARK.lastIndex = i;
        if (!MARK.test(p)) break;
        i = MARK.lastIndex - 1;
      }
      const c = p[i]!;
      let top = stack[stack.length - 1]?.closer;
      const prev = i > 0 ? p[i - 1] : undefined;
      const next = p[i + 1];
      if (c === '«' || c === '„') {
        stack.push({ closer: c === '«' ? '»' : '“”', at: i, wide: 0 });
      } else if (c === '»' || c === '”' || c === '“') {
        // A single mark left open inside was an apostrophe: drop it so the double mark can close.
        while (stack.length > 1 && (top === '’' || top === "'") && stack.some((f) => closes(f.closer, c))) {
          stack.pop();
          top = stack[stack.length - 1]?.closer;
        }
        if (closes(top, c)) {
          const o = stack.pop()!;
          if (stack.length === 0) {
            const s = makeSpan(p, o.at, i, continued && spans.length === 0);
            if (s) spans.push(s);
          }
        } else if (c === '“' || (c === '”' && !stack.length && opensAfter(prev) && isLetter(next))) {
          // A closing ” at the start of a quotation is a typo for “.
          stack.push({ closer: '”', at: i, wide: 0 });
        } else if (c === '”' && top === '"' && !isSpace(prev)) {
          // Mixed marks: "…” closes.
          const o = stack.pop()!;
          if (stack.length === 0) {
            const s = makeSpan(p, o.at + (o.wide ?? 0), i, continued && spans.length === 0);
            if (s) spans.push(s);
          }
        }
      } else if (c === '"' || (c === "'" && next === "'")) {
        // NYT copy writes a double quotation mark as two apostrophes.
        const wide = c === "'";
        const after = wide ? p[i + 2] : next;
        const canClose = (top === '"' || top === '”') && !isSpace(prev) && !isLetter(after);
        const canOpen = opensAfter(prev) && !isSpace(after);
        if ((top === '"' && (canClose || !canOpen)) || (top === '”' && canClose && !canOpen)) {
          const o = stack.pop()!;
          if (stack.length === 0) {
            const s = makeSpan(p, o.at + (o.wide ?? 0), i, continued && spans.length === 0);
            if (s) spans.push(s);
          }
        } else if (canOpen) {
          stack.push({ closer: '"', at: i, wide: wide ? 1 : 0 });
        }
        if (wide) i++;
      } else if (c === '‘' || c === '’' || c === "'") {
        // Single marks double as apostrophes: only letter-free sides count as marks.
        const want: Closer = c === "'" ? "'" : '’';
        if (top === want && c !== '‘' && !isSpace(prev) && !isLetter(next)) {
          const o = stack.pop()!;
          if (stack.length === 0) {
            const s = makeSpan(p, o.at, i, continued && spans.length === 0);
            if (s) spans.push(s);
          }
        } else if ((c === '‘' || c === "'") && opensAfter(prev) && isLetter(next) && !FIND_SPANS_RE1.test(next!)) {
          stack.push({ closer: want, at: i });
        }
      }
    }
    // Unclosed single marks were apostrophes after all; unclosed double marks run to the end.
    while (stack.length && (stack[stack.length - 1]!.closer === '’' || stack[stack.length - 1]!.closer === "'")) {
      stack.pop();
    }
    if (stack.length) {
      const o = stack[0]!;
      const s = makeSpan(p, o.at, -1, continued && spans.length === 0);
      if (s) spans.push(s);
      carry = o.closer;
    }
    out.push(spans);
  }
  return out;
}
