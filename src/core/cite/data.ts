/**
 * What a citation says about an article, worked out once from a read result: the formats and styles
 * (bibtex.ts, ris.ts, csl.ts, styles.ts) only write it out.
 */
import type { ReadResult } from '../types';
import { httpUrl } from '../url';

/** A person as family and given names, or an organisation (or a one-word name) written as it is. */
export type Name = { family: string; given: string } | { literal: string };

/** A calendar date as the source wrote it (no time-zone conversion). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface Alternate {
  lang: string;
  url: string;
}

export interface CitationData {
  title: string;
  /**
   * The byline's people (and, from a metadata byline, its organisations, written whole); the outlet itself when the
   * byline is empty, a placeholder or the outlet's own name.
   */
  authors: Name[];
  /** True when `authors` is the outlet (no byline): styles then do not name the outlet twice. */
  authorIsOutlet: boolean;
  outlet: string;
  /** ISO 639-1 code of the article's language ("en", "ru"). */
  lang: string;
  published: Day | null;
  /** Set only when the update falls on a later day than publication. */
  updated: Day | null;
  url: string;
  accessed: Day;
  /** Other-language versions of the same article. */
  alternates: Alternate[];
}

export interface CitationOptions {
  /** When the reader accessed the article: a Date (its local calendar day) or "YYYY-MM-DD". */
  accessed: Date | string;
}

/** A result that may carry other-language versions (another module adds them to the read result). */
export type CitableResult = ReadResult & { alternates?: ReadonlyArray<{ lang?: unknown; url?: unknown }> };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseDay(iso: string | null | undefined): Day | null {
  const m = iso ? ISO_DAY.exec(iso.trim()) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

export function localDay(d: Date): Day {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function isoDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function sameDay(a: Day, b: Day): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Bylines that name no one: the outlet's initials, "staff" lines, the outlet itself. */
const PLACEHOLDER_BYLINE = /^(?:mt|the moscow times|moscow times|staff|staff writer|редакция|мт)$/i;

/** "By Anna Kirillova", "Автор: …": the label is not a name. */
const BYLINE_LABEL = /^(?:by|автор[ыа]?:?|от)\s+/i;

/** "A, B and C", "A и B", "A & B". */
const NAME_SEPARATOR = /\s*(?:,\s*(?:and|и)\s+|\s+(?:and|и|&)\s+|,\s*|;\s*)/i;

/** One person's name as family and given names; a one-word name stays as written. */
export function personName(raw: string): Name {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { literal: raw.trim() };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

export function bylineNames(byline: string | null | undefined): Name[] {
  const text = (byline ?? '').replace(/\s+/g, ' ').trim().replace(BYLINE_LABEL, '');
  if (!text || PLACEHOLDER_BYLINE.test(text)) return [];
  return text
    .split(NAME_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n && !PLACEHOLDER_BYLINE.test(n))
    .map(personName);
}

/** An outlet's name compared loosely: case, spacing and an initial "The" aside ("Moscow Times" is "The Moscow Times"). */
function outletKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/^the\s+/, '');
}

/** A name found whole in a metadata byline, as `metaBylineNames` marks it: alone, and anywhere. */
const MARKER = /^\u0000(\d+)\u0000$/;
const MARKERS = /\u0000(\d+)\u0000/g;

/** A letter or a digit: a name found inside a longer word is not that name. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `name` first stands as whole words in `text` (case aside), or -1. */
function wholeWordsAt(text: string, name: string): number {
  const lower = text.toLowerCase();
  const key = name.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    if (!WORD_CHAR.test(text.charAt(at - 1)) && !WORD_CHAR.test(text.charAt(at + key.length))) return at;
  }
  return -1;
}

/**
 * The names of a byline read from the page's metadata (JSON-LD, meta author). Such bylines often name institutions:
 * the outlet itself, or an organisation the JSON-LD types as one. Those are kept whole (their names may hold "and"
 * or a comma) and written as they are; the outlet comes back as null (the caller decides how to name it).
 */
