/** Shared data shapes of the pure core. No extension API here. */

export type Lang = 'en' | 'ru';

export interface Speaker {
  /** Fullest mention of the person or body, e.g. "Walid Moualem", "Генпрокуратура". */
  name: string;
  /** Role or title from the fullest mention, e.g. "Syrian Foreign Minister"; null when none. */
  role: string | null;
  /** Offsets of the mention the attribution uses (a name, a pronoun, a nominal phrase) in its paragraph (or CLI
   *  input text), when known. */
  start?: number;
  end?: number;
  /** The paragraph holding that mention, when it is not the quote's own (an announcement, a continuation). */
  paragraph?: number;
}

export interface Quote {
  /** The words between the quotation marks (no marks, no trailing comma). */
  text: string;
  /** A quoted statement, or a quoted fragment inside a sentence. */
  kind: 'direct' | 'partial';
  /** null: not sure who said it. */
  speaker: Speaker | null;
  /** Index into the paragraphs. */
  paragraph: number;
  /** Offsets of `text` in that paragraph (in the CLI `quotes` mode: in the input text). */
  start: number;
  end: number;
  /** Importance, for the key-quotes summary. */
  score: number;
}

export interface LeadImage {
  src: string;
  caption: string | null;
  credit: string | null;
}

/** The same story in another language (the site's other service), as the page points to it. */
export interface Alternate {
  /** Language of that version, e.g. "ru". */
  lang: string;
  /** Its address: always an absolute http(s) URL. */
  url: string;
}

/** The result of reading one page: the contract of `read --json` and `readArticle()`. */
export interface ReadResult {
  isArticle: boolean;
  /** Why the page is (or is not) treated as an article, in words a user understands. */
  reason: string;
  url: string;
  lang: string;
  title: string | null;
  /** The subtitle under the headline, when the page has one (not part of `paragraphs`). */
  standfirst?: string | null;
  byline: string | null;
  /**
   * Where `byline` came from, when there is one: 'page' = the author line the page shows; 'meta' = the page's
   * metadata (JSON-LD author, meta author, article:author) because the page shows no author line.
   */
  bylineSource?: 'page' | 'meta';
  /**
   * The names in the byline (shown or from the metadata) that the page's JSON-LD types as an organisation
   * (Organization, NewsMediaOrganization…), as written in `byline`; absent when there are none. Citations name them
   * as institutions.
   */
  bylineOrganizations?: string[];
  /** ISO 8601 with offset, from time@datetime, else article:published_time, else JSON-LD datePublished. */
  published: string | null;
  /** The last update (time[itemprop=dateModified], article:modified_time or JSON-LD), when later than `published`. */
  updated?: string | null;
  /** The outlet: the site's name ("The Moscow Times"), else the page's og:site_name or host. */
  siteName?: string | null;
  /** The page's canonical address on its own host (link rel=canonical / og:url), when it has one. */
  canonicalUrl?: string | null;
  /**
   * Other-language versions of the story: the head's hreflang links and the story's "read the Russian/English
   * version" line (taken out of the story). Always set by the reader; absent only in results made elsewhere.
   */
  alternates?: Alternate[];
  leadImage: LeadImage | null;
  /** Visible text of each block of the clean story, in order. */
  paragraphs: string[];
  /** Sanitized clean HTML of the story. */
  html: string;
  wordCount: number;
  readingMinutes: number;
  quotes: Quote[];
  keyQuotes: Quote[];
  /** Set when the read skipped the quotes (`readArticle(..., { quotes: false })`): `withQuotes()` adds them. */
  quotesPending?: boolean;
  /** The names the site's publication goes by (its profile), for `withQuotes()`: a publication relays words, it
   *  is never their speaker ("…," Ivanov told The Moscow Times). Absent on other sites. */
  outlets?: readonly string[];
}
