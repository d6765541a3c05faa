/**
 * Pure text helpers of the UI: dates, citations, Markdown. No extension API; DOM only where
 * an Element is passed in (Markdown walks the sanitized story).
 */
import { citedUrl } from '../core/cite/data';
import { textFragmentUrl } from '../core/cite/fragment';
import { httpUrl } from '../core/url';
import type { Quote, ReadResult } from '../core/types';
import { translator, uiLang, type T } from './i18n';

/**
 * The publication date as the article shows it, in the article's language.
 * The calendar date is read from the ISO string itself: converting "2013-02-25T00:00:00+01:00" through
 * the reader's time zone could show the 24th. Month names come from `_locales` rather than Intl, whose
 * first use loads locale data on the reader's critical path (docs/performance.md).
 */
export function formatDate(iso: string | null | undefined, lang: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = translator(lang);
  const name = t('months').split(',')[month - 1];
  return t('dateFormat', day, name ?? m[2]!, m[1]!);
}

/** Opening and closing quotation marks of the article's language. */
export function quoteMarks(lang: string): [string, string] {
  return uiLang(lang) === 'ru' ? ['«', '»'] : ['“', '”'];
}

/** The speaker line of a quote: "Name, role", or null when unattributed. */
export function speakerLine(q: Quote): string | null {
  if (!q.speaker || !q.speaker.name.trim()) return null;
  return q.speaker.role ? `${q.speaker.name}, ${q.speaker.role}` : q.speaker.name;
}

/** The article's address opened at the quote (a text fragment). */
export function quoteLink(q: Quote, r: ReadResult): string {
  return textFragmentUrl(citedUrl(r), r.paragraphs, q);
}

/** “…” — Speaker, The Moscow Times, date, link to the quote in the article (the speaker is left out when unknown). */
export function citation(q: Quote, r: ReadResult, t: T): string {
  const [open, close] = quoteMarks(r.lang);
  const parts = [q.speaker?.name.trim() || null, r.siteName || t('brand'), formatDate(r.published, r.lang), quoteLink(q, r)].filter(
    (p): p is string => !!p,
  );
  return `${open}${q.text.trim()}${close} — ${parts.join(', ')}`;
}

/** The key quotes to show, per the user's count setting. */
export function shownQuotes(r: ReadResult, count: number): Quote[] {
  return r.keyQuotes.slice(0, Math.max(0, count));
}

// ---------------- Markdown ----------------

function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

