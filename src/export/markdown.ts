/**
 * Markdown: YAML front matter with the citation metadata, then the article as the popup's "Copy as Markdown" gives
 * it (format.ts: title, byline, lead image, story, key quotes linking to themselves), then the citations.
 * Images stay links to the article's own addresses (a Markdown file has no place to keep them).
 */
import { citationData, isoDay } from '../core/cite/data';
import { toApa, toChicago } from '../core/cite/styles';
import { sanitizeToBody } from '../core/sanitize';
import { articleToMarkdown } from '../ui/format';
import type { KeepInput } from './article';

export function keepMarkdown(input: KeepInput): string {
  const r = input.result;
  const d = citationData(r, { accessed: input.accessed });
  // JSON strings are valid YAML scalars: quoting and escaping done right for any headline.
  const y = (v: string) => JSON.stringify(v);
  const front = [
    '---',
    `title: ${y(d.title)}`,
    d.authorIsOutlet ? null : `author:\n${d.authors.map((a) => `  - ${y('literal' in a ? a.literal : `${a.given} ${a.family}`)}`).join('\n')}`,
    `publisher: ${y(d.outlet)}`,
    d.published ? `date: ${isoDay(d.published)}` : null,
    d.updated ? `updated: ${isoDay(d.updated)}` : null,
    `lang: ${d.lang}`,
    `url: ${y(d.url)}`,
    `accessed: ${isoDay(d.accessed)}`,
    ...(d.alternates.length ? ['alternates:', ...d.alternates.map((a) => `  - lang: ${a.lang}\n    url: ${y(a.url)}`)] : []),
    '---',
  ].filter((l): l is string => l !== null);
  const story = sanitizeToBody(r.html, input.win, { images: true, baseUrl: r.url });
  const body = articleToMarkdown(r, story, input.t, input.keyQuotes);
  const cite = [`## ${input.t('citeThis')}`, `APA: ${toApa(d, 'markdown')}`, `Chicago: ${toChicago(d, 'markdown')}`].join('\n\n');
  return `${front.join('\n')}\n\n${body.trimEnd()}\n\n${cite}\n`;
}
