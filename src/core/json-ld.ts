/**
 * The page's JSON-LD (schema.org), read for detection (its types) and for the few article fields the reader falls back
 * on: dates and authors.
 * Pages put the article at the top level, in an array, or inside "@graph" (WordPress/Yoast): all three are read.
 * Bounded (scripts, items) so a hostile page's JSON-LD costs little; broken JSON says nothing.
 */
import { elementsByTag } from './select';

const MAX_SCRIPTS = 20;
const MAX_ITEMS = 200;
/** schema.org types that describe the article itself (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_TYPE = /Article|Posting|Report/;
/** A run of white space (collapsed to one space in a name). */
const SPACE_RUN = /\s+/g;
/** The vocabulary's prefix before a schema.org type ("https://schema.org/Organization", "schema:Organization"). */
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;
/** A string that is an address, not a name (article:author and JSON-LD author may hold a profile URL). */
const ADDRESS = /^(?:https?:)?\/\//i;

type Item = Record<string, unknown>;

function isItem(v: unknown): v is Item {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isArticle(item: Item): boolean {
  const type = item['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/**
 * Each page's JSON-LD as last parsed, with the texts of its scripts: one read asks for several fields (dates, authors,
 * their types), and parsing the JSON-LD again for each costs more than comparing its text (docs/performance.md). A
 * page whose scripts changed since is parsed again.
 */
const parsed = new WeakMap<Document, { texts: string[]; items: readonly Item[] }>();

function sameTexts(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every JSON-LD object on the page, the article-typed ones first (read-only: it may be the last call's answer). */
export function jsonLdItems(doc: Document): readonly Item[] {
  const texts: string[] = [];
  for (const s of elementsByTag(doc.documentElement, 'script')) {
    if (texts.length === MAX_SCRIPTS) break;
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') texts.push(s.textContent ?? '');
  }
  const last = parsed.get(doc);
  if (last && sameTexts(last.texts, texts)) return last.items;
  const items = parseItems(texts);
  parsed.set(doc, { texts, items });
  return items;
}

/** JSON's white space (RFC 8259): space, tab, line feed, carriage return. */
function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * A comma right before a closing bracket, outside strings: JSON that JSON.parse rejects whatever else it holds (the
 * scan follows strings as valid JSON writes them, and valid JSON has no such comma). TMT pages carry one such block
 * (a trailing comma in their WebSite object): skipping it saves a thrown and caught SyntaxError on every read.
 */
function hasTrailingComma(text: string): boolean {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x2c /* , */) {
      let j = i + 1;
      while (j < text.length && isJsonSpace(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (next === 0x7d /* } */ || next === 0x5d /* ] */) return true;
      i = j - 1;
    }
  }
  return false;
}

function parseItems(texts: string[]): Item[] {
  const items: Item[] = [];
  for (const text of texts) {
    if (hasTrailingComma(text)) continue; // broken JSON-LD says nothing (JSON.parse would throw)
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // broken JSON-LD says nothing
    }
    const queue: unknown[] = Array.isArray(data) ? [...data] : [data];
    while (queue.length && items.length < MAX_ITEMS) {
      const v = queue.shift();
      if (!isItem(v)) continue;
      items.push(v);
      const graph = v['@graph'];
      if (Array.isArray(graph)) queue.push(...graph);
    }
  }
  return [...items.filter(isArticle), ...items.filter((i) => !isArticle(i))];
}

/** The schema.org types of every JSON-LD object on the page (NewsArticle, WebPage…), in arrays and "@graph" too. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const item of jsonLdItems(doc)) {
    const type = item['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
  }
  return types;
}

/** The first non-empty string `field` (datePublished, dateModified…) of the page's JSON-LD, the article's first. */
export function jsonLdString(doc: Document, field: string): string | null {
  for (const item of jsonLdItems(doc)) {
    const v = item[field];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/** A person's or an organisation's name as written; null for an address or an @id reference. */
function authorName(v: unknown): string | null {
  const raw = typeof v === 'string' ? v : isItem(v) && typeof v.name === 'string' ? v.name : null;
  const name = raw?.replace(SPACE_RUN, ' ').trim();
  return name && !ADDRESS.test(name) ? name : null;
}

/** The first article item's authors that have a name, as given (strings, Person or Organization objects). */
function articleAuthors(doc: Document): Array<{ name: string; value: unknown }> {
  for (const item of jsonLdItems(doc)) {
    if (!isArticle(item) || item.author === undefined) continue;
    const list = Array.isArray(item.author) ? item.author : [item.author];
    const named = list.map((value) => ({ name: authorName(value), value })).filter((a): a is { name: string; value: unknown } => !!a.name);
    if (named.length) return named;
  }
  return [];
}

/** The article's authors in JSON-LD ("author": a name, a Person/Organization, or a list of them). */
export function jsonLdAuthors(doc: Document): string[] {
  return [...new Set(articleAuthors(doc).map((a) => a.name))];
}

/**
 * schema.org's Organization and its subtypes (NewsMediaOrganization, GovernmentOrganization, Corporation, NGO,
 * PoliticalParty, WorkersUnion…): an author of such a type is an institution, not a person.
 */
const ORGANIZATION_TYPE = /Organi[sz]ation$|^(?:Corporation|NGO|Consortium|Airline|PerformingGroup|PoliticalParty|WorkersUnion|LocalBusiness|LibrarySystem|Project)$/;

function isOrganization(v: unknown): boolean {
  if (!isItem(v)) return false;
  const type = v['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ORGANIZATION_TYPE.test(t.replace(SCHEMA_PREFIX, '')));
}

/** The article's JSON-LD authors typed as an organisation ("author": {"@type": "Organization", "name": "Reuters"}). */
export function jsonLdOrganizationAuthors(doc: Document): string[] {
  return organizationNames(articleAuthors(doc));
}

function organizationNames(authors: Array<{ name: string; value: unknown }>): string[] {
  return [...new Set(authors.filter((a) => isOrganization(a.value)).map((a) => a.name))];
}

/** Is `v` a name rather than an address? (meta author / article:author may hold either.) */
export function isName(v: string | null | undefined): v is string {
  return !!v && !!v.trim() && !ADDRESS.test(v.trim());
}

/** A letter or a digit of any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * `name` as whole words in `text` (not "Reuters" in "Reutersova"). By indexOf and one fixed pattern: a RegExp built
 * per name and call is compiled again after every major GC (V8 drops its regexp cache), ~7 ms a read in Chromium.
 */
function hasWhole(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + name.length] ?? '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * The names in a byline that are organisations, in the byline's order: those the page's JSON-LD types as one, as
 * written there, and the site's known `agencies` the byline names, unless the JSON-LD calls that name a person
 * (citations then name them as institutions, not as a given and a family name). Of two agencies' names one inside
 * the other ("The Associated Press"), the longer.
 */
export function bylineOrganizations(doc: Document, byline: string, agencies: readonly string[] = []): string[] {
  // The authors are read once per call (each read of the JSON-LD walks the page's scripts again).
  const authors = articleAuthors(doc);
  const persons = new Set(authors.filter((a) => isItem(a.value) && a.value['@type'] === 'Person').map((a) => a.name));
  const typed = organizationNames(authors).filter((name) => byline.includes(name));
  const known = agencies.filter((name) => !persons.has(name) && hasWhole(byline, name));
  const all = [...new Set([...typed, ...known])];
  return all.filter((n) => !all.some((m) => m !== n && m.includes(n))).sort((a, b) => byline.indexOf(a) - byline.indexOf(b));
}

/**
 * Where Readability's byline came from (the generic reader): it prefers JSON-LD and meta authors to the page's
 * author line, so a byline equal to what the metadata names is said to be the metadata's.
 */
export function metaBylineSource(doc: Document, byline: string): 'page' | 'meta' {
  const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const authors = jsonLdAuthors(doc);
  const named = [...authors, authors.join(', ')];
  for (const sel of ['meta[name="author"]', 'meta[property="article:author"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (isName(v)) named.push(v);
  }
  return named.some((n) => n && key(n) === key(byline)) ? 'meta' : 'page';
}
