/**
 * RIS (the Research Information Systems tagged format, as Zotero, EndNote and Mendeley read it): `TY  - NEWS`,
 * one "TAG  - value" per line, `ER  - ` last (LF line ends, which every importer reads). Dates are YYYY/MM/DD; an organisation author has no comma.
 */
import { languageName, type CitationData, type Day, type Name } from './data';

function risDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}/${String(d.month).padStart(2, '0')}/${String(d.day).padStart(2, '0')}`;
}

/** One line per tag: a line break inside a value would start a new (broken) tag. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

function risName(n: Name): string {
  return 'literal' in n ? oneLine(n.literal) : `${oneLine(n.family)}, ${oneLine(n.given)}`;
}

export function toRis(d: CitationData): string {
  const lines: [string, string][] = [['TY', 'NEWS']];
  for (const a of d.authors) lines.push(['AU', risName(a)]);
  lines.push(['TI', oneLine(d.title)], ['T2', oneLine(d.outlet)]);
  if (d.published) lines.push(['PY', String(d.published.year)], ['DA', risDay(d.published)]);
  lines.push(['UR', d.url], ['Y2', risDay(d.accessed)], ['LA', d.lang]);
  if (d.updated) lines.push(['N1', `Updated ${risDay(d.updated)}`]);
  for (const a of d.alternates) lines.push(['N1', `${languageName(a.lang)} version: ${a.url}`]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n') + '\n';
}
