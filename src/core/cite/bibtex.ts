/**
 * BibTeX for biblatex (and Zotero's importer): a newspaper article is `@article` with `entrysubtype = {newspaper}`
 * and `journaltitle` (biblatex manual, §2.1.1 and §2.2.2). Values are written in UTF-8 (biber reads it) with
 * TeX's special characters escaped.
 */
import { isoDay, languageName, type CitationData, type Name } from './data';
import { citationKey } from './key';

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function texEscape(text: string): string {
  return text.replace(/[\\{}#$%&_~^]/g, (c) => TEX_SPECIAL[c]!);
}

function bibName(n: Name): string {
  // An organisation is braced so that BibTeX does not split it into first and last names.
  return 'literal' in n ? `{${texEscape(n.literal)}}` : `${texEscape(n.family)}, ${texEscape(n.given)}`;
}

/** Addresses go in verbatim fields: only an unbalanced brace or a backslash could break them; encode those. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function toBibtex(d: CitationData): string {
  const fields: [string, string][] = [
    ['author', d.authors.map(bibName).join(' and ')],
    // Braced once more: the headline's own capitals are kept by styles that change case.
    ['title', `{${texEscape(d.title)}}`],
    ['journaltitle', texEscape(d.outlet)],
    ['entrysubtype', 'newspaper'],
  ];
  if (d.published) fields.push(['date', isoDay(d.published)]);
  if (d.updated) fields.push(['note', `Updated ${isoDay(d.updated)}`]);
  fields.push(['url', bibUrl(d.url)], ['urldate', isoDay(d.accessed)], ['langid', languageName(d.lang).toLowerCase()]);
  if (d.alternates.length) {
    fields.push(['addendum', d.alternates.map((a) => `${texEscape(languageName(a.lang))} version: \\url{${bibUrl(a.url)}}`).join('; ')]);
  }
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@article{${citationKey(d)},\n${body}\n}\n`;
}
