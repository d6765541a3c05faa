/**
 * One self-contained HTML file: images inlined as data: URLs, no script, and a Content-Security-Policy that lets
 * nothing run or load but those images and the one stylesheet (allowed by its hash, not 'unsafe-inline').
 * Citation metadata in the head as Highwire Press `citation_*` and Dublin Core tags (what Zotero reads).
 */
import { citationData, isoDay } from '../core/cite/data';
import { buildArticle, KEEP_CSS, KEEP_CSS_SHA256, type KeepInput } from './article';
import { dataUrl, type KeptImage } from './images';

/** citation_* (Highwire Press) and DC.* tags describing the article. */
export function citationMeta(input: KeepInput): Array<[string, string]> {
  const d = citationData(input.result, { accessed: input.accessed });
  const slash = (iso: string) => iso.replace(/-/g, '/');
  const tags: Array<[string, string]> = [['citation_title', d.title]];
  for (const a of d.authors) tags.push(['citation_author', 'literal' in a ? a.literal : `${a.family}, ${a.given}`]);
  if (d.published) tags.push(['citation_publication_date', slash(isoDay(d.published))]);
  if (d.updated) tags.push(['citation_online_date', slash(isoDay(d.updated))]);
  tags.push(['citation_journal_title', d.outlet], ['citation_language', d.lang], ['citation_public_url', d.url]);
  tags.push(['DC.title', d.title]);
  for (const a of d.authors) tags.push(['DC.creator', 'literal' in a ? a.literal : `${a.family}, ${a.given}`]);
  if (d.published) tags.push(['DC.date', isoDay(d.published)]);
  tags.push(['DC.publisher', d.outlet], ['DC.language', d.lang], ['DC.source', d.url]);
  return tags;
}

export async function keepHtml(input: KeepInput, images: Map<string, KeptImage>): Promise<string> {
  const doc = input.win.document.implementation.createHTMLDocument('');
  const r = input.result;
  const d = citationData(r, { accessed: input.accessed });
  doc.documentElement.setAttribute('lang', r.lang || 'en');
  const head = doc.head;
  const meta = (attrs: Record<string, string>) => {
    const m = doc.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    head.append(m);
  };
  head.replaceChildren();
  meta({ charset: 'utf-8' });
  meta({
    'http-equiv': 'Content-Security-Policy',
    content: `default-src 'none'; img-src data:; style-src 'sha256-${KEEP_CSS_SHA256}'; base-uri 'none'; form-action 'none'`,
  });
  meta({ name: 'referrer', content: 'no-referrer' });
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  const title = doc.createElement('title');
  title.textContent = `${d.title} — ${d.outlet}`;
  head.append(title);
  const canonical = doc.createElement('link');
  canonical.setAttribute('rel', 'canonical');
  canonical.setAttribute('href', d.url);
  head.append(canonical);
  for (const [name, content] of citationMeta(input)) meta({ name, content });
  const style = doc.createElement('style');
  style.textContent = KEEP_CSS;
  head.append(style);
  const inlined = new Map<string, string>();
  doc.body.replaceChildren(
    buildArticle(doc, input, (url) => {
      const img = images.get(url);
      if (!img) return null;
      let src = inlined.get(url);
      if (!src) inlined.set(url, (src = dataUrl(img)));
      return src;
    }),
  );
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}