/** Escape what would start a block construct at the beginning of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}\s|>|[-+]\s|\d+\.\s)/, (_m, sp: string, tok: string) => `${sp}\\${tok}`);
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ');
}

/** The standfirst to show under the headline (white space collapsed), or null: none, or the story opens with it. */
export function shownStandfirst(r: Pick<ReadResult, 'standfirst' | 'paragraphs'>): string | null {
  const text = r.standfirst ? collapse(r.standfirst).trim() : '';
  if (!text || collapse(r.paragraphs[0] ?? '').trim().startsWith(text)) return null;
  return text;
}

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeMd(collapse(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes, inline).join('');
  switch (el.tagName.toLowerCase()) {
    case 'br':
      return '  \n';
    case 'strong':
    case 'b': {
      const s = inner().trim();
      return s ? `**${s}**` : '';
    }
    case 'em':
    case 'i':
    case 'cite': {
      const s = inner().trim();
      return s ? `*${s}*` : '';
    }
    case 'code':
      return '`' + (el.textContent ?? '').replace(/`/g, '') + '`';
    case 'a': {
      const s = inner().trim();
      const href = el.getAttribute('href');
      return href && /^(https?|mailto):/i.test(href) && s ? `[${s}](${href.replace(/[()\s]/g, encodeURIComponent)})` : s;
    }
    case 'img': {
      const src = el.getAttribute('src');
      return src && /^https?:/i.test(src) ? `![${escapeMd(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return inner();
  }
}

const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'figure', 'pre', 'table', 'div', 'hr', 'dl',
  'section', 'article', 'header', 'footer', 'aside', 'figcaption',
]);

function blocks(parent: Element, out: string[], prefix = ''): void {
  let run = '';
  const flush = () => {
    // Text is collapsed, so the only newlines are <br>s: keep them as hard breaks.
    const text = run.trim().replace(/ *\n */g, '  \n');
    if (text) out.push(prefixLines(escapeLineStart(text), prefix));
    run = '';
  };
  for (const child of Array.from(parent.childNodes)) {
    const tag = child.nodeType === 1 ? (child as Element).tagName.toLowerCase() : '';
    if (!BLOCKS.has(tag)) {
      run += inline(child);
      continue;
    }
    flush();
    const el = child as Element;
    if (/^h[1-6]$/.test(tag)) {
      const level = Math.min(6, Number(tag[1]) + 1); // the article title is the only "#"
      const text = inline(el).trim();
      if (text) out.push(prefixLines(`${'#'.repeat(level)} ${text}`, prefix));
    } else if (tag === 'ul' || tag === 'ol') {
      let n = Number(el.getAttribute('start')) || 1;
      const items: string[] = [];
      for (const li of Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'li')) {
        const marker = tag === 'ol' ? `${n++}. ` : '- ';
        const sub: string[] = [];
        blocks(li, sub);
        const body = sub.join('\n\n').replace(/\n/g, '\n' + ' '.repeat(marker.length));
        if (body) items.push(marker + body);
      }
      if (items.length) out.push(prefixLines(items.join('\n'), prefix));
    } else if (tag === 'blockquote') {
      blocks(el, out, prefix + '> ');
    } else if (tag === 'hr') {
      out.push(prefixLines('---', prefix));
    } else if (tag === 'pre') {
      out.push(prefixLines('```\n' + (el.textContent ?? '').replace(/```/g, '') + '\n```', prefix));
    } else if (tag === 'figcaption') {
      const text = inline(el).trim();
      if (text) out.push(prefixLines(`*${text}*`, prefix));
    } else {
      blocks(el, out, prefix);
    }
  }
  flush();
}

function prefixLines(text: string, prefix: string): string {
  return prefix ? text.split('\n').map((l) => prefix + l).join('\n') : text;
}

/** Markdown of a rendered (sanitized) story element. */
export function storyToMarkdown(story: Element): string {
  const out: string[] = [];
  blocks(story, out);
  return out.join('\n\n');
}

/** The whole article as Markdown: title, standfirst, byline/date, source, lead image, story, key quotes. */
export function articleToMarkdown(r: ReadResult, story: Element, t: T, keyQuotes: Quote[] = []): string {
  const parts: string[] = [];
  parts.push(`# ${escapeMd(collapse(r.title ?? r.url).trim())}`);
  const standfirst = shownStandfirst(r);
  if (standfirst) parts.push(`**${escapeMd(standfirst)}**`);
  // A byline only the page's metadata gives is marked as such, as the popup and the reader mark it.
  const byline = r.byline ? `${t('byline', escapeMd(r.byline))}${r.bylineSource === 'meta' ? ` ${escapeMd(t('bylineFromMeta'))}` : ''}` : null;
  const meta = [byline, formatDate(r.published, r.lang), t('brand')]
    .filter(Boolean)
    .join(' · ');
  parts.push(`*${meta}*  \n<${r.url}>`);
  const alternates = alternatesMarkdown(r, t);
  if (alternates) parts.push(alternates);
  const storyHasLead = r.leadImage && story.querySelector(`img[src="${cssEscape(r.leadImage.src)}"]`);
  if (r.leadImage && !storyHasLead && /^https?:/i.test(r.leadImage.src)) {
    parts.push(`![${escapeMd(r.leadImage.caption ?? '')}](${r.leadImage.src})`);
    const cap = [r.leadImage.caption, r.leadImage.credit ? t('photoCredit', r.leadImage.credit) : null].filter(Boolean);
    if (cap.length) parts.push(`*${escapeMd(cap.join(' '))}*`);
  }
  const body = storyToMarkdown(story);
  if (body) parts.push(body);
  if (keyQuotes.length) {
    parts.push(`## ${t('keyQuotes')}`);
    const [open, close] = quoteMarks(r.lang);
    parts.push(
      keyQuotes
        // The quote links to itself in the article (a text fragment); parentheses in the link are percent-encoded.
        .map(
          (q) =>
            `> [${open}${escapeMd(collapse(q.text).trim())}${close}](${quoteLink(q, r)})  \n> — ${escapeMd(speakerLine(q) ?? t('unattributed'))}`,
        )
        .join('\n\n'),
    );
  }
  return parts.join('\n\n') + '\n';
}

/** The separator before a language tag's region ("ru-RU", "en_GB"). */
const LANG_SUBTAG_SEPARATOR = /[-_]/;
/** Characters a Markdown link's address cannot hold as they are: percent-encoded. */
const MD_URL_UNSAFE = /[()<>\s]/g;

/**
 * "[Also in Русский](…)": the story's other-language versions as the popup shows them (the label in the article's
 * language, the other language named in itself); http(s) addresses in another language than the article's only.
 */
function alternatesMarkdown(r: ReadResult, t: T): string | null {
  const primary = (lang: string) => lang.trim().toLowerCase().split(LANG_SUBTAG_SEPARATOR)[0] ?? '';
  const links: string[] = [];
  for (const a of r.alternates ?? []) {
    const href = httpUrl(a.url);
    if (!href || !primary(a.lang ?? '') || primary(a.lang) === primary(r.lang ?? '')) continue;
    const url = href.replace(MD_URL_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    links.push(`[${escapeMd(t('alsoIn', languageSelfName(a.lang)))}](${url})`);
  }
  return links.length ? links.join(' · ') : null;
}

/** CSS.escape where it exists (browsers), a safe fallback elsewhere. */
export function cssEscape(s: string): string {
  const g = globalThis as { CSS?: { escape?: (s: string) => string } };
  return g.CSS?.escape ? g.CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

/**
 * A language named in itself ("Русский", "English"), for a link to the story in that language: each `_locales`
 * table names its own language. Another language (none on TMT today) is named by Intl, only when it occurs, so
 * the usual render never loads Intl's locale data; the bare code when Intl cannot.
 */
export function languageSelfName(code: string): string {
  const lang = code.toLowerCase();
  if (lang === uiLang(lang)) return translator(lang)('langSelfName');
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name && name.toLowerCase() !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // an unknown or malformed tag
  }
  return lang.toUpperCase();
}
