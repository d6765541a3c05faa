/**
 * A link that opens the article at a quote: a URL text fragment (`#:~:text=`, WICG Scroll-to-Text-Fragment,
 * supported by Chrome and Firefox). A long quote is linked by its first and last words (textStart,textEnd);
 * when that would first match earlier in the story (the words repeat), the words just before and after the quote
 * are added as prefix and suffix. Browsers match case-insensitively on whole words, as this does.
 */
import type { Quote } from '../types';

/** Quotes up to this many words are linked by their whole text. */
const WHOLE_TEXT_WORDS = 10;
/** Words at each end of a longer quote, and of the context around it. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encoding for a fragment directive: `-`, `,` and `&` are syntax there; parentheses break Markdown links. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ');
}

interface Directive {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

function serialize(d: Directive): string {
  const parts: string[] = [];
  if (d.prefix) parts.push(`${encodeFragmentText(d.prefix)}-`);
  parts.push(encodeFragmentText(d.start));
  if (d.end) parts.push(encodeFragmentText(d.end));
  if (d.suffix) parts.push(`-${encodeFragmentText(d.suffix)}`);
  return parts.join(',');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Is there a word boundary at `i` in `s` (not between two letters or digits)? */
function boundary(s: string, i: number): boolean {
  return i <= 0 || i >= s.length || !(WORD_CHAR.test(s[i - 1]!) && WORD_CHAR.test(s[i]!));
}

/** Where the directive first matches in `text` (lower-case, collapsed), as the browser would find it; -1 if nowhere. */
function firstMatch(text: string, d: Directive): number {
  const start = d.start.toLowerCase();
  for (let from = 0; ; ) {
    const at = text.indexOf(start, from);
    if (at < 0) return -1;
    from = at + 1;
    if (!boundary(text, at) || !boundary(text, at + start.length)) continue;
    if (d.prefix) {
      const before = text.slice(0, at).trimEnd();
      const prefix = d.prefix.toLowerCase();
      if (!before.endsWith(prefix) || !boundary(before, before.length - prefix.length)) continue;
    }
    let end = at + start.length;
    if (d.end) {
      const e = text.indexOf(d.end.toLowerCase(), end);
      if (e < 0) return -1;
      end = e + d.end.length;
    }
    if (d.suffix) {
      const after = text.slice(end).trimStart();
      const suffix = d.suffix.toLowerCase();
      if (!after.startsWith(suffix) || !boundary(after, suffix.length)) continue;
    }
    return at;
  }
}

function lastWords(s: string, n: number): string {
  return s.trim().split(' ').filter(Boolean).slice(-n).join(' ');
}

function firstWords(s: string, n: number): string {
  return s.trim().split(' ').filter(Boolean).slice(0, n).join(' ');
}

/**
 * The article's address with a text fragment pointing at `q` (a quote of `paragraphs`). Without a usable quote
 * position, the address alone.
 */
export function textFragmentUrl(url: string, paragraphs: readonly string[], q: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>): string {
  const base = url.replace(/#.*$/s, '');
  const para = paragraphs[q.paragraph];
  const quote = collapse(q.text).trim();
  if (para === undefined || !quote) return base;
  // Offsets from the quote finder; when they do not hold the text, look for it in the paragraph.
  let start = collapse(para.slice(q.start, q.end)).trim() === quote ? q.start : collapse(para).indexOf(quote);
  const p = collapse(para);
  if (start < 0) return base;
  if (p !== para) start = collapse(para.slice(0, start)).length;
  // Skip what the offsets include before the words themselves (a space, an opening mark).
  while (start < p.length && !p.startsWith(quote, start)) start++;
  if (start >= p.length) return base;
  const quoteEnd = start + quote.length;

  const words = quote.split(' ');
  let d: Directive = { start: quote };
  if (words.length > WHOLE_TEXT_WORDS) {
    const range = { start: words.slice(0, EDGE_WORDS).join(' '), end: words.slice(-EDGE_WORDS).join(' ') };
    // The range must end where the quote ends, not at an earlier repeat of its last words.
    if (firstMatch(quote.toLowerCase(), range) === 0 && quote.toLowerCase().indexOf(range.end.toLowerCase(), range.start.length) === quote.length - range.end.length) d = range;
  }
  const story = paragraphs.map(collapse).join('\n').toLowerCase();
  const offset = paragraphs.slice(0, q.paragraph).reduce((n, s) => n + collapse(s).length + 1, 0) + start;
  if (firstMatch(story, d) !== offset) {
    const prefix = lastWords(p.slice(0, start), CONTEXT_WORDS);
    const suffix = firstWords(p.slice(quoteEnd), CONTEXT_WORDS);
    if (prefix) d.prefix = prefix;
    if (suffix) d.suffix = suffix;
  }
  return `${base}#:~:text=${serialize(d)}`;
}
