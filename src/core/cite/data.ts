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
  /** The byline's people; the outlet itself when the byline is empty or a placeholder. */
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


/** The address to cite: the canonical one when the page gave it, without a fragment. */
export function citedUrl(r: ReadResult): string {
  const url = httpUrl(r.canonicalUrl) ?? httpUrl(r.url) ?? r.url;
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

export function citationData(r: CitableResult, opts: CitationOptions): CitationData {
  const outlet = r.siteName?.trim() || (httpUrl(r.url) ? new URL(r.url).hostname : 'Unknown site');
  const people = bylineNames(r.byline);
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
    authors: people.length ? people : [{ literal: outlet }],
    authorIsOutlet: people.length === 0,
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
