/** The Cite and Save choices offered by the popup and the reader, in the order offered. */
import type { CitationFormat } from '../core/cite';
import type { KeepFormat } from '../export';
import type { MsgKey } from './i18n';

/** The styles first: most readers paste text. */
export const CITE_FORMATS: ReadonlyArray<[CitationFormat, string]> = [
  ['apa', 'APA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csljson', 'CSL-JSON'],
];

/** Format, the button's accessible description, and its visible label. */
export const SAVE_FORMATS: ReadonlyArray<[KeepFormat, MsgKey, string]> = [
  ['html', 'saveHtml', 'HTML'],
  ['md', 'saveMd', 'MD'],
  ['epub', 'saveEpub', 'EPUB'],
];