export function metaBylineNames(byline: string, organizations: readonly string[], outlet: string): Array<Name | null> {
  const text = byline.replace(/\s+/g, ' ').trim().replace(BYLINE_LABEL, '');
  // Longest first, so that "Reuters Graphics" is not cut at "Reuters". Each found name leaves a numbered marker.
  const whole = [...new Set([...organizations, outlet].map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  let marked = text;
  const found: string[] = [];
  for (const name of whole) {
    const at = wholeWordsAt(marked, name);
    if (at < 0) continue;
    found.push(marked.slice(at, at + name.length));
    marked = `${marked.slice(0, at)}\u0000${found.length - 1}\u0000${marked.slice(at + name.length)}`;
  }
  return marked
    .split(NAME_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n && !PLACEHOLDER_BYLINE.test(n))
    .map((n) => {
      const m = MARKER.exec(n);
      // A marker inside a longer name ("X for Reuters") gives its words back: only a name alone is an institution.
      const name = m ? found[Number(m[1])]! : n.replace(MARKERS, (_, i: string) => found[Number(i)]!);
      if (outletKey(name) === outletKey(outlet) || PLACEHOLDER_BYLINE.test(name)) return null;
      return m ? { literal: name } : personName(name);
    });
}

/**
 * Who wrote it, for a citation: the byline's people; its organisations (the JSON-LD's, for a byline shown or read
 * from the metadata) as institutions; with a metadata byline, the outlet as itself; the outlet alone when the
 * byline names no one else.
 */
function citedAuthors(r: ReadResult, outlet: string): { authors: Name[]; authorIsOutlet: boolean } {
  if (r.byline && r.bylineSource === 'page' && r.bylineOrganizations?.length) {
    // The names the page shows, its organisations kept whole; the outlet or a placeholder among them is left out.
    const named = metaBylineNames(r.byline, r.bylineOrganizations, outlet).filter((n): n is Name => n !== null);
    if (named.length) return { authors: named, authorIsOutlet: false };
  }
  if (r.bylineSource !== 'meta' || !r.byline) {
    const people = bylineNames(r.byline);
    return people.length ? { authors: people, authorIsOutlet: false } : { authors: [{ literal: outlet }], authorIsOutlet: true };
  }
  const names = metaBylineNames(r.byline, r.bylineOrganizations ?? [], outlet);
  const others = names.filter((n): n is Name => n !== null);
  if (!others.length) return { authors: [{ literal: outlet }], authorIsOutlet: true };
  // The outlet beside others ("The Moscow Times and Reuters"): named in its place, as an institution.
  return { authors: names.map((n) => n ?? { literal: outlet }), authorIsOutlet: false };
}

/** The address to cite: the canonical one when the page gave it, without a fragment. */
export function citedUrl(r: ReadResult): string {
  const url = httpUrl(r.canonicalUrl) ?? httpUrl(r.url) ?? r.url;
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

export function citationData(r: CitableResult, opts: CitationOptions): CitationData {
  const outlet = r.siteName?.trim() || (httpUrl(r.url) ? new URL(r.url).hostname : 'Unknown site');
  const { authors, authorIsOutlet } = citedAuthors(r, outlet);
  const published = parseDay(r.published);
  const updatedDay = parseDay(r.updated);
  const accessed = typeof opts.accessed === 'string' ? parseDay(opts.accessed) : localDay(opts.accessed);
  if (!accessed) throw new Error(`not a date: ${String(opts.accessed)}`);
  const url = citedUrl(r);
  const lang = (r.lang || 'en').toLowerCase().split(/[-_]/)[0]!;
  const alternates: Alternate[] = [];
  for (const a of r.alternates ?? []) {
    const href = httpUrl(a.url);
    if (href && typeof a.lang === 'string' && a.lang && a.lang !== lang && href !== url) alternates.push({ lang: a.lang, url: href });
  }
  return {
    title: (r.title ?? '').replace(/\s+/g, ' ').trim() || url,
    authors,
    authorIsOutlet,
    outlet,
    lang,
    published,
    updated: updatedDay && (!published || !sameDay(updatedDay, published)) ? updatedDay : null,
    url,
    accessed,
    alternates,
  };
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', uk: 'Ukrainian', de: 'German', fr: 'French' };

/** The language's English name ("Russian"), or its code when we do not know it. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
