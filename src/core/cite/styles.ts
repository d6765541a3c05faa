/**
 * Citation text in two styles, for a news article on a website:
 * - APA, 7th edition (Publication Manual §10.2, "news website"): Author, A. A. (Year, Month Day). *Title*. Site. URL
 *   The site is left out when it is also the author; APA has no element for an update, access date or translation.
 * - Chicago, 17th edition, bibliography entry (§14.191, §14.206–207): Family, Given. “Title.” *Paper*, Month Day,
 *   Year. URL. An unsigned article puts the paper in the author's place; an initial "The" is dropped from the
 *   paper's name (§14.171); revision and access dates, and where else the article is available, are added.
 * Markup: plain text (no italics), HTML (<i>, text escaped) or Markdown (*…*).
 */
import { MONTHS, languageName, type CitationData, type Day, type Name } from './data';

export type Markup = 'text' | 'html' | 'markdown';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function writer(markup: Markup): { text(s: string): string; italic(s: string): string } {
  if (markup === 'html') return { text: escapeHtml, italic: (s) => `<i>${escapeHtml(s)}</i>` };
  if (markup === 'markdown') {
    const md = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');
    return { text: md, italic: (s) => `*${md(s)}*` };
  }
  return { text: (s) => s, italic: (s) => s };
}

/** Ends with a period unless it already ends with sentence punctuation. */
function closed(s: string): string {
  return /[.?!…]["”’»]?$/.test(s) ? s : `${s}.`;
}

function longDate(d: Day): string {
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

// ---------------- APA ----------------

/** "Anna" -> "A.", "Jean-Paul" -> "J.-P.", "Anna Maria" -> "A. M.". */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => (part ? `${Array.from(part)[0]!.toUpperCase()}.` : ''))
        .join('-'),
    )
    .join(' ');
}

function apaName(n: Name): string {
  return 'literal' in n ? n.literal : `${n.family}, ${initials(n.given)}`;
}

function apaAuthors(names: Name[]): string {
  const all = names.map(apaName);
  let list: string;
  if (all.length === 1) list = all[0]!;
  else if (all.length <= 20) list = `${all.slice(0, -1).join(', ')}, & ${all[all.length - 1]}`;
  else list = `${all.slice(0, 19).join(', ')}, . . . ${all[all.length - 1]}`;
  return closed(list);
}

export function toApa(d: CitationData, markup: Markup = 'text'): string {
  const w = writer(markup);
  const date = d.published ? `${d.published.year}, ${MONTHS[d.published.month - 1]} ${d.published.day}` : 'n.d.';
  const parts = [w.text(apaAuthors(d.authors)), `(${date}).`, closedItalic(w, d.title)];
  if (!d.authorIsOutlet) parts.push(w.text(closed(d.outlet)));
  parts.push(w.text(d.url));
  return parts.join(' ');
}

/** An italic title with its closing period outside the italics (APA's and Chicago's typography). */
function closedItalic(w: ReturnType<typeof writer>, title: string): string {
  const c = closed(title);
  return c === title ? w.italic(title) : `${w.italic(title)}.`;
}

// ---------------- Chicago ----------------

function chicagoName(n: Name, inverted: boolean): string {
  if ('literal' in n) return n.literal;
  return inverted ? `${n.family}, ${n.given}` : `${n.given} ${n.family}`;
}

function chicagoAuthors(names: Name[]): string {
  // More than ten: the first seven, then et al. (§14.76).
  const shown = names.length > 10 ? names.slice(0, 7) : names;
  const written = shown.map((n, i) => chicagoName(n, i === 0));
  let list: string;
  if (names.length > 10) list = `${written.join(', ')}, et al`;
  else if (written.length === 1) list = written[0]!;
  else if (written.length === 2) list = `${written[0]}, and ${written[1]}`;
  else list = `${written.slice(0, -1).join(', ')}, and ${written[written.length - 1]}`;
  return closed(list);
}

/** A title inside double quotation marks: its own double quotes become single ones (§6.11). */
function quotedTitle(title: string): string {
  const inner = title.replace(/“/g, '‘').replace(/”/g, '’').replace(/"([^"]*)"/g, '‘$1’');
  // American style: the period goes inside a closing quotation mark (§6.9).
  const m = /^(.*?)([’']+)$/s.exec(inner);
  return m && !/[.?!…]$/.test(m[1]!) ? `“${m[1]}.${m[2]}”` : `“${closed(inner)}”`;
}

export function chicagoPaperName(outlet: string): string {
  return outlet.replace(/^the\s+/i, '');
}

export function toChicago(d: CitationData, markup: Markup = 'text'): string {
  const w = writer(markup);
  const paper = chicagoPaperName(d.outlet);
  const date = d.published ? longDate(d.published) : null;
  const parts: string[] = [];
  if (d.authorIsOutlet) {
    parts.push(`${w.italic(paper)}.`, w.text(quotedTitle(d.title)));
    if (date) parts.push(w.text(`${date}.`));
  } else {
    parts.push(w.text(chicagoAuthors(d.authors)), w.text(quotedTitle(d.title)), `${w.italic(paper)}${w.text(date ? `, ${date}.` : '.')}`);
  }
  if (d.updated) parts.push(w.text(`Last modified ${longDate(d.updated)}.`));
  parts.push(w.text(`Accessed ${longDate(d.accessed)}.`), w.text(`${d.url}.`));
  for (const a of d.alternates) parts.push(w.text(`Also available in ${languageName(a.lang)} at ${a.url}.`));
  return parts.join(' ');
}
