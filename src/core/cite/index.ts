/**
 * Citations of a read article: BibTeX, RIS, CSL-JSON, APA and Chicago. Pure: a read result in, text out.
 */
import { toBibtex } from './bibtex';
import { citationData, type CitableResult, type CitationOptions } from './data';
import { toCslJson } from './csl';
import { toRis } from './ris';
import { toApa, toChicago, type Markup } from './styles';

export const CITATION_FORMATS = ['bibtex', 'ris', 'csljson', 'apa', 'chicago'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export function isCitationFormat(s: unknown): s is CitationFormat {
  return typeof s === 'string' && (CITATION_FORMATS as readonly string[]).includes(s);
}

export interface CiteOptions extends CitationOptions {
  /** For APA and Chicago: how italics are written (default plain text). */
  markup?: Markup;
}

export function cite(r: CitableResult, format: CitationFormat, opts: CiteOptions): string {
  const d = citationData(r, opts);
  switch (format) {
    case 'bibtex':
      return toBibtex(d);
    case 'ris':
      return toRis(d);
    case 'csljson':
      return toCslJson(d);
    case 'apa':
      return toApa(d, opts.markup);
    case 'chicago':
      return toChicago(d, opts.markup);
  }
}

export { citationData, citedUrl, type CitationData, type CitableResult } from './data';
export { textFragmentUrl } from './fragment';
export type { Markup } from './styles';
