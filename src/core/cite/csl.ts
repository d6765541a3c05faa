/**
 * CSL-JSON (Citation Style Language 1.0.2 data schema): one item of type `article-newspaper` in an array, as
 * Zotero and citeproc read it. The update and other-language versions, which CSL has no variable for, go in `note`.
 */
import { isoDay, languageName, type CitationData, type Day } from './data';
import { citationKey } from './key';

type CslName = { family: string; given: string } | { literal: string };
type CslDate = { 'date-parts': [[number, number, number]] };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author: CslName[];
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
  note?: string;
}

function cslDate(d: Day): CslDate {
  return { 'date-parts': [[d.year, d.month, d.day]] };
}

export function toCslItem(d: CitationData): CslItem {
  const notes: string[] = [];
  if (d.updated) notes.push(`Updated ${isoDay(d.updated)}`);
  for (const a of d.alternates) notes.push(`${languageName(a.lang)} version: ${a.url}`);
  return {
    id: citationKey(d),
    type: 'article-newspaper',
    title: d.title,
    'container-title': d.outlet,
    author: d.authors.map((n) => ('literal' in n ? { literal: n.literal } : { family: n.family, given: n.given })),
    ...(d.published ? { issued: cslDate(d.published) } : {}),
    accessed: cslDate(d.accessed),
    URL: d.url,
    language: d.lang,
    ...(notes.length ? { note: notes.join('\n') } : {}),
  };
}

export function toCslJson(d: CitationData): string {
  // Indented for people; a date's parts kept on one line.
  const json = JSON.stringify([toCslItem(d)], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '[[$1, $2, $3]]');
  return `${json}\n`;
}
